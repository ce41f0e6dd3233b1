import type { ReportRow, ReportSection } from '@shared/domain/report';
import { effectiveStatus, type EffectiveAgreementStatus } from '@shared/domain/rules/agreementLifecycle';
import { daysBetween } from '@shared/format/dates';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { type AgreementLedgerRow, listAgreementLedger } from '../data/registerAgreements';
import type { ReportDefinition } from '../reportDefinition';
import { date, integer, ref, text, todayAndLeads, yuan } from './registerCommon';

// R10 合作协议台账. The period picks the agreements (in force during the 学年 or signed in
// it); 状态 and 剩余天数 are as of the period's end when that is past, else as of today, from
// the same lifecycle rules the app shows (statusAt below), so last year's ledger shows the
// agreements as they stood then.

export const R10_COLUMNS = [
  text('no', '编号', { code: true, width: 16 }),
  text('title', '名称', { width: 30 }),
  text('type', '类型'),
  text('partyA', '甲方', { width: 24 }),
  text('partyB', '乙方', { width: 24 }),
  text('partyC', '丙方', { width: 20 }),
  text('partyD', '丁方', { width: 20 }),
  text('unit', '二级学院'),
  text('majors', '专业', { width: 20 }),
  date('signDate', '签订日期'),
  date('startDate', '起始日期'),
  date('endDate', '终止日期'),
  text('status', '状态'),
  integer('daysLeft', '剩余天数', '天'),
  text('renewalOf', '续签自', { width: 16 }),
  text('renewedAs', '续签为', { width: 16 }),
  text('owner', '负责人'),
  { key: 'signedScan', label: '已盖章扫描件', type: 'boolean' as const },
  yuan('amount', '金额'),
];

/**
 * The day the ledger's 状态 and 剩余天数 describe: today, or the period's last day when the
 * period is over (a past 学年's ledger shows the agreements as they stood at its end).
 */
export const statusDay = (today: string, periodEnd: string): string => (periodEnd < today ? periodEnd : today);

/**
 * The lifecycle status on `day`. Stored statuses describe now, so for a past day:
 * - terminated on or before `day` (terminated_on) → 已终止; terminated later → it was in force;
 * - renewed, renewing, active → in force while its end date is not past (else 已到期, or 已续签
 *   for a renewed one), 即将到期 inside the longest reminder lead time, as effectiveStatus says;
 * - draft and signing stay as they are (the data keeps no earlier state, and such an agreement
 *   was no further along then).
 * On today this is exactly effectiveStatus of the stored status.
 */
export function statusAt(row: Pick<AgreementLedgerRow, 'status' | 'end_date' | 'terminated_on'>, day: string, today: string, leadDays: number[]): EffectiveAgreementStatus {
  if (day >= today) return effectiveStatus(row.status, row.end_date, today, leadDays);
  if (row.status === 'draft' || row.status === 'signing') return row.status;
  if (row.status === 'terminated' && (row.terminated_on === null || row.terminated_on <= day)) return 'terminated';
  if (row.status === 'renewed' && row.end_date !== null && row.end_date < day) return 'renewed';
  return effectiveStatus('active', row.end_date, day, leadDays);
}

/** Days left only mean something while the agreement is in force on `day` and has an end date. */
function daysLeft(row: AgreementLedgerRow, status: EffectiveAgreementStatus, day: string): number | null {
  if (row.end_date === null || !['active', 'expiring', 'expired', 'renewing'].includes(status)) return null;
  return daysBetween(day, row.end_date);
}

function toReportRow(row: AgreementLedgerRow, day: string, today: string, leadDays: number[]): ReportRow {
  const status = statusAt(row, day, today, leadDays);
  const label = row.agreement_no ?? row.title;
  const sources: NonNullable<ReportRow['sources']> = { no: ref('agreement', row.id, label), title: ref('agreement', row.id, label) };
  if (row.prev_id && row.prev_label) sources.renewalOf = ref('agreement', row.prev_id, row.prev_label);
  if (row.next_id && row.next_label) sources.renewedAs = ref('agreement', row.next_id, row.next_label);
  return {
    cells: {
      no: row.agreement_no,
      title: row.title,
      type: zhCNEnums.agreementType[row.type],
      partyA: row.party_a,
      partyB: row.party_b,
      partyC: row.party_c,
      partyD: row.party_d,
      unit: row.unit_name,
      majors: row.majors,
      signDate: row.sign_date,
      startDate: row.start_date,
      endDate: row.end_date,
      status: zhCNEnums.effectiveAgreementStatus[status],
      daysLeft: daysLeft(row, status, day),
      renewalOf: row.prev_label,
      renewedAs: row.next_label,
      owner: row.school_signatory ?? row.unit_head,
      signedScan: row.has_scan === 1,
      amount: row.amount_fen,
    },
    sources,
  };
}

export const r10AgreementLedger: ReportDefinition = {
  descriptor: { id: 'R10', title: '合作协议台账', periodKind: 'academic', formats: ['xlsx', 'csv', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId', 'organisationId'] },
  async build(ctx, query, job) {
    job.progress('querying', 0, null);
    const { today, leadDays } = await todayAndLeads(ctx);
    const rows = await listAgreementLedger(ctx.db, query.range, query.filters);
    const day = statusDay(today, query.range.to);
    job.throwIfCancelled();
    const section: ReportSection = {
      sheetName: '协议台账',
      title: '合作协议台账',
      columns: R10_COLUMNS,
      rows: rows.map((row) => toReportRow(row, day, today, leadDays)),
      totalRows: rows.length,
      notes: [
        day === today
          ? `收录在本期内有效（起止日期与本期重叠）或在本期内签订的协议；状态与剩余天数按今天（${today}）计算。`
          : `收录在本期内有效（起止日期与本期重叠）或在本期内签订的协议；状态与剩余天数按本期末（${day}）计算：本期末之后才终止的协议在本期末仍在执行，显示为“生效”。`,
        '负责人取学校一方的签署人，未填写时取二级学院负责人。',
      ],
    };
    return [section];
  },
};
