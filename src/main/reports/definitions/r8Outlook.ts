import { periodRange } from '@shared/domain/rules/academicYear';
import type { ReportColumn, ReportRow, ReportSection } from '@shared/domain/report';
import { formatFen } from '@shared/format/money';
import { enterpriseExpiringAgreements, enterpriseOpenFollowUps } from '../data/indicatorEnterprise';
import { PAIR_INDICATORS, type PairIndicator } from '../data/indicatorFigures';
import type { ReportContext, ReportQuery } from '../reportDefinition';
import { INDICATOR_COLUMNS } from './r1Layout';
import { computePairFigures, sumFigures, type PairFigures } from './r1PairFigures';

// R8 企业年报素材, the parts the 企业年报 asks beyond the year's facts (domain.md §2.6, §2.9):
// 年度增量 (each R1 indicator of the enterprise this 学年 next to the last one) and 问题与展望
// (sentences generated from the data for the officer to check and rewrite).
// The figures are R1's pair figures of the enterprise summed over its 专业(方向) and 未分专业 rows,
// so R8 never disagrees with R1.

/** The enterprise's R1 figures for one 学年 (null = no record at all for that indicator). */
async function figuresOf(ctx: ReportContext, organisationId: string, startYear: number): Promise<PairFigures> {
  const period = { kind: 'academic' as const, startYear };
  const query: ReportQuery = { period, range: periodRange(period, ctx.academicYear), filters: {} };
  const pairs = (await computePairFigures(ctx, query)).filter((p) => p.partner.id === organisationId);
  return sumFigures(pairs);
}

export interface YearOnYear {
  indicator: PairIndicator;
  thisYear: number | null;
  lastYear: number | null;
  /** this − last; blank when either year has no data. */
  change: number | null;
  /** change / last; blank when blank change or last = 0. */
  ratio: number | null;
}

export function yearOnYear(thisYear: PairFigures, lastYear: PairFigures): YearOnYear[] {
  return PAIR_INDICATORS.map((indicator) => {
    const now = thisYear[indicator];
    const before = lastYear[indicator];
    const change = now !== null && before !== null ? now - before : null;
    return { indicator, thisYear: now, lastYear: before, change, ratio: change !== null && before !== 0 && before !== null ? change / before : null };
  });
}

const isMoney = (k: PairIndicator): boolean => INDICATOR_COLUMNS[k].type === 'money';
const unitOf = (k: PairIndicator): string => INDICATOR_COLUMNS[k].unit ?? '';
const amount = (k: PairIndicator, v: number): string => (isMoney(k) ? `${formatFen(v, 'wanyuan')}万元` : `${v}${unitOf(k)}`);

/** 年度增量: one section for the counts (人, 门, 种, 人天) and one for the money (万元), each typed. */
export function yearOnYearSections(rows: YearOnYear[], labels: { thisYear: string; lastYear: string }): ReportSection[] {
  const section = (money: boolean): ReportSection => {
    const valueColumn = (key: string, label: string): ReportColumn =>
      money ? { key, label, type: 'money', moneyUnit: 'wanyuan', unit: '万元' } : { key, label, type: 'integer' };
    return {
      sheetName: money ? '年度增量（金额）' : '年度增量',
      title: money ? '年度增量（金额，万元）' : '年度增量',
      columns: [
        { key: 'indicator', label: '指标', type: 'text', width: 24 },
        ...(money ? [] : [{ key: 'unit', label: '单位', type: 'text' as const, width: 6 }]),
        valueColumn('thisYear', labels.thisYear),
        valueColumn('lastYear', labels.lastYear),
        valueColumn('change', '增量'),
        { key: 'ratio', label: '增幅', type: 'ratio' },
      ],
      rows: rows
        .filter((r) => isMoney(r.indicator) === money)
        .map((r): ReportRow => ({
          kind: 'data',
          cells: {
            indicator: INDICATOR_COLUMNS[r.indicator].label,
            ...(money ? {} : { unit: unitOf(r.indicator) }),
            thisYear: r.thisYear,
            lastYear: r.lastYear,
            change: r.change,
            ratio: r.ratio,
          },
        })),
      notes: ['口径同专业产学合作情况表（R1）：该企业各专业（方向）及未分专业的合计。上学年无数据时增量、增幅留空；上学年为 0 时增幅留空。'],
    };
  };
  return [section(false), section(true)];
}

export const OUTLOOK_NOTE = '以下为系统根据数据生成的素材，请核实修改后再写入企业年报。';

/** 问题与展望: sentences from the data, each with the records it comes from. */
export async function outlookSection(
  ctx: ReportContext,
  organisationId: string,
  startYear: number,
  changes: YearOnYear[],
): Promise<ReportSection> {
  const next = periodRange({ kind: 'academic', startYear: startYear + 1 }, ctx.academicYear);
  const [expiring, followUps] = await Promise.all([
    enterpriseExpiringAgreements(ctx.db, organisationId, next.from, next.to),
    enterpriseOpenFollowUps(ctx.db, organisationId),
  ]);
  const rows: ReportRow[] = [];
  const add = (category: string, text: string, sources?: ReportRow['sources']) =>
    rows.push({ kind: 'data', cells: { category, text }, ...(sources ? { sources } : {}) });
  for (const a of expiring) {
    const name = a.agreementNo ? `《${a.title}》（${a.agreementNo}）` : `《${a.title}》`;
    add('协议到期', `${name}将于 ${a.endDate} 到期（下一学年内），请与企业商议是否续签及续签后的合作重点。`, {
      text: [{ table: 'agreement', id: a.id, label: a.agreementNo ?? a.title }],
    });
  }
  for (const c of changes) {
    const label = INDICATOR_COLUMNS[c.indicator].label;
    if (c.change !== null && c.change < 0 && c.lastYear !== null && c.thisYear !== null) {
      add('指标下降', `${label}由上学年的 ${amount(c.indicator, c.lastYear)} 降至 ${amount(c.indicator, c.thisYear)}，请分析原因并提出改进措施。`);
    } else if (c.thisYear === null && c.lastYear !== null) {
      add('数据缺失', `${label}本学年没有记录（上学年为 ${amount(c.indicator, c.lastYear)}），请确认是否漏录。`);
    }
  }
  for (const f of followUps) {
    add('待办跟进', `${f.date} 联系后约定的跟进（${f.followUpDate}）尚未完成${f.nextAction ? `：${f.nextAction}` : ''}。`, {
      text: [{ table: 'interaction', id: f.id, label: `${f.date} 联系记录` }],
    });
  }
  return {
    sheetName: '问题与展望',
    title: '问题与展望（素材，请核实修改）',
    columns: [
      { key: 'category', label: '类别', type: 'text', width: 10 },
      { key: 'text', label: '素材', type: 'text', width: 80 },
    ],
    rows,
    notes: [OUTLOOK_NOTE, ...(rows.length === 0 ? ['数据中未发现需要说明的问题；展望部分请结合下一学年的合作计划撰写。'] : [])],
  };
}

/** Both parts for the enterprise and 学年. */
export async function r8OutlookSections(ctx: ReportContext, organisationId: string, startYear: number): Promise<ReportSection[]> {
  const [thisYear, lastYear] = await Promise.all([figuresOf(ctx, organisationId, startYear), figuresOf(ctx, organisationId, startYear - 1)]);
  const changes = yearOnYear(thisYear, lastYear);
  const labels = { thisYear: `${startYear}-${startYear + 1}学年`, lastYear: `${startYear - 1}-${startYear}学年` };
  return [...yearOnYearSections(changes, labels), await outlookSection(ctx, organisationId, startYear, changes)];
}
