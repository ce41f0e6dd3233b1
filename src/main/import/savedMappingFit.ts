import type { SavedImportMapping } from '@shared/domain/importing';
import { resources } from '@shared/i18n';
import { normalizeHeader, type MappedColumn } from './columnMapping';

// Which saved mapping a file's headers fit (issue 10), so a second file of the same layout
// and the downloaded error report (same headers plus 行号 and 错误) import with no mapping
// step: every header the mapping assigns to a field must be present; the most recently
// updated of those wins.

export function fitSavedMapping(candidates: readonly SavedImportMapping[], headers: readonly string[]): SavedImportMapping | null {
  const present = new Set(headers.map(normalizeHeader));
  const fitting = candidates.filter((m) => {
    const needed = Object.entries(m.columns).filter(([, field]) => field !== null);
    return needed.length > 0 && needed.every(([header]) => present.has(header));
  });
  fitting.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return fitting[0] ?? null;
}

/** The error report's own columns (行号, 错误) in either language: never data. */
const REPORT_HEADERS = new Set(
  (['zh-CN', 'en-US'] as const).flatMap((lang) => {
    const report = resources[lang].translation.import.report;
    return [normalizeHeader(report.rowColumn), normalizeHeader(report.errorColumn)];
  }),
);

/** Columns that map to no field and have a header: their values are lost unless kept in notes. */
export function unmappedColumns(columns: readonly MappedColumn[]): MappedColumn[] {
  return columns.filter((c) => c.field === null && c.header.trim() !== '' && !REPORT_HEADERS.has(normalizeHeader(c.header)));
}
