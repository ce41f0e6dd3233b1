import { z } from 'zod';
import { JobId } from './jobs';

// Import of spreadsheets and CSV files (issue 6, reliability.md §9). The wizard calls
// import:analyze (read, detect, map, validate, find duplicates; nothing is written), shows
// the preview, lets the user decide per duplicate, then calls import:commit as a job.

export const IMPORT_ENTITIES = ['partners', 'agreements', 'courses', 'fundingTxns', 'baseYearStats', 'placementStats'] as const;
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
export type ImportNote = z.infer<typeof ImportNote>;

export const ImportColumn = z.object({
  index: z.int().min(0),
  header: z.string(),
  field: z.string().nullable(),
  /** 1 exact synonym, 0.8 part of a merged header, 0.6 contains a synonym, 1 when chosen by the user. */
  confidence: z.number().min(0).max(1),
});

export const ImportFieldInfo = z.object({ field: z.string(), required: z.boolean(), code: z.boolean() });

export const ImportDuplicate = z.object({
  row: z.int().min(1),
  reason: z.enum(['uscc', 'name', 'code', 'key']),
  /** An earlier row of the same file… */
  sameAsRow: z.int().min(1).nullable(),
  /** …or a record already in the database. */
  existingId: z.string().nullable(),
  existingLabel: z.string().nullable(),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicate>;

export const ImportPreviewRow = z.object({
  row: z.int().min(1),
  values: z.record(z.string(), z.string().nullable()),
  status: z.enum(['valid', 'invalid', 'duplicate']),
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
  notes: z.array(ImportNote),
  duplicates: z.array(ImportDuplicate),
  totals: z.object({ rows: z.int(), valid: z.int(), invalid: z.int(), duplicates: z.int(), skipped: z.int() }),
});
export type ImportAnalysis = z.infer<typeof ImportAnalysis>;

export const ImportDecisions = z.object({
  /** For every duplicate without its own decision. */
  duplicates: DuplicateAction.default('skip'),
  rows: z.array(z.object({ row: z.int().min(1), action: DuplicateAction })).max(50_000).default([]),
});
export type ImportDecisions = z.input<typeof ImportDecisions>;

export const ImportCommitInput = z.object({
  analysisId: z.string().min(1).max(64),
  decisions: ImportDecisions.default({ duplicates: 'skip', rows: [] }),
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
  errors: z.array(ImportRowError),
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
  updatedAt: z.string(),
});
export type SavedImportMapping = z.infer<typeof SavedImportMapping>;

export const ImportMappingsQuery = z.object({ entity: ImportEntity.optional() });
export const ImportSaveMappingInput = z.object({
  entity: ImportEntity,
  name: z.string().trim().min(1).max(100),
  columns: z.record(z.string().max(200), z.string().max(60).nullable()),
});
