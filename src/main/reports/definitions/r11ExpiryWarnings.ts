import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { OBLIGATION_LEAD_DAYS } from '@shared/domain/rules/reminderRules';
import { daysBetween } from '@shared/format/dates';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import {
  type DueAgreementRow,
  listDueAgreements,
  listDueFollowUps,
  listDueObligations,
} from '../data/registerReminders';
import type { ReportDefinition } from '../reportDefinition';
import { date, integer, ref, text, todayAndLeads } from './registerCommon';

// R11 协议到期预警: what is due today, by the reminder rules (lead times from settings).
// It takes no period (periodKind none, labelled 截至 <today>): every section is computed from today.

const AGREEMENT_COLUMNS: ReportColumn[] = [
  text('no', '编号', { code: true, width: 16 }),
  text('title', '协议名称', { width: 30 }),
  text('partner', '合作单位', { width: 26 }),
  text('unit', '二级学院'),
];

export const R11_COLUMNS = {
  expiring: [...AGREEMENT_COLUMNS, date('endDate', '终止日期'), integer('daysLeft', '剩余天数', '天')],
  expired: [...AGREEMENT_COLUMNS, date('endDate', '终止日期'), integer('daysOverdue', '已过期天数', '天')],
  noEndDate: [...AGREEMENT_COLUMNS, date('signDate', '签订日期'), date('startDate', '起始日期')],
  followUps: [
    text('partner', '合作单位', { width: 26 }),
    date('contactDate', '联系日期'),
    date('followUpDate', '跟进日期'),
    integer('daysOverdue', '逾期天数', '天'),
    text('action', '待办事项', { width: 30 }),
    text('staff', '负责人'),
  ],
  obligations: [
    text('obligation', '义务内容', { width: 30 }),
    text('party', '承担方'),
    integer('quantity', '数量'),
    text('unit', '单位'),
    text('no', '协议编号', { code: true, width: 16 }),
    text('title', '协议名称', { width: 30 }),
    date('dueDate', '到期日'),
    integer('daysLeft', '剩余天数', '天'),
  ],
};

function agreementCells(row: DueAgreementRow): ReportRow {
  const label = row.agreement_no ?? row.title;
  return {
    cells: { no: row.agreement_no, title: row.title, partner: row.partner, unit: row.unit_name },
    sources: { no: ref('agreement', row.agreement_id, label), title: ref('agreement', row.agreement_id, label) },
  };
}

const withCells = (row: ReportRow, cells: ReportRow['cells']): ReportRow => ({ ...row, cells: { ...row.cells, ...cells } });

export const r11ExpiryWarnings: ReportDefinition = {
  descriptor: { id: 'R11', title: '协议到期预警', periodKind: 'none', formats: ['pdf', 'xlsx'], needsOrganisation: false, filters: ['orgUnitId', 'majorId', 'organisationId'] },
  async build(ctx, query, job) {
    job.progress('querying', 0, null);
    const { today, leadDays } = await todayAndLeads(ctx);
    const c = { today, leadDays };
    const note = `按今天（${today}）计算，所选期间只用于标题；提前提醒天数取自设置（${leadDays.join('、')} 天）。`;
    const expiring = await listDueAgreements(ctx.db, 'expiring', c, query.filters);
    const sections: ReportSection[] = leadDays.map((lead, i) => {
      const from = i === 0 ? 0 : (leadDays[i - 1] ?? 0) + 1;
      const rows = expiring
        .filter((r) => r.lead_days === lead)
        .map((r) => withCells(agreementCells(r), { endDate: r.due_date, daysLeft: daysBetween(today, r.due_date) }));
      return {
        sheetName: `${lead}天内到期`,
        title: from === 0 ? `${lead}天内到期的协议` : `${from}至${lead}天内到期的协议`,
        columns: R11_COLUMNS.expiring,
        rows,
        totalRows: rows.length,
        notes: i === 0 ? [note] : [],
      };
    });
    job.throwIfCancelled();
    const expired = (await listDueAgreements(ctx.db, 'expired', c, query.filters)).map((r) =>
      withCells(agreementCells(r), { endDate: r.due_date, daysOverdue: daysBetween(r.due_date, today) }),
    );
    sections.push({ sheetName: '已到期仍生效', title: '已过终止日期但仍为生效状态的协议', columns: R11_COLUMNS.expired, rows: expired, totalRows: expired.length });
    const open = (await listDueAgreements(ctx.db, 'noEndDate', c, query.filters)).map((r) =>
      withCells(agreementCells(r), { signDate: r.sign_date, startDate: r.start_date }),
    );
    sections.push({ sheetName: '无终止日期', title: '生效但没有终止日期的协议', columns: R11_COLUMNS.noEndDate, rows: open, totalRows: open.length });
    const followUps = (await listDueFollowUps(ctx.db, c, query.filters)).map(
      (r): ReportRow => ({
        cells: {
          partner: r.partner,
          contactDate: r.date,
          followUpDate: r.due_date,
          daysOverdue: daysBetween(r.due_date, today),
          action: r.detail,
          staff: r.staff_name,
        },
        sources: { partner: ref('interaction', r.entity_id, `${r.partner} ${r.date}`) },
      }),
    );
    sections.push({ sheetName: '待跟进', title: '到期和逾期未完成的跟进', columns: R11_COLUMNS.followUps, rows: followUps, totalRows: followUps.length });
    const obligations = (await listDueObligations(ctx.db, c, query.filters)).map(
      (r): ReportRow => ({
        cells: {
          obligation: r.text,
          party: zhCNEnums.partyRole[r.party_role as keyof typeof zhCNEnums.partyRole] ?? r.party_role,
          quantity: r.quantity,
          unit: r.unit,
          no: r.agreement_no,
          title: r.agreement_title,
          dueDate: r.due_date,
          daysLeft: daysBetween(today, r.due_date),
        },
        sources: {
          obligation: ref('obligation', r.entity_id, r.text),
          title: ref('agreement', r.agreement_id, r.agreement_no ?? r.agreement_title),
        },
      }),
    );
    sections.push({ sheetName: '义务到期', title: `${OBLIGATION_LEAD_DAYS}天内到期或已逾期的协议义务`, columns: R11_COLUMNS.obligations, rows: obligations, totalRows: obligations.length });
    return sections;
  },
};
