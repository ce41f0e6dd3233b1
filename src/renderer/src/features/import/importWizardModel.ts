import {
  IMPORT_MAX_FILE_BYTES,
  type ColumnMapping,
  type DuplicateAction,
  type ImportAnalysis,
  type ImportDecisions,
  type ImportEntity,
  type ImportRowError,
  type ValueMapping,
} from '@shared/domain/importing';
import { expectedUsccCheckChar, type Translator } from '../../components/errorText';

// The wizard's pure pieces (no React): file checks before sending, lookups for the preview,
// the duplicate decisions and the expected outcome. Kept apart so they read as plain rules.

export const IMPORT_STEPS = ['choose', 'read', 'map', 'values', 'preview', 'confirm'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];

/**
 * The steps this file goes through. The value step shows when the file has choice values
 * the core did not understand and that a saved mapping did not decide; values the user
 * decided in this wizard (`userValues`) keep it shown, so it does not vanish while in use.
 */
export function stepsFor(analysis: Pick<ImportAnalysis, 'unknownValues'> | null, userValues: ValueMapping | undefined): ImportStep[] {
  const needed = (analysis?.unknownValues ?? []).some((u) => !u.decided || userValues?.[u.field]?.[u.key] !== undefined);
  return IMPORT_STEPS.filter((s) => s !== 'values' || needed);
}

/**
 * The height a step's main table scrolls within, so the step with its buttons fits a
 * 1366×768 laptop screen (the page header, steps and buttons take the rest).
 */
export const STEP_TABLE_HEIGHT = 'max(200px, calc(100vh - 470px))';

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
  partTimeTeachers: '/programmes?tab=partTimeTeachers',
  contributions: '/funding?tab=contributions',
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

export type FileDuplicateAction = 'merge' | 'skip';
export type UnverifiedAction = 'import' | 'skip';

/** The user's decisions before the commit (duplicates, in-file repeats, unverified USCCs). */
export interface DuplicateChoices {
  /** For every duplicate of a database record without its own choice. */
  all: DuplicateAction;
  rows: Record<number, DuplicateAction>;
  /** Rows repeating an earlier row of the file. */
  fileDuplicates: FileDuplicateAction;
  /** Rows whose USCC fails its check character, unless chosen per row. */
  usccUnverified: UnverifiedAction;
  usccRows: Record<number, UnverifiedAction>;
}

export const DEFAULT_CHOICES: DuplicateChoices = { all: 'skip', rows: {}, fileDuplicates: 'merge', usccUnverified: 'import', usccRows: {} };

export function actionFor(choices: Pick<DuplicateChoices, 'all' | 'rows'>, row: number): DuplicateAction {
  return choices.rows[row] ?? choices.all;
}

export function unverifiedActionFor(choices: DuplicateChoices, row: number): UnverifiedAction {
  return choices.usccRows[row] ?? choices.usccUnverified;
}

export function decisionsOf(choices: DuplicateChoices): ImportDecisions {
  return {
    duplicates: choices.all,
    rows: Object.entries(choices.rows).map(([row, action]) => ({ row: Number(row), action })),
    fileDuplicates: choices.fileDuplicates,
    usccUnverified: choices.usccUnverified,
    usccUnverifiedRows: Object.entries(choices.usccRows).map(([row, action]) => ({ row: Number(row), action })),
  };
}

export interface ExpectedOutcome {
  create: number;
  update: number;
  merge: number;
  skip: number;
}

/**
 * What a commit with these choices should do, as the commit counts it: invalid rows are
 * skipped, and so are rows with an unverified USCC the user chose to skip; a row repeating
 * an earlier row of the file is merged into it (or skipped; a merge into a row that is not
 * imported is a skip); a duplicate of a record follows its action ("update" of a record
 * that will not exist is a skip). Every other row is created.
 */
export function expectedOutcome(analysis: ImportAnalysis, choices: DuplicateChoices): ExpectedOutcome {
  const skipped = new Set(analysis.errors.map((e) => e.row));
  for (const row of analysis.usccUnverifiedRows) if (unverifiedActionFor(choices, row) === 'skip') skipped.add(row);
  const out: ExpectedOutcome = { create: 0, update: 0, merge: 0, skip: 0 };
  const handled = new Set<number>();
  for (const d of analysis.duplicates) {
    if (skipped.has(d.row) || handled.has(d.row)) continue;
    handled.add(d.row);
    if (d.sameAsRow !== null) {
      const merges = choices.fileDuplicates === 'merge' && !skipped.has(d.sameAsRow);
      if (merges) out.merge++;
      else out.skip++;
      continue;
    }
    const action = actionFor(choices, d.row);
    if (action === 'create') out.create++;
    else if (action === 'update' && d.existingId !== null) out.update++;
    else out.skip++;
  }
  out.skip += skipped.size;
  out.create += Math.max(0, analysis.totals.rows - skipped.size - handled.size);
  return out;
}

/**
 * The field the preview keeps in its fixed first column with the row number: the first
 * required field that has a column (the name, title or partner of a row), else the first
 * mapped column.
 */
export function nameFieldOf(analysis: Pick<ImportAnalysis, 'columns' | 'fields'>): string | null {
  const mapped = new Set(analysis.columns.map((c) => c.field).filter((f): f is string => f !== null));
  const required = analysis.fields.find((f) => f.required && mapped.has(f.field));
  return required?.field ?? analysis.columns.find((c) => c.field !== null)?.field ?? null;
}

/** Width of a preview column: wide enough for its header (CJK counts double), within bounds. */
export function columnWidth(header: string, min = 96, max = 220): number {
  let units = 0;
  for (const ch of header) units += /[\u2E80-\uFFFF]/.test(ch) ? 2 : 1;
  return Math.min(max, Math.max(min, units * 8 + 40));
}
