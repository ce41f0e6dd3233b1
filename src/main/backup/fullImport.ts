import type BetterSqlite3 from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { DomainError } from '../errors';
import { readPragmaNumber } from '../db/openDatabase';
import type { JobHandle } from '../jobs/jobRegistry';
import { dataTables, quoteIdent, tableInfo } from './dataTables';
import { EXPORT_FORMAT, META_SHEET, unescapeText, type CellValue } from './fullExport';

// The inverse of fullExport, into an EMPTY database only (a full export is a whole database,
// not something to merge; merging is the import wizard's job). One transaction: with
// foreign_keys off (set outside the transaction, as SQLite requires) rows go in table by
// table, then foreign_key_check must be empty before COMMIT. Triggers run as for any insert:
// audit rows record the import, and the search index is rebuilt from the data.
// audit_log is not imported (see dataTables.ts): it is history the triggers write.

export interface ImportSummary {
  tables: { table: string; rows: number }[];
}

function invalid(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('VALIDATION', message, { issues: [{ path: ['file'], message: 'backup.notExport' }], details });
}

function plainValue(value: ExcelJS.CellValue, where: string): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return unescapeText(value);
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'object' && 'richText' in value) return unescapeText(value.richText.map((r) => r.text).join(''));
  throw invalid(`unsupported cell at ${where} (formula, date or error value)`, { where });
}

function coerce(value: CellValue, type: string, where: string): CellValue {
  if (value === null) return null;
  const t = type.toUpperCase();
  if (t === 'TEXT') return typeof value === 'number' ? String(value) : value;
  if (t === 'INTEGER' || t === 'REAL') {
    if (typeof value === 'number') return value;
    if (/^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
    throw invalid(`not a number at ${where}`, { where });
  }
  return value;
}

function readMeta(workbook: ExcelJS.Workbook): { schemaVersion: number; sheets: Map<string, string> } {
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta) throw invalid('not a PartnerDesk full export (no _meta sheet)');
  const cell = (row: number, col: number): unknown => meta.getRow(row).getCell(col).value;
  if (cell(1, 2) !== EXPORT_FORMAT) throw invalid('not a PartnerDesk full export (wrong format)');
  const schemaVersion = Number(cell(2, 2));
  const sheets = new Map<string, string>();
  for (let r = 5; r <= meta.rowCount; r += 1) {
    const sheet = cell(r, 1);
    const table = cell(r, 2);
    if (typeof sheet === 'string' && typeof table === 'string') sheets.set(table, sheet);
  }
  return { schemaVersion, sheets };
}

export async function importFullExport(
  sqlite: BetterSqlite3.Database,
  file: string,
  options: { job: JobHandle },
): Promise<ImportSummary> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw invalid(`cannot read the workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const meta = readMeta(workbook);
  const ourVersion = readPragmaNumber(sqlite, 'user_version');
  if (meta.schemaVersion > ourVersion) {
    throw new DomainError('DB_TOO_NEW', `the export is at schema v${meta.schemaVersion}, this database at v${ourVersion}`, {
      details: { databaseVersion: meta.schemaVersion, appVersion: ourVersion },
    });
  }
  if (meta.schemaVersion !== ourVersion) {
    throw invalid(`the export is at schema v${meta.schemaVersion}; restore it into PartnerDesk with schema v${meta.schemaVersion}, or use a backup`);
  }
  const tables = dataTables(sqlite);
  const nonEmpty = tables.filter((t) => sqlite.prepare(`SELECT 1 FROM ${quoteIdent(t)} LIMIT 1`).get() !== undefined);
  if (nonEmpty.length > 0) {
    throw new DomainError('CONFLICT', `a full export only goes into an empty database; not empty: ${nonEmpty.join(', ')}`, {
      details: { tables: nonEmpty },
    });
  }

  // Everything is read and checked before the first write.
  const plan = tables.map((table) => {
    const sheetName = meta.sheets.get(table);
    const sheet = sheetName === undefined ? undefined : workbook.getWorksheet(sheetName);
    if (!sheet) throw invalid(`the export has no sheet for table ${table}`, { table });
    const columns = tableInfo(sqlite, table).columns;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const unknown = header.filter((h) => !columns.some((c) => c.name === h));
    if (unknown.length > 0) throw invalid(`unknown columns in ${table}: ${unknown.join(', ')}`, { table, unknown });
    const types = header.map((h) => columns.find((c) => c.name === h)?.type ?? '');
    const rows: CellValue[][] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      rows.push(header.map((h, i) => coerce(plainValue(row.getCell(i + 1).value, `${sheet.name}!R${r}C${i + 1}`), types[i] ?? '', `${table}.${h} row ${r}`)));
    }
    return { table, header, rows };
  });

  const total = plan.reduce((sum, p) => sum + p.rows.length, 0);
  let done = 0;
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      for (const { table, header, rows } of plan) {
        const insert = sqlite.prepare(
          `INSERT INTO ${quoteIdent(table)} (${header.map(quoteIdent).join(', ')}) VALUES (${header.map(() => '?').join(', ')})`,
        );
        for (const row of rows) {
          insert.run(row);
          done += 1;
          if (done % 500 === 0) options.job.progress('importing', done, total);
        }
      }
      const violations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
      if (violations > 0) throw invalid(`the export has ${violations} broken reference(s)`, { violations });
      sqlite.exec('COMMIT');
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw error;
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
  options.job.progress('done', total, total);
  return { tables: plan.map((p) => ({ table: p.table, rows: p.rows.length })) };
}
