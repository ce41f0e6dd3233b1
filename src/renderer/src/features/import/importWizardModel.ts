import {
  IMPORT_MAX_FILE_BYTES,
  type ColumnMapping,
  type DuplicateAction,
  type ImportAnalysis,
  type ImportDecisions,
  type ImportEntity,
  type ImportRowError,
} from '@shared/domain/importing';
import { expectedUsccCheckChar, type Translator } from '../../components/errorText';

// The wizard's pure pieces (no React): file checks before sending, lookups for the preview,
// the duplicate decisions and the expected outcome. Kept apart so they read as plain rules.

export const IMPORT_STEPS = ['choose', 'read', 'map', 'preview', 'confirm'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/** What the file input offers; the core decides by content (zip magic → xlsx, else text). */
export const IMPORT_ACCEPT = '.xlsx,.csv,.txt,.tsv';
const ACCEPTED = /\.(xlsx|csv|txt|tsv)$/i;

export type FileProblem = 'tooLarge' | 'badType';

/** Refused in the page, before the bytes are read and sent (reliability.md §9: 10 MB). */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  if (!ACCEPTED.test(file.name)) return 'badType';
  if (file.size > IMPORT_MAX_FILE_BYTES) return 'tooLarge';
  return null;
}

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Where the imported records are listed, for the result's links. */
export const ENTITY_LIST_ROUTE: Record<ImportEntity, string> = {
  partners: '/partners',
  agreements: '/agreements',
  courses: '/courses',
  fundingTxns: '/funding?tab=txns',
  baseYearStats: '/programmes',
  // Placement figures are listed on each partner's page.
  placementStats: '/partners',
};

export function fieldLabel(tr: Translator, entity: ImportEntity, field: string): string {
  const key = `import.wizard.fields.${entity}.${field}`;
  return tr.exists(key) ? tr.t(key) : field;
}

/**
 * One row error in the user's language. The USCC check message names the expected
 * character; when the core did not send it, it is computed from the row's value.
 */
export function rowErrorText(tr: Translator, error: ImportRowError, values?: Record<string, string | null>): string {
  const params: Record<string, unknown> = { ...error.params };
  if (error.key === 'fieldErrors.uscc.check' && params['expected'] === undefined) {
    params['expected'] = expectedUsccCheckChar({}, error.field ? values?.[error.field] : null);
  }
  return tr.exists(error.key) ? tr.t(error.key, params) : tr.t('fieldErrors.invalid');
}

/** Text of a note; a required-field note names the field in the user's language. */
export function noteText(tr: Translator, entity: ImportEntity, key: string, params: Record<string, string | number>): string {
  const values: Record<string, unknown> = { ...params };
  if (typeof params['field'] === 'string') values['field'] = fieldLabel(tr, entity, params['field']);
  return tr.exists(key) ? tr.t(key, values) : key;
}

/** Errors per cell (`row:field`) and per whole row, for highlighting the preview. */
export function indexErrors(errors: readonly ImportRowError[]) {
  const byCell = new Map<string, ImportRowError[]>();
  const byRow = new Map<number, ImportRowError[]>();
  for (const e of errors) {
    const rowList = byRow.get(e.row) ?? [];
    rowList.push(e);
    byRow.set(e.row, rowList);
    if (e.field) {
      const key = `${e.row}:${e.field}`;
      byCell.set(key, [...(byCell.get(key) ?? []), e]);
    }
  }
  return { byCell, byRow };
}

/** The current column → field choice as the `mapping` input of import:analyze (every column). */
export function mappingOf(analysis: ImportAnalysis, change?: { index: number; field: string | null }): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const c of analysis.columns) mapping[String(c.index)] = c.field;
  if (change) mapping[String(change.index)] = change.field;
  return mapping;
}

/** Header text → field, the shape import:saveMapping stores (applied by header later). */
export function mappingByHeader(analysis: ImportAnalysis): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const c of analysis.columns) if (c.header.trim()) out[c.header] = c.field;
  return out;
}

export function missingRequired(analysis: ImportAnalysis): string[] {
  const mapped = new Set(analysis.columns.map((c) => c.field).filter(Boolean));
  return analysis.fields.filter((f) => f.required && !mapped.has(f.field)).map((f) => f.field);
}

export interface DuplicateChoices {
  /** For every duplicate without its own choice. */
  all: DuplicateAction;
  rows: Record<number, DuplicateAction>;
}

export const DEFAULT_CHOICES: DuplicateChoices = { all: 'skip', rows: {} };

export function actionFor(choices: DuplicateChoices, row: number): DuplicateAction {
  return choices.rows[row] ?? choices.all;
}

export function decisionsOf(choices: DuplicateChoices): ImportDecisions {
  return {
    duplicates: choices.all,
    rows: Object.entries(choices.rows).map(([row, action]) => ({ row: Number(row), action })),
  };
}

/**
 * What a commit with these choices should do, as the commit counts it: invalid rows are
 * skipped; a duplicate follows its action ("update" of a record that will not exist is a skip).
 */
export function expectedOutcome(analysis: ImportAnalysis, choices: DuplicateChoices) {
  const invalid = new Set(analysis.errors.map((e) => e.row));
  const duplicateOf = new Map(analysis.duplicates.map((d) => [d.row, d]));
  let create = 0;
  let update = 0;
  let skip = invalid.size;
  for (const d of analysis.duplicates) {
    if (invalid.has(d.row)) continue;
    const action = actionFor(choices, d.row);
    if (action === 'create') create++;
    else if (action === 'update' && (d.existingId !== null || d.sameAsRow !== null)) update++;
    else skip++;
  }
  create += Math.max(0, analysis.totals.rows - invalid.size - [...duplicateOf.keys()].filter((r) => !invalid.has(r)).length);
  return { create, update, skip };
}
