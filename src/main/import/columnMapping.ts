import type { FieldDef } from './entities/entityDef';

/** Header text compared without spaces, case, "*", "(必填)" or a unit in brackets. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s*:：_]/g, '')
    .replace(/必填$/, '');
}

export interface MappedColumn {
  index: number;
  header: string;
  field: string | null;
  confidence: number;
}

function score(header: string, synonyms: readonly string[]): number {
  const full = normalizeHeader(header);
  if (!full) return 0;
  const normalized = synonyms.map(normalizeHeader);
  if (normalized.includes(full)) return 1;
  // A merged group header gives "联系人信息/姓名": the last part decides.
  const segment = normalizeHeader(header.split('/').at(-1) ?? '');
  if (header.includes('/') && normalized.includes(segment)) return 0.8;
  if (normalized.some((s) => s.length >= 2 && full.includes(s))) return 0.6;
  return 0;
}

/** How many headers of a row look like fields of the entity (header-row detection). */
export function headerMatches(headers: readonly string[], fields: readonly FieldDef[]): number {
  return headers.filter((h) => fields.some((f) => score(h, f.synonyms) >= 0.8)).length;
}

/**
 * Maps each column to at most one field and each field to at most one column, best
 * match first (then leftmost), so "单位名称" wins over a "名称" further right.
 */
export function mapColumns(headers: readonly string[], fields: readonly FieldDef[]): MappedColumn[] {
  const candidates: { index: number; field: string; confidence: number }[] = [];
  headers.forEach((header, index) => {
    for (const f of fields) {
      const confidence = score(header, f.synonyms);
      if (confidence > 0) candidates.push({ index, field: f.field, confidence });
    }
  });
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const byIndex = new Map<number, { field: string; confidence: number }>();
  const used = new Set<string>();
  for (const c of candidates) {
    if (byIndex.has(c.index) || used.has(c.field)) continue;
    byIndex.set(c.index, { field: c.field, confidence: c.confidence });
    used.add(c.field);
  }
  return headers.map((header, index) => ({
    index,
    header,
    field: byIndex.get(index)?.field ?? null,
    confidence: byIndex.get(index)?.confidence ?? 0,
  }));
}

/** The user's choice (by column index or, for a saved mapping, by header) overrides the guess. */
export function applyOverride(
  columns: MappedColumn[],
  override: { byIndex?: Record<string, string | null>; byHeader?: Record<string, string | null> },
  fields: readonly FieldDef[],
): MappedColumn[] {
  const known = new Set(fields.map((f) => f.field));
  const next = columns.map((c) => {
    const byIndex = override.byIndex?.[String(c.index)];
    const byHeader = override.byHeader?.[normalizeHeader(c.header)];
    const chosen = byIndex !== undefined ? byIndex : byHeader;
    if (chosen === undefined) return c;
    return { ...c, field: chosen !== null && known.has(chosen) ? chosen : null, confidence: 1 };
  });
  // A field the user put on one column leaves any other column it was guessed for.
  const chosenFields = new Map<string, number>();
  next.forEach((c) => {
    if (c.confidence === 1 && c.field) chosenFields.set(c.field, c.index);
  });
  return next.map((c) => (c.field && chosenFields.has(c.field) && chosenFields.get(c.field) !== c.index ? { ...c, field: null, confidence: 0 } : c));
}
