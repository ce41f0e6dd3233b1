import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { PAIR_INDICATORS, type PairIndicator } from '../data/indicatorFigures';
import type { ReportDefinition } from '../reportDefinition';
import { computePairFigures, distinctPartners, sumFigures, type PairFigures, type PairRow } from './r1PairFigures';

// R1 专业产学合作情况表 (domain.md §2.1, §5): per 专业 × 合作企业, the ten indicators with
// their units, a 小计 per major carrying that major's partner count, and a 合计 carrying
// 产学合作企业总数. Where the figures come from: r1PairFigures.ts and data/indicatorFigures.ts.

/** Column per indicator, in domain.md §2.1 order, with exact names and units. */
export const INDICATOR_COLUMNS: Record<PairIndicator, ReportColumn> = {
  orderTrainees: { key: 'orderTrainees', label: '订单培养数', type: 'integer', unit: '人' },
  jointCourses: { key: 'jointCourses', label: '共同开发课程数', type: 'integer', unit: '门' },
  jointTextbooks: { key: 'jointTextbooks', label: '共同开发教材数', type: 'integer', unit: '种' },
  partTimeTeachers: { key: 'partTimeTeachers', label: '支持学校兼职教师数', type: 'integer', unit: '人' },
  interns: { key: 'interns', label: '接受顶岗实习学生数', type: 'integer', unit: '人' },
  donatedEquipmentFen: { key: 'donatedEquipmentFen', label: '对学校捐赠设备总值', type: 'money', moneyUnit: 'wanyuan', unit: '万元' },
  quasiDonatedEquipmentFen: {
    key: 'quasiDonatedEquipmentFen', label: '对学校准捐赠设备总值', type: 'money', moneyUnit: 'wanyuan', unit: '万元',
  },
  graduatesEmployed: { key: 'graduatesEmployed', label: '接受毕业生就业数', type: 'integer', unit: '人' },
  technicalServiceIncomeFen: {
    key: 'technicalServiceIncomeFen', label: '学校为企业技术服务年收入', type: 'money', moneyUnit: 'wanyuan', unit: '万元',
  },
  employeeTrainingPersonDays: { key: 'employeeTrainingPersonDays', label: '学校为企业年培训员工数', type: 'integer', unit: '人天' },
};

const R1_COLUMNS: ReportColumn[] = [
  { key: 'majorCode', label: '专业代码', type: 'text', code: true, width: 10 },
  { key: 'majorName', label: '专业名称', type: 'text', width: 18 },
  { key: 'partnerName', label: '合作企业名称', type: 'text', width: 28 },
  { key: 'uscc', label: '统一社会信用代码', type: 'text', code: true, width: 20 },
  { key: 'startYearMonth', label: '合作开始年月', type: 'yearMonth', width: 10 },
  ...PAIR_INDICATORS.map((k) => INDICATOR_COLUMNS[k]),
  { key: 'partnerCount', label: '产学合作企业总数', type: 'integer', unit: '个' },
];

export const UNATTRIBUTED_MAJOR_NAME = '未分专业';

function figureCells(figures: PairFigures): Record<string, number | null> {
  return Object.fromEntries(PAIR_INDICATORS.map((k) => [k, figures[k]]));
}

function dataRow(pair: PairRow): ReportRow {
  const sources = Object.fromEntries(PAIR_INDICATORS.filter((k) => pair.sources[k].length > 0).map((k) => [k, pair.sources[k]]));
  return {
    kind: 'data',
    cells: {
      majorCode: pair.major?.code ?? null,
      majorName: pair.major?.name ?? UNATTRIBUTED_MAJOR_NAME,
      partnerName: pair.partner.fullName,
      uscc: pair.partner.uscc,
      startYearMonth: pair.startYearMonth,
      ...figureCells(pair.figures),
      partnerCount: null,
    },
    sources,
  };
}

/** Pairs grouped by major, in the order computePairFigures sorted them. */
function groupByMajor(pairs: readonly PairRow[]): PairRow[][] {
  const groups: PairRow[][] = [];
  for (const pair of pairs) {
    const last = groups.at(-1);
    if (last && (last[0]?.major?.id ?? null) === (pair.major?.id ?? null)) last.push(pair);
    else groups.push([pair]);
  }
  return groups;
}

export function r1Rows(pairs: readonly PairRow[]): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const group of groupByMajor(pairs)) {
    rows.push(...group.map(dataRow));
    const major = group[0]?.major ?? null;
    rows.push({
      kind: 'subtotal',
      cells: {
        majorCode: major?.code ?? null,
        majorName: major?.name ?? UNATTRIBUTED_MAJOR_NAME,
        partnerName: '小计',
        uscc: null,
        startYearMonth: null,
        ...figureCells(sumFigures(group)),
        partnerCount: distinctPartners(group),
      },
    });
  }
  rows.push({
    kind: 'total',
    cells: {
      majorCode: null,
      majorName: '合计',
      partnerName: null,
      uscc: null,
      startYearMonth: null,
      ...figureCells(sumFigures(pairs)),
      partnerCount: distinctPartners(pairs),
    },
  });
  return rows;
}

export const R1_NOTES = [
  '无数据的单元格留空。金额单位为万元。',
  '“未分专业”行：系统中未关联到专业的记录（如兼职教师，协议未对应唯一专业的企业投入），按专业或二级学院筛选时不列出。',
  '订单培养数：已录入的合作统计数优先于订单班在读人数。合作开始年月取该企业与该专业在本学年结束前已开始的最早协议开始日期（无则取该企业任一协议），没有这样的协议时留空。',
];

export const r1MajorCooperation: ReportDefinition = {
  descriptor: { id: 'R1', title: '专业产学合作情况表', periodKind: 'academic', formats: ['xlsx', 'csv', 'pdf'], needsOrganisation: false, filters: ['orgUnitId', 'majorId'] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, null);
    const pairs = await computePairFigures(ctx, query);
    job.throwIfCancelled();
    const rows = r1Rows(pairs);
    return [{ sheetName: '专业产学合作', title: '专业产学合作情况表', columns: R1_COLUMNS, rows, notes: R1_NOTES, totalRows: rows.length }];
  },
};
