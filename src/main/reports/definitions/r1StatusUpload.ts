import type { ReportColumn, ReportRow } from '@shared/domain/report';
import { PAIR_INDICATORS } from '../data/indicatorFigures';
import type { ReportContext, ReportQuery, UploadSheet } from '../reportDefinition';
import type { JobHandle } from '../../jobs/jobRegistry';
import { apprenticeshipCell, apprenticeshipMajors, groupByMajor, INDICATOR_COLUMNS, majorCells } from './r1Layout';
import { computePairFigures, distinctPartners, sumFigures, type PairRow } from './r1PairFigures';

// R1's upload layout: the 状态数据 专业产学合作 sheet as the platform keys it (domain.md §2.9),
// ONE ROW PER 专业(方向), with 产学合作企业总数 on the row, 是否合作开展学徒制专业 and the 合作开始
// 年月 of its five earliest partners. Same pair figures as the review layout (one computation).
// The header carries units in the text itself ('订单培养数（人）'): upload writers add none.

/** How many 企业N合作开始日期（年月） columns the platform's table has. */
export const START_MONTH_PARTNERS = 5;

const withUnit = (c: ReportColumn): ReportColumn => {
  const { unit, ...rest } = c;
  return { ...rest, label: unit ? `${c.label}（${unit}）` : c.label };
};

export const R1_UPLOAD_COLUMNS: ReportColumn[] = [
  { key: 'majorCode', label: '专业代码', type: 'text', code: true, width: 10 },
  { key: 'majorName', label: '专业名称', type: 'text', width: 18 },
  { key: 'directionName', label: '专业方向名称', type: 'text', width: 14 },
  { key: 'apprenticeship', label: '是否合作开展学徒制专业', type: 'boolean', width: 10 },
  { key: 'partnerCount', label: '产学合作企业总数（个）', type: 'integer' },
  ...PAIR_INDICATORS.map((k) => withUnit(INDICATOR_COLUMNS[k])),
  ...Array.from({ length: START_MONTH_PARTNERS }, (_, i): ReportColumn => ({
    key: `partner${i + 1}StartYearMonth`, label: `企业${i + 1}合作开始日期（年月）`, type: 'yearMonth', width: 12,
  })),
];

/**
 * The months of the group's five earliest partners: partners with a 合作开始年月, earliest first
 * (ties by partner name); a partner without one has no month to give. Fewer → blank columns.
 */
export function earliestPartnerMonths(group: readonly PairRow[]): (string | null)[] {
  const months = group
    .filter((p): p is PairRow & { startYearMonth: string } => p.startYearMonth !== null)
    .sort((a, b) => a.startYearMonth.localeCompare(b.startYearMonth) || a.partner.fullName.localeCompare(b.partner.fullName, 'zh-CN'))
    .map((p) => p.startYearMonth);
  return Array.from({ length: START_MONTH_PARTNERS }, (_, i) => months[i] ?? null);
}

/** Records behind a group's figures (each provenance ref once), for the refusal count. */
const recordCount = (group: readonly PairRow[]): number =>
  new Set(group.flatMap((p) => PAIR_INDICATORS.flatMap((k) => p.sources[k].map((s) => `${s.table}:${s.id}`)))).size;

export function r1UploadRows(pairs: readonly PairRow[], withApprenticeship: ReadonlySet<string>): UploadSheet['section']['rows'] {
  const rows: ReportRow[] = [];
  for (const group of groupByMajor(pairs)) {
    const major = group[0]?.major ?? null;
    if (major === null) continue;
    const figures = sumFigures(group);
    const months = earliestPartnerMonths(group);
    rows.push({
      kind: 'data',
      cells: {
        ...majorCells(major),
        apprenticeship: apprenticeshipCell(major, withApprenticeship),
        partnerCount: distinctPartners(group),
        ...Object.fromEntries(PAIR_INDICATORS.map((k) => [k, figures[k]])),
        ...Object.fromEntries(months.map((m, i) => [`partner${i + 1}StartYearMonth`, m])),
      },
    });
  }
  return rows;
}

export async function buildR1Upload(ctx: ReportContext, query: ReportQuery, job: JobHandle): Promise<UploadSheet> {
  job.progress('querying', 0, null);
  const [pairs, withApprenticeship] = await Promise.all([computePairFigures(ctx, query), apprenticeshipMajors(ctx, query)]);
  job.throwIfCancelled();
  const rows = r1UploadRows(pairs, withApprenticeship);
  // 未分专业 has no 专业代码: the platform would reject it. Its records are listed one by one in R17.
  const unattributed = pairs.filter((p) => p.major === null);
  const refused: UploadSheet['refused'] =
    unattributed.length === 0 ? [] : [{ label: '未分专业', reason: `缺少专业代码：未关联专业的记录 ${recordCount(unattributed)} 条，见数据质量报告` }];
  return {
    section: { sheetName: '专业产学合作', title: '专业产学合作', columns: R1_UPLOAD_COLUMNS, rows, totalRows: rows.length },
    refused,
  };
}
