import { MajorDraft } from '@shared/domain/reference';
import type { ReportColumn, ReportRow } from '@shared/domain/report';
import { checkUscc } from '@shared/domain/rules/uscc';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import { listDueAgreements } from '../data/registerReminders';
import {
  type DuplicateGroup,
  duplicateNameGroups,
  duplicateUsccGroups,
  liveMajors,
  partnerIdentities,
  recordsWithoutMajor,
  signedAgreementsWithoutStart,
  type UnassignedMajorRow,
} from '../data/registerQuality';
import type { ReportDefinition } from '../reportDefinition';
import { ref, text, todayAndLeads } from './registerCommon';

// R17 数据质量报告: one row per problem, naming the record, the problem and what to do.
// It reuses the rules the app enforces elsewhere: the name key of the duplicate warning
// (normalizeForMatching, stored as organisation.name_key), the GB 32100 USCC check, the
// reminder rule for agreements past their end date, and the 专业代码 format of the major form.

export const R17_COLUMNS: ReportColumn[] = [
  text('category', '问题类别', { width: 18 }),
  text('recordType', '记录类型'),
  text('record', '记录', { width: 36 }),
  text('problem', '问题', { width: 40 }),
  text('action', '处理建议', { width: 40 }),
];

type Row = ReportRow & { cells: Record<(typeof R17_COLUMNS)[number]['key'], string> };

function duplicateRows(groups: DuplicateGroup[], category: string, problem: string): Row[] {
  return groups.map((g) => {
    const members = JSON.parse(g.members) as { id: string; name: string }[];
    return {
      cells: {
        category,
        recordType: '合作单位',
        record: members.map((m) => m.name).join('；'),
        problem,
        action: '核实是否为同一单位；是则在合作单位详情页使用“合并”，否则修改名称以示区别',
      },
      sources: { record: members.map((m) => ({ table: 'organisation', id: m.id, label: m.name })) },
    };
  });
}

const yearLabel = (y: number | null) => (y === null ? null : `${y}-${y + 1}学年`);

/** How R17 names each kind of record that R1 would put in 未分专业, and what to do about it. */
function describeUnassigned(r: UnassignedMajorRow): { recordType: string; record: string; action: string } {
  const join = (...parts: (string | null)[]) => parts.filter((p) => p).join(' ');
  switch (r.source) {
    case 'part_time_teacher':
      return {
        recordType: '兼职教师',
        record: `${r.name ?? ''}（${r.partner}，${yearLabel(r.academic_year) ?? ''}）`,
        action: '在兼职教师记录中选择专业；一人任教两个专业的，按专业分成两条记录并拆分课时',
      };
    case 'contribution':
      return {
        recordType: '企业投入',
        record: join(r.partner, r.kind ? zhCNEnums.contributionKind[r.kind as keyof typeof zhCNEnums.contributionKind] : null, r.date, r.items),
        action: '在企业投入中选择专业（关联只涉及一个专业的协议时自动计入该专业）',
      };
    case 'joint_course':
      return {
        recordType: r.kind === 'textbook' ? '共同开发教材' : '共同开发课程',
        record: `${r.name ?? ''}（${r.partner}）`,
        action: '在课程/教材中选择专业',
      };
    case 'order_class':
      return { recordType: '订单班', record: `${r.name ?? ''}（${r.partner}）`, action: '在订单班中选择专业' };
    case 'placement_stat':
      return {
        recordType: '合作数据',
        record: join(r.partner, yearLabel(r.academic_year), '合作数据'),
        action: '恢复该专业，或把这条合作数据改到在用专业下',
      };
  }
}

function unassignedMajorRows(records: readonly UnassignedMajorRow[]): Row[] {
  return records.map((r) => {
    const { recordType, record, action } = describeUnassigned(r);
    return {
      cells: {
        category: 'R1 未分专业',
        recordType,
        record,
        problem: r.major_trashed === 1 ? '所选专业已删除：计入“未分专业”，不上报 ODS' : '未关联专业：计入“未分专业”，不上报 ODS',
        action,
      },
      sources: { record: ref(r.source, r.id, record) },
    };
  });
}

export const r17DataQuality: ReportDefinition = {
  descriptor: { id: 'R17', title: '数据质量报告', periodKind: 'none', formats: ['xlsx'], needsOrganisation: false, filters: [] },
  async build(ctx, _query, job) {
    job.progress('querying', 0, null);
    const { today, leadDays } = await todayAndLeads(ctx);
    const rows: Row[] = [
      ...duplicateRows(await duplicateUsccGroups(ctx.db), '重复单位', '多个合作单位使用同一统一社会信用代码'),
      ...duplicateRows(await duplicateNameGroups(ctx.db), '疑似重复单位', '名称规范化后相同（忽略空格、括号样式和“有限公司”等后缀）'),
    ];
    job.throwIfCancelled();

    for (const p of await partnerIdentities(ctx.db)) {
      const base = { recordType: '合作单位', record: p.full_name };
      const sources = { record: ref('organisation', p.id, p.full_name) };
      if (p.uscc === null) {
        rows.push({
          cells: {
            ...base,
            category: '缺少统一社会信用代码',
            problem: p.has_figures === 1 ? '未填写统一社会信用代码，但已有专业产学合作数据，R1/R2 上报时无法关联' : '未填写统一社会信用代码',
            action: '按营业执照或“国家企业信用信息公示系统”补填 18 位统一社会信用代码',
          },
          sources,
        });
        continue;
      }
      const check = checkUscc(p.uscc);
      if (check.valid) continue;
      const problem =
        check.reason === 'format'
          ? '统一社会信用代码格式不正确（应为 18 位，不含 I、O、S、V、Z）'
          : `统一社会信用代码校验位不正确（按 GB 32100 应为 ${check.expectedCheckChar ?? ''}）`;
      rows.push({
        cells: {
          ...base,
          category: '统一社会信用代码有误',
          problem: p.uscc_check_overridden === 1 ? `${problem}；已人工确认保留` : problem,
          action: '对照营业执照核对并更正；确属早期试点代码的，上报前与平台确认',
        },
        sources,
      });
    }
    job.throwIfCancelled();

    for (const a of await listDueAgreements(ctx.db, 'expired', { today, leadDays }, {})) {
      const label = a.agreement_no ? `${a.agreement_no} ${a.title}` : a.title;
      rows.push({
        cells: {
          category: '协议过期仍生效',
          recordType: '合作协议',
          record: label,
          problem: `终止日期 ${a.due_date} 已过，状态仍为“生效”`,
          action: '办理续签，或将协议状态改为“终止”',
        },
        sources: { record: ref('agreement', a.agreement_id, label) },
      });
    }
    for (const a of await signedAgreementsWithoutStart(ctx.db)) {
      const label = a.agreement_no ? `${a.agreement_no} ${a.title}` : a.title;
      rows.push({
        cells: {
          category: 'R1/R2 必填项缺失',
          recordType: '合作协议',
          record: label,
          problem: '已签订的协议没有起始日期，无法得出合作开始年月',
          action: '按协议文本补填起始日期',
        },
        sources: { record: ref('agreement', a.id, label) },
      });
    }
    for (const m of await liveMajors(ctx.db)) {
      if (MajorDraft.shape.code.safeParse(m.code).success) continue;
      const label = `${m.code} ${m.name}`.trim();
      rows.push({
        cells: {
          category: 'R1/R2 必填项缺失',
          recordType: '专业',
          record: label,
          problem: '专业代码缺失或格式不正确（应为 4 至 8 位数字），R2 的专业号无法填写',
          action: '按国家专业目录补填或更正专业代码',
        },
        sources: { record: ref('major', m.id, label) },
      });
    }
    job.throwIfCancelled();
    rows.push(...unassignedMajorRows(await recordsWithoutMajor(ctx.db)));
    return [
      {
        sheetName: '数据质量问题',
        title: '数据质量报告',
        columns: R17_COLUMNS,
        rows,
        totalRows: rows.length,
        notes: [`检查全部在用记录（不含回收站），按今天（${today}）判断协议是否过期；与所选期间无关。`],
      },
    ];
  },
};
