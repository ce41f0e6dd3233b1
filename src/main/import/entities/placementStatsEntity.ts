import { PlacementStatDraft, type PlacementStatFields } from '@shared/domain/placementStat';
import { findLiveTwin, findPlacementStat } from '../../placements/placementStatRepository';
import type { Executor } from '../../services/context';
import { findMajorRef } from '../majorRefRepository';
import { startYearOf } from './baseYearStatsEntity';
import { schemaIssues } from './draftIssues';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { intValue, PLACEHOLDER_ID, required } from './entityHelpers';
import { PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';

// Placement statistics (domain.md §3 placement_stat): 订单培养 / 顶岗实习 / 毕业生就业
// figures per partner × major × 学年, the inputs of R1/R2 that offices keep in Excel.
const COUNT_FIELDS = ['orderTrainees', 'interns', 'graduatesEmployed'] as const;
type CountField = (typeof COUNT_FIELDS)[number];

const FIELDS: readonly FieldDef[] = [
  ...PARTNER_REF_FIELDS,
  { field: 'majorName', kind: 'text', synonyms: ['专业', '专业名称', '合作专业', 'major', 'major name'], example: '工业机器人技术' },
  { field: 'majorCode', kind: 'code', synonyms: ['专业代码', '专业编码', '专业号', 'major code'], example: '460305' },
  { field: 'academicYear', kind: 'text', required: true, synonyms: ['学年', '统计学年', 'academic year', 'year'], example: '2025-2026' },
  { field: 'orderTrainees', kind: 'int', synonyms: ['订单培养人数', '订单培养学生数', '订单培养数', 'order trainees'], example: '30' },
  { field: 'interns', kind: 'int', synonyms: ['接受顶岗实习学生数', '接受顶岗实习人数', '顶岗实习学生数', '顶岗实习人数', 'interns'], example: '18' },
  { field: 'graduatesEmployed', kind: 'int', synonyms: ['接受毕业生就业数', '接受毕业生就业人数', '毕业生就业数', '毕业生就业人数', 'graduates employed'], example: '12' },
];

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

type Prepared = { draft: PlacementStatFields; values: Record<string, string | null> };

/** Resolves the major a row names (code first, then name) or records why it cannot. */
async function majorIdFor(db: Executor, values: Record<string, string | null>, issues: FieldIssue[]): Promise<string | null> {
  const name = values['majorName'] ?? null;
  const code = values['majorCode'] ?? null;
  if (!name && !code) {
    issues.push({ field: 'majorName', code: 'VALIDATION', key: 'fieldErrors.required', params: {} });
    return null;
  }
  const ref = await findMajorRef(db, code, name);
  if (ref.kind === 'found') return ref.id;
  const field = code ? 'majorCode' : 'majorName';
  const key = ref.kind === 'ambiguous' ? 'import.errors.majorAmbiguous' : 'import.errors.majorNotFound';
  issues.push({ field, code: 'NOT_FOUND', key, params: { value: code ?? name ?? '' } });
  return null;
}

/** 2025, "2025-2026", "2025—2026", "2025学年" → 2025 within the years the database allows. */
function academicYearOf(values: Record<string, string | null>, issues: FieldIssue[]): number | null {
  const text = required(values, 'academicYear', issues);
  if (!text) return null;
  const year = startYearOf(text);
  if (year !== null && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  issues.push({ field: 'academicYear', code: 'VALIDATION', key: 'import.errors.academicYearInvalid', params: { value: text } });
  return null;
}

/** A figure is a head count: the cell reader already refused fractions and text, this refuses minus signs. */
function countOf(values: Record<string, string | null>, field: CountField, issues: FieldIssue[]): number | null {
  const n = intValue(values[field]);
  if (n !== null && n < 0) issues.push({ field, code: 'VALIDATION', key: 'import.errors.countNegative', params: { value: n } });
  return n;
}

export const placementStatsEntity: EntityDef<Prepared> = {
  entity: 'placementStats',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const organisationId = await partnerIdFor(ctx.db, values, issues);
    const majorId = await majorIdFor(ctx.db, values, issues);
    const academicYear = academicYearOf(values, issues);
    const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, countOf(values, f, issues)])) as Record<CountField, number | null>;
    // Placeholders keep the schema from repeating what was already reported above.
    const draft = { organisationId: organisationId ?? PLACEHOLDER_ID, majorId: majorId ?? PLACEHOLDER_ID, academicYear: academicYear ?? YEAR_MIN, ...counts };
    const parsed = schemaIssues(PlacementStatDraft, draft, (p) => String(p[0] ?? '') || null);
    issues.push(...parsed.issues.filter((i) => !issues.some((x) => x.field === i.field)));
    if (issues.length > 0 || !parsed.data) return { prepared: null, issues };
    return { prepared: { draft: parsed.data, values }, issues };
  },
  duplicateKeys: (p) => [{ reason: 'key', key: `${p.draft.organisationId}|${p.draft.majorId}|${p.draft.academicYear}` }],
  async findExisting(db, p) {
    const id = await findLiveTwin(db, p.draft, null);
    const hit = id ? await findPlacementStat(db, id) : undefined;
    if (!hit) return null;
    return { id: hit.id, label: `${hit.partnerName} · ${hit.majorName} · ${hit.academicYear}-${hit.academicYear + 1}`, reason: 'key' };
  },
  // A second row for the same partner × major × 学年 is refused by the service (placementStat.duplicate).
  async create(w, p) {
    return (await w.placementStats.create(p.draft)).id;
  },
  // Only figures the file fills overwrite: an empty cell is "no data in this file", not "clear it".
  async update(w, p, id) {
    const patch: Partial<Record<CountField, number | null>> = {};
    for (const f of COUNT_FIELDS) if (p.values[f] != null) patch[f] = p.draft[f];
    await w.placementStats.update({ id, patch });
  },
};
