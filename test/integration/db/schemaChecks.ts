import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import type { TestDb } from '../../helpers/testDb';

// Schema introspection shared by the migration tests of 0003–0005.

export async function migrateTo(t: TestDb, version: number): Promise<void> {
  await migrate(t.app, { migrations: MIGRATIONS.slice(0, version), backupDir: path.join(t.dir, 'backups') });
}

export function columnsOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return sqlite.prepare('select name from pragma_table_info(?) order by cid').pluck().all(table) as string[];
}

export function isStrict(sqlite: BetterSqlite3.Database, table: string): boolean {
  const ddl = sqlite.prepare(`select sql from sqlite_schema where type = 'table' and name = ?`).pluck().get(table);
  return typeof ddl === 'string' && /\)\s*STRICT\s*$/.test(ddl);
}

export function triggersOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return sqlite
    .prepare(`select name from sqlite_schema where type = 'trigger' and tbl_name = ? order by name`)
    .pluck()
    .all(table) as string[];
}

export interface ForeignKey {
  from: string;
  table: string;
  onDelete: string;
}

export function foreignKeysOf(sqlite: BetterSqlite3.Database, table: string): ForeignKey[] {
  const rows = sqlite.prepare('select "from", "table", on_delete from pragma_foreign_key_list(?)').all(table) as {
    from: string;
    table: string;
    on_delete: string;
  }[];
  return rows
    .map((r) => ({ from: r.from, table: r.table, onDelete: r.on_delete }))
    .sort((a, b) => a.from.localeCompare(b.from));
}

/** Columns that no index (primary key included) starts with: joins and RESTRICT checks would scan. */
export function unindexedColumns(sqlite: BetterSqlite3.Database, table: string, columns: readonly string[]): string[] {
  const indexes = sqlite.prepare('select name from pragma_index_list(?)').pluck().all(table) as string[];
  const leading = new Set(
    indexes.map((name) => sqlite.prepare('select name from pragma_index_info(?) where seqno = 0').pluck().get(name)),
  );
  return columns.filter((c) => !leading.has(c));
}

/** Keys of the after-image in the newest audit row for a table: must be every column. */
export function lastAuditKeys(sqlite: BetterSqlite3.Database, table: string): string[] {
  const json = sqlite
    .prepare('select after_json from audit_log where table_name = ? order by id desc limit 1')
    .pluck()
    .get(table);
  if (typeof json !== 'string') throw new Error(`no audit row for ${table}`);
  return Object.keys(JSON.parse(json) as Record<string, unknown>);
}

export function auditCount(sqlite: BetterSqlite3.Database, table: string, rowId: string): number {
  return sqlite
    .prepare('select count(*) from audit_log where table_name = ? and row_id = ?')
    .pluck()
    .get(table, rowId) as number;
}

/** Every row of the given tables, to prove a migration left them untouched. */
export function snapshot(sqlite: BetterSqlite3.Database, tables: readonly string[]): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`select * from ${t} order by rowid`).all()]));
}

/**
 * What every migration test asserts of the tables it adds: exactly the documented columns,
 * STRICT, and the three audit triggers. Failures name the table.
 */
export function expectDocumentedAuditedTables(
  sqlite: BetterSqlite3.Database,
  tables: readonly string[],
  expectedColumns: Readonly<Record<string, readonly string[]>>,
): void {
  for (const table of tables) {
    expect(columnsOf(sqlite, table), table).toEqual(expectedColumns[table]);
    expect(isStrict(sqlite, table), table).toBe(true);
    expect(triggersOf(sqlite, table), table).toEqual([`audit_${table}_delete`, `audit_${table}_insert`, `audit_${table}_update`]);
  }
}
