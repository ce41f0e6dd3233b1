import type BetterSqlite3 from 'better-sqlite3';
import type { TableCounts } from '@shared/domain/backup';

// The tables that hold the office's data, found by introspection (sqlite_schema) so a table
// added by a future migration is exported, imported and counted without touching this file.
// Left out, on purpose:
// - sqlite_* (SQLite's own), virtual tables and their shadow tables (the FTS index);
// - DERIVED_TABLES: rebuilt by triggers from the data tables on every insert, so importing
//   the data rebuilds them (search_doc's doc_ids depend on insertion order);
// - audit_log is exported (it is the office's history) but not imported: its rows are
//   written by triggers, it is append-only, and importing the data writes its own audit rows.

export const DERIVED_TABLES = ['search_doc'] as const;
export const HISTORY_TABLES = ['audit_log'] as const;

export interface TableInfo {
  name: string;
  columns: { name: string; type: string; pk: number }[];
}

/** User tables minus SQLite's, virtual/shadow tables and derived tables; sorted by name. */
export function dataTables(sqlite: BetterSqlite3.Database, options: { includeHistory?: boolean } = {}): string[] {
  const rows = sqlite
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const virtual = rows.filter((r) => /^\s*CREATE\s+VIRTUAL\s+TABLE/i.test(r.sql ?? '')).map((r) => r.name);
  const excluded = new Set<string>([...DERIVED_TABLES, ...(options.includeHistory ? [] : HISTORY_TABLES)]);
  return rows
    .map((r) => r.name)
    .filter((name) => !virtual.includes(name) && !virtual.some((v) => name.startsWith(`${v}_`)) && !excluded.has(name));
}

export function tableInfo(sqlite: BetterSqlite3.Database, table: string): TableInfo {
  const columns = sqlite.prepare(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`).all(table) as TableInfo['columns'];
  return { name: table, columns };
}

export const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** The tables whose counts are shown before and after a restore (those present in the file). */
export const MAIN_TABLES = [
  'organisation',
  'contact',
  'agreement',
  'interaction',
  'internship_base',
  'order_class',
  'apprenticeship',
  'industry_college',
  'joint_course',
  'funding_txn',
  'contribution',
  'attachment',
] as const;

/** Live rows (not in the trash) per main table present in this database. */
export function recordCounts(sqlite: BetterSqlite3.Database): TableCounts {
  const present = new Set(sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const counts: TableCounts = {};
  for (const table of MAIN_TABLES) {
    if (!present.has(table)) continue;
    const hasDeletedAt = tableInfo(sqlite, table).columns.some((c) => c.name === 'deleted_at');
    const where = hasDeletedAt ? ' WHERE deleted_at IS NULL' : '';
    counts[table] = Number(sqlite.prepare(`SELECT count(*) FROM ${quoteIdent(table)}${where}`).pluck().get());
  }
  return counts;
}
