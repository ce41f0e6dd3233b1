import type { ImportDuplicate, ImportEntity, ImportNote, ImportRowError } from '@shared/domain/importing';
import { cellToString, cleanText, moneyUnitOfHeader, readCell } from './cellValue';
import { applyOverride, mapColumns, type MappedColumn } from './columnMapping';
import type { EntityDef, FieldIssue, PrepareContext } from './entities/entityDef';
import type { ImportLimits } from './limits';
import type { RawTable } from './readers/rawTable';
import { detectLayout, fillDownMerges, rowsWithHorizontalMerges } from './tableLayout';
import { DomainError } from '../errors';
import type { JobHandle } from '../jobs/jobRegistry';

/** One data row after reading and validation; `prepared` is what the entity writes. */
export interface AnalysedRow {
  row: number;
  values: Record<string, string | null>;
  prepared: unknown;
  duplicate: ImportDuplicate | null;
  raw: (string | null)[];
}

export interface TableAnalysis {
  headerRow: number;
  headers: string[];
  columns: MappedColumn[];
  rows: AnalysedRow[];
  errors: ImportRowError[];
  notes: ImportNote[];
  duplicates: ImportDuplicate[];
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
  override: { byIndex?: Record<string, string | null>; byHeader?: Record<string, string | null> };
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
  const columns = applyOverride(mapColumns(layout.headers, def.fields), input.override, def.fields);
  const headerOf = new Map(columns.filter((c) => c.field).map((c) => [c.field as string, c.header]));
  for (const f of def.fields) {
    if (f.required && !headerOf.has(f.field)) notes.push(note(null, 'import.notes.requiredUnmapped', { field: f.field }));
  }
  for (const f of fillDownMerges(table, layout.dataStart)) {
    notes.push(note(f.row + 1, 'import.notes.filledDown', { column: layout.headers[f.column] ?? '', count: f.count }));
  }
  const mergedAcross = rowsWithHorizontalMerges(table.merges, layout.dataStart);
  const fieldDefs = new Map(def.fields.map((f) => [f.field, f]));
  const errors: ImportRowError[] = [];
  const rows: AnalysedRow[] = [];
  let skipped = 0;
  const toError = (row: number, issue: FieldIssue): ImportRowError => ({
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
    const values: Record<string, string | null> = {};
    const issues: FieldIssue[] = [];
    if (mergedAcross.has(i)) issues.push({ field: null, code: 'VALIDATION', key: 'import.errors.mergedAcrossColumns', params: {} });
    for (const c of columns) {
      const f = c.field ? fieldDefs.get(c.field) : undefined;
      if (!f) continue;
      const read = readCell(cells[c.index] ?? null, f.kind, {
        date1904: table.date1904,
        maxChars: limits.maxCellChars,
        moneyUnit: moneyUnitOfHeader(c.header),
      });
      if (read.ok) values[f.field] = read.value;
      else {
        values[f.field] = null;
        const code = read.problem === 'codeAsNumber' ? 'CODE_AS_NUMBER' : read.problem === 'formulaWithoutResult' ? 'FORMULA_WITHOUT_RESULT' : 'VALIDATION';
        issues.push({ field: f.field, code, key: `import.errors.${read.problem}`, params: read.params ?? {} });
      }
    }
    let prepared: unknown = null;
    if (issues.length === 0) {
      const result = await def.prepare(values, input.prepareCtx);
      issues.push(...result.issues);
      prepared = result.prepared;
    } else {
      // Still report what the schema says about the other cells, but never write the row.
      const result = await def.prepare(values, input.prepareCtx);
      issues.push(...result.issues.filter((x) => !issues.some((y) => y.field !== null && y.field === x.field)));
    }
    errors.push(...issues.map((x) => toError(rowNo, x)));
    rows.push({ row: rowNo, values, prepared: issues.length === 0 ? prepared : null, duplicate: null, raw: texts.map((t) => t || null) });
  }
  const duplicates = await findDuplicates(rows, def, input.prepareCtx, job);
  return { headerRow: layout.headerIndex + 1, headers: layout.headers, columns, rows, errors, notes, duplicates, skipped };
}

/** In-file duplicates first (an earlier row with the same key), then records in the database. */
async function findDuplicates(rows: AnalysedRow[], def: EntityDef<never>, ctx: PrepareContext, job: JobHandle): Promise<ImportDuplicate[]> {
  const seen = new Map<string, { row: number; uscc: string | null }>();
  const duplicates: ImportDuplicate[] = [];
  for (const [n, r] of rows.entries()) {
    // One database look-up per row: on a big file this takes a while, so Cancel is heard here too.
    if (n % 200 === 0) job.throwIfCancelled();
    if (r.prepared === null) continue;
    const keys = def.duplicateKeys(r.prepared as never);
    const uscc = keys.find((k) => k.reason === 'uscc')?.key ?? null;
    let dup: ImportDuplicate | null = null;
    for (const k of keys) {
      const earlier = seen.get(`${k.reason}:${k.key}`);
      // Two rows with the same name but different USCCs are two organisations.
      if (earlier && !(k.reason === 'name' && uscc && earlier.uscc && uscc !== earlier.uscc)) {
        dup = { row: r.row, reason: k.reason, sameAsRow: earlier.row, existingId: null, existingLabel: null };
        break;
      }
    }
    for (const k of keys) if (!seen.has(`${k.reason}:${k.key}`)) seen.set(`${k.reason}:${k.key}`, { row: r.row, uscc });
    if (!dup) {
      const existing = await def.findExisting(ctx.db, r.prepared as never);
      if (existing) dup = { row: r.row, reason: existing.reason, sameAsRow: null, existingId: existing.id, existingLabel: existing.label };
    }
    if (dup) {
      r.duplicate = dup;
      duplicates.push(dup);
    }
  }
  return duplicates;
}
