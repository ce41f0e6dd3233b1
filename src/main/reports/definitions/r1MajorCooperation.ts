import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { APPRENTICESHIP_YEARS } from '../data/indicatorAnnual';
import { PAIR_INDICATORS } from '../data/indicatorFigures';
import type { ReportDefinition } from '../reportDefinition';
import { apprenticeshipCell, apprenticeshipMajors, groupByMajor, INDICATOR_COLUMNS, majorCells } from './r1Layout';
import { computePairFigures, distinctPartners, sumFigures, type PairFigures, type PairRow } from './r1PairFigures';
import { buildR1Upload } from './r1StatusUpload';

export { INDICATOR_COLUMNS, UNATTRIBUTED_MAJOR_NAME } from './r1Layout';

// R1 专业产学合作情况表 (domain.md §2.1, §2.9, §5): per 专业(方向) × 合作企业, the ten indicators
// with their units, a 小计 per 专业(方向) carrying its partner count and 是否合作开展学徒制专业, and
// a 合计 carrying 产学合作企业总数. The platform's one-row-per-专业(方向) sheet: r1StatusUpload.ts.
// Where the figures come from: r1PairFigures.ts and data/indicatorFigures.ts.

const R1_COLUMNS: ReportColumn[] = [
  { key: 'majorCode', label: '专业代码', type: 'text', code: true, width: 10 },
  { key: 'majorName', label: '专业名称', type: 'text', width: 18 },
  { key: 'directionName', label: '专业方向名称', type: 'text', width: 14 },
  { key: 'partnerName', label: '合作企业名称', type: 'text', width: 28 },
  { key: 'uscc', label: '统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'startYearMonth', label: '企业合作开始日期（年月）', type: 'yearMonth', width: 12 },
  ...PAIR_INDICATORS.map((k) => INDICATOR_COLUMNS[k]),
  { key: 'apprenticeship', label: '是否合作开展学徒制专业', type: 'boolean', width: 10 },
  { key: 'partnerCount', label: '产学合作企业总数', type: 'integer', unit: '个' },
];

function figureCells(figures: PairFigures): Record<string, number | null> {
  return Object.fromEntries(PAIR_INDICATORS.map((k) => [k, figures[k]]));
}

function dataRow(pair: PairRow): ReportRow {
  const sources = Object.fromEntries(PAIR_INDICATORS.filter((k) => pair.sources[k].length > 0).map((k) => [k, pair.sources[k]]));
  return {
    kind: 'data',
    cells: {
      ...majorCells(pair.major),
      partnerName: pair.partner.fullName,
      uscc: pair.partner.uscc,
      startYearMonth: pair.startYearMonth,
      ...figureCells(pair.figures),
      apprenticeship: null,
      partnerCount: null,
    },
    sources,
  };
}

export function r1Rows(pairs: readonly PairRow[], withApprenticeship: ReadonlySet<string> = new Set()): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const group of groupByMajor(pairs)) {
    rows.push(...group.map(dataRow));
    const major = group[0]?.major ?? null;
    rows.push({
      kind: 'subtotal',
      cells: {
        ...majorCells(major),
        partnerName: '小计',
        uscc: null,
        startYearMonth: null,
        ...figureCells(sumFigures(group)),
        apprenticeship: apprenticeshipCell(major, withApprenticeship),
        partnerCount: distinctPartners(group),
      },
    });
  }
  rows.push({
    kind: 'total',
    cells: {
      majorCode: null,
      majorName: '合计',
      directionName: null,
      partnerName: null,
      uscc: null,
      startYearMonth: null,
      ...figureCells(sumFigures(pairs)),
      apprenticeship: null,
      partnerCount: distinctPartners(pairs),
    },
  });
  return rows;
}

export const R1_NOTES = [
  '无数据的单元格留空。金额单位为万元。',
  '“未分专业”行：系统中未关联到专业的记录，按专业或二级学院筛选时不列出，也不进入上报表；这些记录逐条列在数据质量报告（R17）中，请补录专业。一位兼职教师同时服务两个专业时，按专业各录一条（课时分开）。',
  '专业方向：关联到专业方向的记录计入该方向一行（专业方向名称一栏），不重复计入所属专业；按专业筛选时包含其方向。',
  '订单培养数：已录入的合作统计数优先于订单班在读人数。企业合作开始日期（年月）取该企业与该专业在本学年结束前已开始的最早协议开始日期（无则取该企业任一协议），没有这样的协议时留空。',
  `是否合作开展学徒制专业（见小计行）：该专业（方向）在本学年有在培的现代学徒制（本学年及之前共 ${APPRENTICESHIP_YEARS} 个年级，与年度汇总的学徒数同一口径）为“是”，否则为“否”。`,
];

export const r1MajorCooperation: ReportDefinition = {
  descriptor: { id: 'R1', title: '专业产学合作情况表', periodKind: 'academic', formats: ['xlsx', 'csv', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const [pairs, withApprenticeship] = await Promise.all([computePairFigures(ctx, query), apprenticeshipMajors(ctx, query)]);
    job.throwIfCancelled();
    const rows = r1Rows(pairs, withApprenticeship);
    return [{ sheetName: '专业产学合作', title: '专业产学合作情况表', columns: R1_COLUMNS, rows, notes: R1_NOTES, totalRows: rows.length }];
  },
  buildUpload: (ctx, query, job) => buildR1Upload(ctx, query, job),
};
