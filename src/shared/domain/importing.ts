import { z } from 'zod';
import { JobId } from './jobs';

// Import of spreadsheets and CSV files (issue 6, reliability.md §9). The wizard calls
// import:analyze (read, detect, map, validate, find duplicates; nothing is written), shows
// the preview, lets the user decide per duplicate, then calls import:commit as a job.

export const IMPORT_ENTITIES = [
  'partners', 'agreements', 'courses', 'fundingTxns', 'baseYearStats', 'placementStats',
  // [record-majors] issue 11 (migration 0015)
  'partTimeTeachers', 'contributions',
] as const;
export const ImportEntity = z.enum(IMPORT_ENTITIES);
export type ImportEntity = z.infer<typeof ImportEntity>;

/** reliability.md §9: a bigger file is refused before it is decoded or unzipped. */
export const IMPORT_MAX_FILE_BYTES = 10 * 1024 * 1024;
// base64 of 10 MB, rounded up to whole 4-character groups.
const MAX_BASE64_CHARS = Math.ceil(IMPORT_MAX_FILE_BYTES / 3) * 4;

export const IMPORT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const;
export const ImportEncoding = z.enum(IMPORT_ENCODINGS);

export const DUPLICATE_ACTIONS = ['create', 'update', 'skip'] as const;
export const DuplicateAction = z.enum(DUPLICATE_ACTIONS);
export type DuplicateAction = z.infer<typeof DuplicateAction>;

/** Target field per source column index (as in `columns[].index`); null = ignore the column. */
export const ColumnMapping = z.record(z.string().regex(/^\d{1,3}$/), z.string().max(60).nullable());
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/**
 * Value mapping (issue 10): per field, what a distinct cell text (compared by
 * `valueKey`, see rules/valueKey.ts) becomes. A stored code (enum code, GB/T 4754
 * industry code, GB/T 2260 region code …) or null = "leave blank, keep the text in notes".
 */
export const ValueMapping = z.record(z.string().max(60), z.record(z.string().max(300), z.string().max(60).nullable()));
export type ValueMapping = z.infer<typeof ValueMapping>;

export const ImportAnalyzeInput = z.object({
  fileName: z.string().trim().min(1).max(260),
  dataBase64: z.string().min(1).max(MAX_BASE64_CHARS, { message: 'import.fileTooLarge' }),
  entity: ImportEntity,
  mapping: ColumnMapping.optional(),
  /** A mapping saved with import:saveMapping, applied by header text. */
  mappingId: z.string().max(64).optional(),
  sheet: z.string().max(100).optional(),
  encoding: ImportEncoding.optional(),
  /** 1-based row of the header when the detection picked the wrong one. */
  headerRow: z.int().min(1).max(1000).optional(),
  /** Runs the analysis as this job (progress events, jobs:cancel); callers without a UI (CLI) leave it out. */
  jobId: JobId.optional(),
  /** The user's value choices; they win over a saved mapping's values and over suggestions. */
  values: ValueMapping.optional(),
  /** "其他列写入备注": columns that map to no field are appended to the record's notes as 「header：value」. */
  keepUnmappedInNotes: z.boolean().default(false),
  /** false: do not look for a saved mapping that fits the headers when no mappingId is given. */
  useSavedMapping: z.boolean().default(true),
});
export type ImportAnalyzeInput = z.input<typeof ImportAnalyzeInput>;

/** A message for the user: an i18n key (e.g. `import.errors.codeAsNumber`, `fieldErrors.uscc.check`) and its values. */
export const ImportMessage = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ImportRowError = ImportMessage.extend({
  /** 1-based row in the sheet or file, as Excel shows it. */
  row: z.int().min(1),
  /** Header text of the column as in the file; null when the row as a whole is wrong. */
  column: z.string().nullable(),
  field: z.string().nullable(),
  /** Stable code: VALIDATION, CODE_AS_NUMBER, FORMULA_WITHOUT_RESULT, NOT_FOUND, CONFLICT … */
  code: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportNote = ImportMessage.extend({ row: z.int().min(1).nullable() });

/**
 * A value that could not be stored as typed but does not stop the row (issue 10): the row
 * imports, the field stays empty (or holds what the value was mapped to), the original text
 * goes into the record's notes, and the import report lists it. Same shape as a row error;
 * `params.value` is the original text. Codes: VALUE_UNMAPPED, VALUE_INVALID, PHONE_INVALID,
 * PHONE_RESTORED, EMAIL_INVALID, USCC_UNVERIFIED, INDUSTRY_MISMATCH, KEPT_IN_NOTES …
 */
export const ImportRowWarning = ImportRowError;
export type ImportRowWarning = ImportRowError;

/** One distinct text of a choice/classification column that is not understood as it stands. */
export const ImportUnknownValue = z.object({
  field: z.string(),
  /** Header of the column as in the file. */
  column: z.string(),
  /** The text as typed (first occurrence). */
  text: z.string(),
  /** The key the mapping uses for it (ValueMapping[field][key]). */
  key: z.string(),
  count: z.int().min(1),
  /** The first rows it occurs in (at most 20). */
  rows: z.array(z.int().min(1)),
  /** Best guess (synonym, classification name, closest match), or null. */
  suggestion: z.string().nullable(),
  /** What the analysis applied: the user's/saved choice, or null (blank + notes). */
  chosen: z.string().nullable(),
  /** Whether a choice was given (by the user or a saved mapping) rather than left open. */
  decided: z.boolean(),
});
export type ImportUnknownValue = z.infer<typeof ImportUnknownValue>;

/** Where a field's allowed values come from, so the wizard can list them next to an invalid one. */
export const ImportChoiceSource = z.union([
  z.object({ kind: z.literal('enum'), enumName: z.string() }),
  z.object({ kind: z.literal('industry') }),
  z.object({ kind: z.literal('region') }),
  z.object({ kind: z.literal('major') }),
]);
export type ImportChoiceSource = z.infer<typeof ImportChoiceSource>;
export type ImportNote = z.infer<typeof ImportNote>;

export const ImportColumn = z.object({
  index: z.int().min(0),
  header: z.string(),
  field: z.string().nullable(),
  /** 1 exact synonym, 0.8 part of a merged header, 0.6 contains a synonym, 1 when chosen by the user. */
  confidence: z.number().min(0).max(1),
});

export const ImportFieldInfo = z.object({
  field: z.string(),
  required: z.boolean(),
  code: z.boolean(),
  /** Set for choice and classification fields (value mapping, allowed values). */
  choices: ImportChoiceSource.nullable().default(null),
});

export const ImportDuplicate = z.object({
  row: z.int().min(1),
  reason: z.enum(['uscc', 'name', 'code', 'key']),
  /** An earlier row of the same file… */
  sameAsRow: z.int().min(1).nullable(),
  /** …or a record already in the database. */
  existingId: z.string().nullable(),
  existingLabel: z.string().nullable(),
  /**
   * For a row repeating an earlier row of the file: fields where both rows have different
   * non-empty values. Merging keeps the earlier value and puts the other in notes.
   */
  conflicts: z.array(z.object({ field: z.string(), kept: z.string(), other: z.string() })).default([]),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportPreviewRow = z.object({
  row: z.int().min(1),
  values: z.record(z.string(), z.string().nullable()),
  status: z.enum(['valid', 'invalid', 'duplicate']),
  /** The row imports but with warnings (values kept in notes, USCC unverified …). */
  warned: z.boolean().default(false),
});

/** The preview sends at most this many rows; errors, notes and duplicates are complete. */
export const IMPORT_PREVIEW_ROW_LIMIT = 500;

export const ImportAnalysis = z.object({
  analysisId: z.string(),
  entity: ImportEntity,
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  encoding: ImportEncoding.nullable(),
  delimiter: z.string().nullable(),
  sheetName: z.string().nullable(),
  sheetNames: z.array(z.string()),
  /** 1-based; two rows when a merged group header sits above it. */
  headerRow: z.int().min(1),
  columns: z.array(ImportColumn),
  fields: z.array(ImportFieldInfo),
  rows: z.array(ImportPreviewRow),
  errors: z.array(ImportRowError),
  /** Title, blank and totals rows skipped, merged cells filled down, required fields without a column. */
  notes: z.array(ImportNote),
  /** Values that do not stop their row (complete list). */
  warnings: z.array(ImportRowWarning),
  /** Distinct values of choice/classification columns not understood as they stand. */
  unknownValues: z.array(ImportUnknownValue),
  /** The value mapping in force (user choices over the saved mapping's). */
  values: ValueMapping,
  /** Rows whose USCC fails its check character: imported marked unverified, or skipped (decisions.usccUnverified). */
  usccUnverifiedRows: z.array(z.int().min(1)),
  /** Headers of columns that map to no field (their values are lost unless kept in notes). */
  unmappedColumns: z.array(z.string()),
  keepUnmappedInNotes: z.boolean(),
  /** The field the records keep notes in; null: this kind of record has none, so unmapped columns cannot be kept. */
  notesField: z.string().nullable().default(null),
  /** A saved mapping applied because its headers fit (or the one asked for), else null. */
  appliedMapping: z.object({ id: z.string(), name: z.string() }).nullable(),
  duplicates: z.array(ImportDuplicate),
  totals: z.object({
    rows: z.int(),
    valid: z.int(),
    invalid: z.int(),
    duplicates: z.int(),
    skipped: z.int(),
    /** Rows that import with at least one warning. */
    warned: z.int().default(0),
  }),
});
export type ImportAnalysis = z.infer<typeof ImportAnalysis>;

export const ImportDecisions = z.object({
  /** For every duplicate without its own decision. */
  duplicates: DuplicateAction.default('skip'),
  rows: z.array(z.object({ row: z.int().min(1), action: DuplicateAction })).max(50_000).default([]),
  /** Rows repeating an earlier row of the same file: merged into it (blanks filled, conflicts to notes) or skipped. */
  fileDuplicates: z.enum(['merge', 'skip']).default('merge'),
  /** A USCC whose check character fails: import it marked unverified (the form's audited override, listed in R17) or skip the row. */
  usccUnverified: z.enum(['import', 'skip']).default('import'),
  usccUnverifiedRows: z.array(z.object({ row: z.int().min(1), action: z.enum(['import', 'skip']) })).max(50_000).default([]),
});
export type ImportDecisions = z.input<typeof ImportDecisions>;

export const ImportCommitInput = z.object({
  analysisId: z.string().min(1).max(64),
  decisions: ImportDecisions.default({ duplicates: 'skip', rows: [], fileDuplicates: 'merge', usccUnverified: 'import', usccUnverifiedRows: [] }),
  mode: z.enum(['all-or-nothing', 'valid-only']),
  jobId: JobId,
  /** Validate and write inside a transaction that is then rolled back (CLI --dry-run). */
  dryRun: z.boolean().default(false),
});
export type ImportCommitInput = z.input<typeof ImportCommitInput>;

export const ImportResult = z.object({
  /** false when nothing was written because a row failed (all-or-nothing). */
  committed: z.boolean(),
  created: z.int().min(0),
  updated: z.int().min(0),
  skipped: z.int().min(0),
  duplicates: z.int().min(0),
  /** Rows of the file merged into an earlier row of the same file. */
  merged: z.int().min(0).default(0),
  errors: z.array(ImportRowError),
  warnings: z.array(ImportRowWarning).default([]),
  batchId: z.string().nullable(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportAnalysisIdInput = z.object({ analysisId: z.string().min(1).max(64) });
export const ImportTemplateInput = z.object({ entity: ImportEntity });

export const SavedImportMapping = z.object({
  id: z.string(),
  entity: ImportEntity,
  name: z.string(),
  /** Header text (normalised) → field; applied by header, so column order may change. */
  columns: z.record(z.string(), z.string().nullable()),
  /** Value choices saved with the columns (reused next time, also for the error report). */
  values: ValueMapping.default({}),
  updatedAt: z.string(),
});
export type SavedImportMapping = z.infer<typeof SavedImportMapping>;

export const ImportMappingsQuery = z.object({ entity: ImportEntity.optional() });
export const ImportSaveMappingInput = z.object({
  entity: ImportEntity,
  name: z.string().trim().min(1).max(100),
  columns: z.record(z.string().max(200), z.string().max(60).nullable()),
  values: ValueMapping.default({}),
});
