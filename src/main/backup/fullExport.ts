import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors';
import { readPragmaNumber } from '../db/openDatabase';
import type { JobHandle } from '../jobs/jobRegistry';
import { dataTables, quoteIdent, tableInfo } from './dataTables';

// Everything in ONE workbook: a `_meta` sheet (format, schema version, sheet ↔ table), then
// a sheet per data table with every column under its SQL name and every row, trashed rows
// included with their deleted_at. Values are written as they are stored: money as integer
// 分, codes and ids as text. Text is made safe and lossless at once (reliability.md §10):
// a text starting with = + - @ tab CR LF NUL, with ' itself, or an empty text gets one
// leading ' ; fullImport strips exactly one, so the round trip gives back the same value,
// and '' stays distinct from NULL (an absent cell).

export const EXPORT_FORMAT = 'partnerdesk-full-export';
export const META_SHEET = '_meta';
const MAX_SHEET_NAME = 31;

export type CellValue = string | number | null;

export function escapeText(value: string): string {
  return value === '' || /^[=+\-@\t\r\n\0']/.test(value) ? `'${value}` : value;
}

export function unescapeText(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

function cellOf(value: unknown, table: string, column: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return escapeText(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  throw new DomainError('INTERNAL', `cannot export a ${typeof value} value in ${table}.${column}`);
}

/** Sheet names are table names; a name over Excel's 31 characters gets a numbered short form. */
export function sheetNameFor(table: string, index: number): string {
  return table.length <= MAX_SHEET_NAME ? table : `${table.slice(0, MAX_SHEET_NAME - 5)}~${String(index).padStart(3, '0')}`;
}

export interface ExportSummary {
  file: string;
  tables: { table: string; sheet: string; rows: number }[];
}

/**
 * Writes the workbook to a temp file beside `file`, then renames it, so a failed or cancelled
 * export never leaves half a file under the user's name. All rows are read without yielding,
 * so the workbook is one consistent snapshot (no write can interleave on the connection).
 */
export async function writeFullExport(
  sqlite: BetterSqlite3.Database,
  file: string,
  options: { now: Date; job: JobHandle },
): Promise<ExportSummary> {
  const tables = [...dataTables(sqlite), 'audit_log'].filter((t, i, all) => all.indexOf(t) === i);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: false, useStyles: false });
  const summary: ExportSummary = { file, tables: [] };
  try {
    const meta = workbook.addWorksheet(META_SHEET);
    const sheets: ExcelJS.Worksheet[] = [];
    tables.forEach((table, index) => {
      const sheet = workbook.addWorksheet(sheetNameFor(table, index));
      sheets.push(sheet);
      const columns = tableInfo(sqlite, table).columns.map((c) => c.name);
      sheet.addRow(columns).commit();
      const order = tableInfo(sqlite, table).columns.some((c) => c.pk > 0) ? 'ORDER BY rowid' : '';
      let rows = 0;
      for (const row of sqlite.prepare(`SELECT * FROM ${quoteIdent(table)} ${order}`).raw().iterate() as Iterable<unknown[]>) {
        sheet.addRow(row.map((v, i) => cellOf(v, table, columns[i] ?? ''))).commit();
        rows += 1;
      }
      summary.tables.push({ table, sheet: sheet.name, rows });
      options.job.progress('writing', index + 1, tables.length);
    });
    meta.addRow(['format', EXPORT_FORMAT]).commit();
    meta.addRow(['schemaVersion', readPragmaNumber(sqlite, 'user_version')]).commit();
    meta.addRow(['exportedAt', options.now.toISOString()]).commit();
    meta.addRow(['sheet', 'table', 'rows']).commit();
    for (const t of summary.tables) meta.addRow([t.sheet, t.table, t.rows]).commit();
    await meta.commit();
    for (const sheet of sheets) await sheet.commit();
    await workbook.commit();
    options.job.throwIfCancelled();
    fs.renameSync(tmp, file);
    return summary;
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    if ((error as { code?: unknown }).code === 'ENOSPC') {
      throw new DomainError('DISK_FULL', 'Disk full while writing the export', { cause: error });
    }
    throw error;
  }
}
