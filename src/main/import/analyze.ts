import type { ImportDuplicate, ImportEntity, ImportNote, ImportRowError, ImportRowWarning, ImportUnknownValue, SavedImportMapping, ValueMapping } from '@shared/domain/importing';
import { cellToString, cleanText } from './cellValue';
import { applyOverride, mapColumns, type MappedColumn } from './columnMapping';
import type { EntityDef, FieldDef, FieldIssue, PrepareContext } from './entities/entityDef';
import { findFileDuplicates, mergeInputs } from './fileDuplicates';
import type { ImportLimits } from './limits';
import type { RawTable } from './readers/rawTable';
import { readRowValues } from './rowValues';
import { fitSavedMapping, unmappedColumns } from './savedMappingFit';
import { detectLayout, fillDownMerges, rowsWithHorizontalMerges } from './tableLayout';
import { translate } from './translate';
import { ValueReview } from './valueReview';
import { notesFieldOf, prepareWithWarnings, rejectingFields, zhFieldLabel, type RowInput } from './warnings';
import { DomainError } from '../errors';
import type { JobHandle } from '../jobs/jobRegistry';

/** One data row after reading and validation; `prepared` is what the entity writes. */
export interface AnalysedRow {
  row: number;
  /** As read, for the preview (a phone typed as a number shows the number). */
  values: Record<string, string | null>;
  prepared: unknown;
  duplicate: ImportDuplicate | null;
  raw: (string | null)[];
  /** What prepare was given before emptying. */
  input: RowInput;
  /** The row as it settled (fields that cannot be stored emptied and kept): what repeats are merged with. */
  settled: RowInput;
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
  usccUnverified: boolean;
  /** Later rows of the file merged into this one: written instead of `prepared` when they are merged. */
  merged: MergedRows | null;
}

/** This row with later rows of the file merged into it. */
export interface MergedWrite {
  prepared: unknown;
  /** The repeats merged, in row order. */
  rows: number[];
  warnings: ImportRowWarning[];
  usccUnverified: boolean;
}

export interface MergedRows extends MergedWrite {
  input: RowInput;
  settled: RowInput;
  /**
   * The same merge with only some of `rows` (the others have a decision of their own, e.g.
   * 跳过): null when none of them merges. Runs prepare again: call it outside a transaction.
   */
  remerge(rows: readonly number[]): Promise<MergedWrite | null>;
}

export interface TableAnalysis {
  headerRow: number;
  headers: string[];
  columns: MappedColumn[];
  rows: AnalysedRow[];
  errors: ImportRowError[];
  warnings: ImportRowWarning[];
  notes: ImportNote[];
  duplicates: ImportDuplicate[];
  unknownValues: ImportUnknownValue[];
  values: ValueMapping;
  unmappedColumns: string[];
  appliedMapping: SavedImportMapping | null;
  skipped: number;
}

const TOTALS = /^(合计|总计|小计)/;

function note(row: number | null, key: string, params: Record<string, string | number> = {}): ImportNote {
  return { row, key, params };
}

export async function analyseTable(input: {
  table: RawTable;
  def: EntityDef<never>;
  entity: ImportEntity;
  limits: ImportLimits;
  override: { byIndex?: Record<string, string | null> };
  /** The mapping asked for, else the saved mappings that may fit the headers. */
  saved: { chosen: SavedImportMapping | null; candidates: SavedImportMapping[] };
  values: ValueMapping;
  keepUnmappedInNotes: boolean;
  headerRow?: number;
  prepareCtx: PrepareContext;
  job: JobHandle;
}): Promise<TableAnalysis> {
  const { table, def, limits, job } = input;
  const layout = detectLayout(table, def.fields, input.headerRow);
  if (!layout) {
    throw new DomainError('VALIDATION', 'no header row with known column names found', {
      issues: [{ path: ['file'], message: 'import.noHeader' }],
    });
  }
  const dataRows = table.rows.length - layout.dataStart;
  if (dataRows > limits.maxRows) {
    throw new DomainError('VALIDATION', `too many rows (${dataRows} > ${limits.maxRows})`, {
      issues: [{ path: ['file'], message: 'import.limit.rows' }],
      details: { rows: dataRows, max: limits.maxRows },
    });
  }
  if (layout.headers.length > limits.maxColumns) {
    throw new DomainError('VALIDATION', 'too many columns', { issues: [{ path: ['file'], message: 'import.limit.columns' }] });
  }
  const notes: ImportNote[] = layout.titleRows.map((r) => note(r + 1, 'import.notes.titleRow'));
  const saved = input.saved.chosen ?? fitSavedMapping(input.saved.candidates, layout.headers);
  const override = { ...input.override, ...(saved ? { byHeader: saved.columns } : {}) };
  const columns = applyOverride(mapColumns(layout.headers, def.fields), override, def.fields);
  const headerOf = new Map(columns.filter((c) => c.field).map((c) => [c.field as string, c.header]));
  for (const f of def.fields) {
    if (f.required && !headerOf.has(f.field)) notes.push(note(null, 'import.notes.requiredUnmapped', { field: f.field }));
  }
  for (const f of fillDownMerges(table, layout.dataStart)) {
    notes.push(note(f.row + 1, 'import.notes.filledDown', { column: layout.headers[f.column] ?? '', count: f.count }));
  }
  const mergedAcross = rowsWithHorizontalMerges(table.merges, layout.dataStart);
  const fieldDefs = new Map<string, FieldDef>(def.fields.map((f) => [f.field, f]));
  const rejecting = rejectingFields(def);
  const review = new ValueReview(def.fields, headerOf, input.values, saved?.values ?? {});
  const unmapped = unmappedColumns(columns);
  const rows: AnalysedRow[] = [];
  let skipped = 0;
  const located = (row: number, issue: FieldIssue): ImportRowError => ({
    row,
    column: issue.field ? (headerOf.get(issue.field) ?? null) : null,
    field: issue.field,
    code: issue.code,
    key: issue.key,
    params: issue.params,
  });

  for (let i = layout.dataStart; i < table.rows.length; i++) {
    const cells = table.rows[i] ?? [];
    const rowNo = i + 1;
    const texts = cells.map((c) => cleanText(cellToString(c, table.date1904) ?? ''));
    if (texts.every((t) => t === '') && !cells.some((c) => c?.t === 'f')) {
      // Trailing blank rows of a sheet are not worth a note each; blank rows between data are.
      if (texts.length > 0 || i < table.rows.length - 1) notes.push(note(rowNo, 'import.notes.blankRow'));
      skipped++;
      continue;
    }
    if (texts.some((t) => TOTALS.test(t))) {
      notes.push(note(rowNo, 'import.notes.totalsRow'));
      skipped++;
      continue;
    }
    job.progress('validating', i - layout.dataStart, dataRows);
    if (i % 200 === 0) job.throwIfCancelled();
    const read = readRowValues(cells, columns, { fields: fieldDefs, rejecting, date1904: table.date1904, maxChars: limits.maxCellChars });
    review.apply(rowNo, read, rejecting);
    const extraNotes = input.keepUnmappedInNotes ? unmapped.filter((c) => texts[c.index]).map((c) => `${c.header}：${texts[c.index] ?? ''}`) : [];
    const rowInput: RowInput = { values: read.values, kept: read.kept, extraNotes, display: read.display, typed: read.typed, notices: read.notices };
    const raw = texts.map((t) => t || null);
    // A code typed as a number has lost digits: the error report shows it as Excel does
    // (9.14403051065925e+17), so a re-import of the report refuses it again instead of
    // reading the rounded digits as a plausible code.
    for (const c of columns) {
      const cell = cells[c.index];
      if (cell?.t === 'n' && read.rejects.some((x) => x.code === 'CODE_AS_NUMBER' && x.field === c.field)) raw[c.index] = cell.v.toExponential();
    }
    const r: AnalysedRow = { row: rowNo, values: read.display, prepared: null, duplicate: null, raw, input: rowInput, settled: rowInput, errors: [], warnings: [], usccUnverified: false, merged: null };
    await evaluate(r, read.rejects, mergedAcross.has(i));
    rows.push(r);
  }

  async function evaluate(r: AnalysedRow, rejects: FieldIssue[], acrossColumns: boolean): Promise<void> {
    const prep = await prepareWithWarnings(def, input.prepareCtx, r.input, rejecting);
    const rejected = new Set(rejects.map((x) => x.field));
    const issues = [...(acrossColumns ? [{ field: null, code: 'VALIDATION', key: 'import.errors.mergedAcrossColumns', params: {} }] : []), ...rejects];
    // Still report what the schema says about the other cells, once per field.
    issues.push(...prep.errors.filter((x) => x.field === null || !rejected.has(x.field)));
    r.errors = issues.map((x) => located(r.row, x));
    r.prepared = issues.length === 0 ? prep.prepared : null;
    const notices = r.prepared !== null ? (def.rowNotices?.(r.prepared as never) ?? []) : [];
    r.usccUnverified = notices.some((n) => n.code === 'USCC_UNVERIFIED');
    r.settled = prep.settled;
    // Warnings are listed for rows that import; a refused row shows its errors. A text kept
    // in the notes while a merged repeat filled its field is listed as a conflict instead.
    const kept = prep.kept.filter((k) => !k.noteOnly);
    r.warnings = issues.length > 0 ? [] : [...r.input.notices, ...kept, ...prep.overflow, ...notices].map((x) => located(r.row, x));
  }

  const duplicates = findFileDuplicates(rows, def);
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const notesField = notesFieldOf(def);

  /** Repeat `b` merged into `base` (the earlier row `a` as settled so far); `trial` is null when the result does not import. */
  async function mergeStep(a: AnalysedRow, base: RowInput, b: AnalysedRow) {
    const own = notesField ? b.settled.values[notesField] : null;
    const repeat: RowInput = notesField && own ? { ...b.settled, extraNotes: [own, ...b.settled.extraNotes] } : b.settled;
    const merged = mergeInputs(
      base,
      repeat,
      b.row,
      (field) => zhFieldLabel(input.entity, field),
      (row, items) => translate('zh-CN', 'importReview.notes.mergedConflicts', { row, items }),
      new Set(notesField ? [notesField] : []),
    );
    // Only a row that imports takes a repeat that imports; otherwise each keeps its own errors.
    // Without a notes field a conflicting value would be lost: the repeat waits for a decision.
    if (a.prepared === null || b.prepared === null || (merged.conflicts.length > 0 && !notesField)) return { merged, trial: null };
    const trial: AnalysedRow = { ...a, input: merged.input, merged: null };
    await evaluate(trial, [], false);
    return { merged, trial: trial.prepared !== null ? trial : null };
  }

  /** Merges `repeats` (row numbers, in order) into `a`; a repeat whose merge does not import is left out. */
  async function mergeRows(a: AnalysedRow, repeats: readonly number[]): Promise<MergedRows | null> {
    let out = null as MergedRows | null;
    for (const n of repeats) {
      const b = byRow.get(n);
      if (!b) continue;
      const { merged, trial } = await mergeStep(a, out?.settled ?? a.settled, b);
      if (!trial) continue;
      out = {
        prepared: trial.prepared,
        rows: [...(out?.rows ?? []), b.row],
        warnings: trial.warnings,
        input: merged.input,
        settled: trial.settled,
        usccUnverified: trial.usccUnverified,
        remerge: async (rows) => mergeRows(a, rows),
      };
    }
    return out;
  }

  for (const [n, dup] of duplicates.entries()) {
    if (n % 200 === 0) job.throwIfCancelled();
    const a = dup.sameAsRow !== null ? byRow.get(dup.sameAsRow) : undefined;
    const b = byRow.get(dup.row);
    if (!a || !b) continue;
    const { merged, trial } = await mergeStep(a, a.merged?.settled ?? a.settled, b);
    dup.conflicts = merged.conflicts;
    if (!trial) continue;
    a.merged = {
      prepared: trial.prepared,
      rows: [...(a.merged?.rows ?? []), b.row],
      warnings: trial.warnings,
      input: merged.input,
      settled: trial.settled,
      usccUnverified: trial.usccUnverified,
      remerge: async (rows) => mergeRows(a, rows),
    };
  }
  for (const [n, r] of rows.entries()) {
    // One database look-up per row: on a big file this takes a while, so Cancel is heard here too.
    if (n % 200 === 0) job.throwIfCancelled();
    if (r.prepared === null || r.duplicate) continue;
    const existing = await def.findExisting(input.prepareCtx.db, r.prepared as never);
    if (existing) {
      r.duplicate = { row: r.row, reason: existing.reason, sameAsRow: null, existingId: existing.id, existingLabel: existing.label, conflicts: [] };
      duplicates.push(r.duplicate);
    }
  }
  duplicates.sort((a, b) => a.row - b.row);
  return {
    headerRow: layout.headerIndex + 1,
    headers: layout.headers,
    columns,
    rows,
    errors: rows.flatMap((r) => r.errors),
    warnings: rows.flatMap((r) => r.warnings),
    notes,
    duplicates,
    unknownValues: review.unknownValues(),
    values: review.effective(),
    unmappedColumns: unmapped.map((c) => c.header),
    appliedMapping: saved,
    skipped,
  };
}
