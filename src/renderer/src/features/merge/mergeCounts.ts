import type { TFunction } from 'i18next';

/** "contact.organisation_id" → the table's label; unknown (future) tables show their name. */
export function countLines(t: TFunction, counts: Record<string, number>): { key: string; text: string }[] {
  return Object.entries(counts).map(([key, count]) => {
    const table = key.split('.')[0] ?? key;
    const labelKey = `search.tables.${table}`;
    const label = t(labelKey, { defaultValue: table });
    return { key, text: t('search.merge.count', { label, count }) };
  });
}

/** The user-facing text of a merge failure the core explains in details.reason. */
export function mergeConflictText(t: TFunction, details: Readonly<Record<string, unknown>>): string | null {
  if (details['reason'] === 'mergeConflict') {
    const table = String(details['table'] ?? '');
    return t('search.merge.conflict', { table: t(`search.tables.${table}`, { defaultValue: table }) });
  }
  if (details['reason'] === 'survivorTrashed') return t('search.merge.survivorTrashed');
  return null;
}
