import type { ProvenanceRef, ReportChart, ReportColumn, ReportPeriod, ReportRow, ReportSection } from '@shared/domain/report';
import { periodLabel, periodRange } from '@shared/domain/rules/academicYear';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import {
  apprentices,
  cert1xFigures,
  contributionValueByKind,
  industryColleges,
  onCampusPracticeEquipment,
  partTimeTeacherHeadcount,
  partTimeTeacherHours,
  type SourcedFigure,
} from '../data/indicatorAnnual';
import type { PairIndicator } from '../data/indicatorFigures';
import type { ReportContext, ReportDefinition, ReportQuery } from '../reportDefinition';
import { computePairFigures, distinctPartners, indicatorWindow, sumFigures, type PairRow } from './r1PairFigures';

// R7 年度校企合作数据汇总 (domain.md §2.6, §5 R7): the year's key indicators next to last
// year's, with the change (absolute and %). The R1 figures are R1's own totals (one
// computation, r1PairFigures), college-wide: R7 declares no filters (a request with one is refused).
// 订单培养学生所占比例 needs enrolment data the app does not hold, so it is left out.
// Counts and money (万元) are two sections because a column has one type.

interface Indicator {
  label: string;
  unit: string;
  thisYear: SourcedFigure;
  lastYear: SourcedFigure;
}

interface YearFigures {
  counts: { label: string; unit: string; figure: SourcedFigure }[];
  money: { label: string; figure: SourcedFigure }[];
  contributionsByKind: Map<string, number>;
}

function pairTotal(pairs: PairRow[], ...keys: PairIndicator[]): SourcedFigure {
  const totals = sumFigures(pairs);
  const values = keys.map((k) => totals[k]).filter((v): v is number => v !== null);
  const sources: ProvenanceRef[] = pairs.flatMap((p) => keys.flatMap((k) => p.sources[k]));
  return { value: values.length > 0 ? values.reduce((a, b) => a + b, 0) : null, sources };
}

async function yearFigures(ctx: ReportContext, query: ReportQuery): Promise<YearFigures> {
  const w = indicatorWindow(ctx, query);
  const [pairs, apprentice, colleges, hours, teachers, cert, byKind, onCampusEquipment] = await Promise.all([
    computePairFigures(ctx, query),
    apprentices(ctx.db, w),
    industryColleges(ctx.db, w),
    partTimeTeacherHours(ctx.db, w),
    partTimeTeacherHeadcount(ctx.db, w),
    cert1xFigures(ctx.db, w),
    contributionValueByKind(ctx.db, w),
    onCampusPracticeEquipment(ctx.db, w),
  ]);
  const partnerCount = distinctPartners(pairs);
  return {
    counts: [
      { label: '合作企业数', unit: '个', figure: { value: partnerCount > 0 ? partnerCount : null, sources: [] } },
      { label: '订单培养人数', unit: '人', figure: pairTotal(pairs, 'orderTrainees') },
      { label: '学徒数', unit: '人', figure: apprentice },
      { label: '产业学院数', unit: '个', figure: colleges },
      // People, not R1's per-专业 records: a teacher of two 专业 is one person.
      { label: '支持学校兼职教师数', unit: '人', figure: teachers },
      { label: '企业兼职教师年课时总量', unit: '学时', figure: hours },
      { label: '1+X证书培训人数', unit: '人', figure: cert.trained },
      { label: '1+X证书考核人数', unit: '人', figure: cert.examined },
      { label: '1+X证书取证人数', unit: '人', figure: cert.passed },
      { label: '共同开发课程数', unit: '门', figure: pairTotal(pairs, 'jointCourses') },
      { label: '共同开发教材数', unit: '种', figure: pairTotal(pairs, 'jointTextbooks') },
      { label: '接受顶岗实习学生数', unit: '人', figure: pairTotal(pairs, 'interns') },
      { label: '接受毕业生就业数', unit: '人', figure: pairTotal(pairs, 'graduatesEmployed') },
      { label: '学校为企业年培训员工数', unit: '人天', figure: pairTotal(pairs, 'employeeTrainingPersonDays') },
    ],
    money: [
      // Only (quasi-)donated equipment that went to an on-campus base, not every donation.
      { label: '企业提供的校内实践教学设备值', figure: onCampusEquipment },
      { label: '横向技术服务到款额', figure: pairTotal(pairs, 'technicalServiceIncomeFen') },
    ],
    contributionsByKind: byKind,
  };
}

export function previousPeriod(period: ReportPeriod): ReportPeriod {
  return period.kind === 'academic' ? { kind: 'academic', startYear: period.startYear - 1 } : { kind: 'calendar', year: period.year - 1 };
}

/** Absolute change and rate; null when either year has no figure (rate also when last year is 0). */
export function change(thisYear: number | null, lastYear: number | null): { delta: number | null; rate: number | null } {
  if (thisYear === null || lastYear === null) return { delta: null, rate: null };
  return { delta: thisYear - lastYear, rate: lastYear === 0 ? null : (thisYear - lastYear) / lastYear };
}

function indicatorRow(i: Indicator): ReportRow {
  const { delta, rate } = change(i.thisYear.value, i.lastYear.value);
  const sources: Record<string, ProvenanceRef[]> = {};
  if (i.thisYear.sources.length > 0) sources.thisYear = i.thisYear.sources;
  if (i.lastYear.sources.length > 0) sources.lastYear = i.lastYear.sources;
  return {
    kind: 'data',
    cells: { indicator: i.label, unit: i.unit, thisYear: i.thisYear.value, lastYear: i.lastYear.value, delta, rate },
    sources,
  };
}

function columns(valueType: 'integer' | 'money'): ReportColumn[] {
  const money = valueType === 'money' ? ({ moneyUnit: 'wanyuan', unit: '万元' } as const) : {};
  return [
    { key: 'indicator', label: '指标', type: 'text', width: 28 },
    { key: 'unit', label: '单位', type: 'text', width: 6 },
    { key: 'thisYear', label: '本学年', type: valueType, ...money },
    { key: 'lastYear', label: '上学年', type: valueType, ...money },
    { key: 'delta', label: '增减', type: valueType, ...money },
    { key: 'rate', label: '增减率', type: 'ratio' },
  ];
}

const fenToWanyuan = (fen: number): number => Math.round(fen / 100) / 10_000;

const BAR_INDICATORS = ['合作企业数', '订单培养人数', '学徒数', '共同开发课程数', '接受顶岗实习学生数', '接受毕业生就业数'];

export const r7AnnualSummary: ReportDefinition = {
  descriptor: { id: 'R7', title: '年度校企合作数据汇总', periodKind: 'academic', formats: ['xlsx', 'pdf'], needsOrganisation: false, filters: [] },
  async build(ctx, query, job): Promise<ReportSection[]> {
    job.progress('querying', 0, 2);
    const lastPeriod = previousPeriod(query.period);
    const thisQuery: ReportQuery = { ...query, filters: {} };
    const lastQuery: ReportQuery = { period: lastPeriod, range: periodRange(lastPeriod, ctx.academicYear), filters: {} };
    const now = await yearFigures(ctx, thisQuery);
    job.progress('querying', 1, 2);
    job.throwIfCancelled();
    const last = await yearFigures(ctx, lastQuery);
    job.progress('querying', 2, 2);
    const thisLabel = `${periodLabel(query.period)}学年`;
    const lastLabel = `${periodLabel(lastPeriod)}学年`;

    const countRows = now.counts.map((c, i) =>
      indicatorRow({ label: c.label, unit: c.unit, thisYear: c.figure, lastYear: last.counts[i]?.figure ?? { value: null, sources: [] } }),
    );
    const moneyRows = now.money.map((m, i) =>
      indicatorRow({ label: m.label, unit: '万元', thisYear: m.figure, lastYear: last.money[i]?.figure ?? { value: null, sources: [] } }),
    );
    const valueOf = (figures: YearFigures, label: string): number | null =>
      figures.counts.find((c) => c.label === label)?.figure.value ?? null;
    const bar: ReportChart = {
      title: '主要指标 本学年与上学年对比',
      kind: 'bar',
      categories: BAR_INDICATORS,
      series: [
        { name: thisLabel, data: BAR_INDICATORS.map((l) => valueOf(now, l)) },
        { name: lastLabel, data: BAR_INDICATORS.map((l) => valueOf(last, l)) },
      ],
    };
    const kinds = [...now.contributionsByKind.keys()] as (keyof typeof zhCNEnums.contributionKind)[];
    const pie: ReportChart = {
      title: '本学年企业投入构成（万元）',
      kind: 'pie',
      categories: kinds.map((k) => zhCNEnums.contributionKind[k]),
      series: [{ name: '金额（万元）', data: kinds.map((k) => fenToWanyuan(now.contributionsByKind.get(k) ?? 0)) }],
    };
    const notes = [
      `本学年：${thisLabel}；上学年：${lastLabel}。全校数据，不按二级学院或专业筛选。`,
      '订单培养学生所占比例：系统无在校生人数，未列出。学徒数按本学年及前两个年级的在训学徒计。',
    ];
    return [
      { sheetName: '数量指标', title: '年度校企合作数据汇总 数量指标', columns: columns('integer'), rows: countRows, notes, charts: [bar], totalRows: countRows.length },
      {
        sheetName: '金额指标', title: '年度校企合作数据汇总 金额指标', columns: columns('money'), rows: moneyRows, charts: [pie],
        notes: ['企业提供的校内实践教学设备值：本学年记入校内实践基地（校企共建）的企业捐赠、准捐赠设备值，不含其他捐赠。'],
        totalRows: moneyRows.length,
      },
    ];
  },
};
