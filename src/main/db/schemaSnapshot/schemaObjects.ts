import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';

// A database's schema as SQLite stores it (sqlite_schema: tables, indexes, triggers, views),
// SQLite's internal objects left out. Databases in the field were built by the shipped
// migrations' exact statements, so a file of version N must have exactly version N's schema.

export interface SchemaObject {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

export function schemaObjects(sqlite: BetterSqlite3.Database): SchemaObject[] {
  return sqlite
    .prepare("select type, name, tbl_name, sql from sqlite_schema where name not like 'sqlite_%' order by type, name")
    .all() as SchemaObject[];
}

/** One hash for the whole schema (the migration fingerprints). */
export function schemaFingerprint(objects: readonly SchemaObject[]): string {
  return createHash('sha256').update(JSON.stringify(objects)).digest('hex');
}

/** `type:name` → a short hash of what the object is, for naming differences. */
export function objectHashes(objects: readonly SchemaObject[]): Record<string, string> {
  return Object.fromEntries(
    objects.map((o) => [`${o.type}:${o.name}`, createHash('sha256').update(JSON.stringify([o.tbl_name, o.sql])).digest('hex').slice(0, 16)]),
  );
}
