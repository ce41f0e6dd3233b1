import type { ProvenanceRef } from '@shared/domain/report';
import { academicYearOf } from '@shared/domain/rules/academicYear';
import { begunBy, loadAgreementLinks, runsDuring, type AgreementLink } from '../data/indicatorAgreements';
import {
  loadPairFigureRecords,
  PAIR_INDICATORS,
  type FigureRecord,
  type IndicatorWindow,
  type PairIndicator,
} from '../data/indicatorFigures';
import { loadLiveMajors, loadLivePartners, majorIdsInScope, type MajorRef, type PartnerRef } from '../data/indicatorScope';
import type { ReportContext, ReportQuery } from '../reportDefinition';

// The per 专业 × 合作企业 figures of 专业产学合作 (R1), computed once and reused by R2 (ODS)
// and R7 (annual pack) so the three never disagree. Rules, also asserted in r1 tests:
// - A pair appears when it has at least one figure record in the period, or an agreement
//   covering that major runs during the period (indicatorAgreements.runsDuring).
// - A figure is the sum of its records; no record → null (blank), an entered 0 → 0.
// - 订单培养数: an entered placement_stat figure for the pair and 学年 replaces the sum of
//   its order classes (it is the officer's figure for this report; adding would double count).
// - Records the schema ties to no major (part-time teachers; contributions whose agreement
//   does not cover exactly one major; courses and order classes without a major) form the
//   partner's 未分专业 row (major null). Filtering by unit or major leaves those rows out.
// - 合作开始年月: earliest start (else sign) date of the partner's agreements covering the
//   major; without one, of any of the partner's agreements; drafts and agreements being
//   signed are not cooperation yet. Only agreements begun by the end of the period count
//   (indicatorAgreements.begunBy), so the month is never later than the 学年 reported: a
//   pair known only from figures and agreements signed later has it blank.
//   A terminated agreement counts for the periods it was in force (until terminated_on).
// - A record tied to a 专业方向 (major.parent_major_id, migration 0017) reports under the
//   direction: each 专业(方向) is its own group, directions right after their 专业.

export type PairFigures = Record<PairIndicator, number | null>;

export interface PairRow {
  major: MajorRef | null;
  partner: PartnerRef;
  /** 'YYYYMM' or null. */
  startYearMonth: string | null;
  figures: PairFigures;
  sources: Record<PairIndicator, ProvenanceRef[]>;
}

export function indicatorWindow(ctx: ReportContext, query: ReportQuery): IndicatorWindow {
  const mm = String(ctx.academicYear.startMonth).padStart(2, '0');
  const dd = String(ctx.academicYear.startDay).padStart(2, '0');
  return {
    from: query.range.from,
    to: query.range.to,
    academicYear: academicYearOf(query.range.from, ctx.academicYear),
    yearStartSuffix: `-${mm}-${dd}`,
  };
}

const emptyFigures = (): PairFigures =>
  Object.fromEntries(PAIR_INDICATORS.map((k) => [k, null])) as PairFigures;
const emptySources = (): Record<PairIndicator, ProvenanceRef[]> =>
  Object.fromEntries(PAIR_INDICATORS.map((k) => [k, []])) as unknown as Record<PairIndicator, ProvenanceRef[]>;

const pairKey = (majorId: string | null, organisationId: string): string => `${majorId ?? '-'}|${organisationId}`;

/** Records of one pair, with 订单培养数 from placement_stat replacing order classes when entered. */
function applyOrderTraineeOverride(records: FigureRecord[]): FigureRecord[] {
  const entered = records.some((r) => r.indicator === 'orderTrainees' && r.source.table === 'placement_stat');
  return entered ? records.filter((r) => !(r.indicator === 'orderTrainees' && r.source.table === 'order_class')) : records;
}

/** The earliest start among the links whose cooperation had begun by `to`. */
function earliestStart(links: AgreementLink[], to: string): string | null {
  let min: string | null = null;
  for (const l of links) if (begunBy(l, to) && l.startDate !== null && (min === null || l.startDate < min)) min = l.startDate;
  return min;
}

const yearMonth = (isoDate: string | null): string | null => (isoDate ? isoDate.slice(0, 4) + isoDate.slice(5, 7) : null);

const collator = new Intl.Collator('zh-CN');

/** The 专业 a row reports under: the major itself, or a direction's 专业. */
const majorOf = (m: MajorRef): { id: string; code: string; name: string } => m.parent ?? m;

/**
 * 专业 by code then name, each followed by its 专业方向 (by name); the 未分专业 rows last;
 * partners by name within a 专业(方向).
 */
export function comparePairs(a: PairRow, b: PairRow): number {
  if ((a.major === null) !== (b.major === null)) return a.major === null ? 1 : -1;
  if (a.major && b.major && a.major.id !== b.major.id) {
    const [ma, mb] = [majorOf(a.major), majorOf(b.major)];
    if (ma.id !== mb.id) return ma.code.localeCompare(mb.code) || collator.compare(ma.name, mb.name) || ma.id.localeCompare(mb.id);
    if ((a.major.parent === null) !== (b.major.parent === null)) return a.major.parent === null ? -1 : 1;
    return collator.compare(a.major.name, b.major.name) || a.major.id.localeCompare(b.major.id);
  }
  return collator.compare(a.partner.fullName, b.partner.fullName) || a.partner.id.localeCompare(b.partner.id);
}

export async function computePairFigures(ctx: ReportContext, query: ReportQuery): Promise<PairRow[]> {
  const window = indicatorWindow(ctx, query);
  const [records, links, majors, scope] = await Promise.all([
    loadPairFigureRecords(ctx.db, window),
    loadAgreementLinks(ctx.db),
    loadLiveMajors(ctx.db),
    majorIdsInScope(ctx.db, query.filters),
  ]);

  const byPair = new Map<string, { majorId: string | null; organisationId: string; records: FigureRecord[] }>();
  const pairOf = (majorId: string | null, organisationId: string) => {
    const key = pairKey(majorId, organisationId);
    let pair = byPair.get(key);
    if (!pair) byPair.set(key, (pair = { majorId, organisationId, records: [] }));
    return pair;
  };
  for (const r of records) pairOf(r.majorId, r.organisationId).records.push(r);
  for (const l of links) if (l.majorId !== null && runsDuring(l, window.from, window.to)) pairOf(l.majorId, l.organisationId);

  const partners = await loadLivePartners(ctx.db, [...new Set([...byPair.values()].map((p) => p.organisationId))]);
  const linksOf = new Map<string, AgreementLink[]>();
  for (const l of links) {
    for (const key of [pairKey(l.majorId, l.organisationId), `*|${l.organisationId}`]) {
      const list = linksOf.get(key) ?? [];
      list.push(l);
      linksOf.set(key, list);
    }
  }

  const rows: PairRow[] = [];
  for (const pair of byPair.values()) {
    const partner = partners.get(pair.organisationId);
    if (!partner) continue;
    if (scope !== null && (pair.majorId === null || !scope.has(pair.majorId))) continue;
    const major = pair.majorId === null ? null : (majors.get(pair.majorId) ?? null);
    const figures = emptyFigures();
    const sources = emptySources();
    for (const r of applyOrderTraineeOverride(pair.records)) {
      figures[r.indicator] = (figures[r.indicator] ?? 0) + r.value;
      sources[r.indicator].push(r.source);
    }
    const own = pair.majorId === null ? [] : (linksOf.get(pairKey(pair.majorId, pair.organisationId)) ?? []);
    const start = earliestStart(own, window.to) ?? earliestStart(linksOf.get(`*|${pair.organisationId}`) ?? [], window.to);
    rows.push({ major, partner, startYearMonth: yearMonth(start), figures, sources });
  }
  return rows.sort(comparePairs);
}

/** Sum of non-null figures; null when every one is null (a total of nothing stays blank). */
export function sumFigures(rows: readonly PairRow[]): PairFigures {
  const out = emptyFigures();
  for (const row of rows) {
    for (const k of PAIR_INDICATORS) {
      const v = row.figures[k];
      if (v !== null) out[k] = (out[k] ?? 0) + v;
    }
  }
  return out;
}

export const distinctPartners = (rows: readonly PairRow[]): number => new Set(rows.map((r) => r.partner.id)).size;
