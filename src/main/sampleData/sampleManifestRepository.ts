import type BetterSqlite3 from 'better-sqlite3';
import { dataTables, quoteIdent } from '../backup/dataTables';

// SQL for the sample-data manifest (see sampleDataService.ts). Synchronous better-sqlite3,
// so the service can run a whole clear inside one IMMEDIATE transaction. Table and column
// names come from sqlite_schema and pragma_*, never from input.

/** The app_setting key holding the manifest; not a Settings field, so the settings service ignores it. */
export const SAMPLE_MANIFEST_KEY = 'sampleManifest';

/** table → row id → fingerprint of the row as the sample wrote it. */
export type ManifestRows = Record<string, Record<string, string>>;

export interface ForeignKeyRef {
  column: string;
  target: string;
  cascade: boolean;
}

export type Row = Record<string, unknown>;

// Not sample content: the manifest's own home and the append-only history.
const UNTRACKED = new Set(['app_setting', 'audit_log']);

/** Data tables with a TEXT `id` primary key: the rows a seed can create and a clear can remove. */
export function idTables(sqlite: BetterSqlite3.Database): string[] {
  return dataTables(sqlite).filter(
    (table) =>
      !UNTRACKED.has(table) &&
      Number(sqlite.prepare(`select count(*) from pragma_table_info(?) where name = 'id' and pk = 1`).pluck().get(table)) > 0,
  );
}

export function allIds(sqlite: BetterSqlite3.Database, table: string): string[] {
  return sqlite.prepare(`select id from ${quoteIdent(table)}`).pluck().all() as string[];
}

export function rowById(sqlite: BetterSqlite3.Database, table: string, id: string): Row | undefined {
  return sqlite.prepare(`select * from ${quoteIdent(table)} where id = ?`).get(id) as Row | undefined;
}

export function foreignKeysOf(sqlite: BetterSqlite3.Database, table: string): ForeignKeyRef[] {
  const rows = sqlite
    .prepare(`select "from" as col, "table" as target, on_delete from pragma_foreign_key_list(?)`)
    .all(table) as { col: string; target: string; on_delete: string }[];
  return rows.map((r) => ({ column: r.col, target: r.target, cascade: r.on_delete === 'CASCADE' }));
}

export function hasIdColumn(sqlite: BetterSqlite3.Database, table: string): boolean {
  return Number(sqlite.prepare(`select count(*) from pragma_table_info(?) where name = 'id'`).pluck().get(table)) > 0;
}

/** Every row's id (when the table has one) and the given reference columns. */
export function referenceRows(sqlite: BetterSqlite3.Database, table: string, columns: readonly string[], withId: boolean): Row[] {
  const list = [...(withId ? ['id'] : []), ...columns].map(quoteIdent).join(', ');
  return sqlite.prepare(`select ${list} from ${quoteIdent(table)}`).all() as Row[];
}

/** true when deleted; false when a constraint (a RESTRICT reference, a trigger) refused it. */
export function tryDeleteRow(sqlite: BetterSqlite3.Database, table: string, id: string): boolean {
  try {
    sqlite.prepare(`delete from ${quoteIdent(table)} where id = ?`).run(id);
    return true;
  } catch (error) {
    if (error instanceof Error && 'code' in error && String(error.code).startsWith('SQLITE_CONSTRAINT')) return false;
    throw error;
  }
}

/** Reminders are about a record (no foreign key); they go with it. */
export function deleteRemindersOf(sqlite: BetterSqlite3.Database, id: string): void {
  sqlite.prepare(`delete from reminder where entity_id = ?`).run(id);
}

export function readManifest(sqlite: BetterSqlite3.Database): ManifestRows {
  const text = sqlite.prepare(`select value from app_setting where key = ?`).pluck().get(SAMPLE_MANIFEST_KEY) as string | undefined;
  if (text === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    const rows = (parsed as { rows?: unknown }).rows;
    return typeof rows === 'object' && rows !== null ? (rows as ManifestRows) : {};
  } catch {
    return {};
  }
}

export function writeManifest(sqlite: BetterSqlite3.Database, rows: ManifestRows, nowIso: string): void {
  if (Object.values(rows).every((ids) => Object.keys(ids).length === 0)) {
    sqlite.prepare(`delete from app_setting where key = ?`).run(SAMPLE_MANIFEST_KEY);
    return;
  }
  sqlite
    .prepare(
      `insert into app_setting (key, value, updated_at) values (?, ?, ?)
       on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(SAMPLE_MANIFEST_KEY, JSON.stringify({ version: 1, rows }), nowIso);
}
