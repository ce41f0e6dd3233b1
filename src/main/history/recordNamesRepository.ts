import { sql } from 'kysely';
import type { Executor } from '../services/context';

// What people call a record, for the history panel: a change of 合作单位 reads "华为 → 比亚迪",
// not two ids. Table names and name expressions come from this constant map, never from input.

const NAME_SQL: Readonly<Record<string, string>> = {
  organisation: 'full_name',
  contact: 'name',
  agreement: 'title',
  org_unit: 'name',
  major: "code || ' ' || name",
  staff: 'name',
  funding_source: 'name',
  document_template: 'name',
  attachment: 'original_name',
};

/** The tables whose records can be named. */
export const NAMED_TABLES: readonly string[] = Object.keys(NAME_SQL);

/** Names of the given rows of `table` (trashed ones included: history outlives the trash). */
export async function recordNames(db: Executor, table: string, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  const expression = NAME_SQL[table];
  if (expression === undefined || ids.length === 0) return [];
  const r = await sql<{ id: string; name: string }>`select id, ${sql.raw(expression)} as name
    from ${sql.table(table)} where id in (${sql.join([...ids])})`.execute(db);
  return r.rows.map((row) => ({ id: row.id, name: String(row.name) }));
}
