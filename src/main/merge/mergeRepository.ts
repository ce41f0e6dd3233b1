import { sql } from 'kysely';
import type { Executor } from '../services/context';

// SQL of partner merges. Which tables point at a partner is read from the schema itself
// (PRAGMA foreign_key_list over every table), so tables added by later migrations move too.

/** One foreign key column that references organisation(id). */
export interface OrganisationRef {
  table: string;
  column: string;
  /** The table's primary key columns, which identify a moved row for undo. */
  keyColumns: string[];
}

export type RowKey = Record<string, string | number | null>;
export type RowValues = Record<string, unknown>;

// organisation_merge is the merge log itself: its rows must keep naming both partners.
const NOT_MOVED = 'organisation_merge';

export async function organisationRefs(db: Executor): Promise<OrganisationRef[]> {
  const refs = await sql<{ tbl: string; col: string }>`select m.name as tbl, f."from" as col
    from sqlite_schema m join pragma_foreign_key_list(m.name) f
    where m.type = 'table' and f."table" = 'organisation' and m.name <> ${NOT_MOVED}
    order by m.name, f."from"`.execute(db);
  const result: OrganisationRef[] = [];
  for (const { tbl, col } of refs.rows) {
    const keys = await sql<{ name: string }>`select name from pragma_table_info(${tbl}) where pk > 0 order by pk`.execute(db);
    result.push({ table: tbl, column: col, keyColumns: keys.rows.map((k) => k.name) });
  }
  return result;
}

const keyList = (ref: OrganisationRef) => sql.join(ref.keyColumns.map((c) => sql.ref(c)));

export async function countReferencing(db: Executor, ref: OrganisationRef, orgId: string): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from ${sql.table(ref.table)}
    where ${sql.ref(ref.column)} = ${orgId}`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export async function keysReferencing(db: Executor, ref: OrganisationRef, orgId: string): Promise<RowKey[]> {
  const r = await sql<RowKey>`select ${keyList(ref)} from ${sql.table(ref.table)}
    where ${sql.ref(ref.column)} = ${orgId} order by ${keyList(ref)}`.execute(db);
  return r.rows;
}

/**
 * Rows of `from` that would collide with a row of `to` on the primary key once moved: link
 * tables keyed by (owner, organisation_id), e.g. both partners in the same industry college.
 */
export async function collidingLinkRows(db: Executor, ref: OrganisationRef, from: string, to: string): Promise<RowValues[]> {
  const others = ref.keyColumns.filter((c) => c !== ref.column);
  if (!ref.keyColumns.includes(ref.column) || others.length === 0) return [];
  const same = sql.join(
    others.map((c) => sql`t.${sql.ref(c)} is s.${sql.ref(c)}`),
    sql` and `,
  );
  const r = await sql<RowValues>`select s.* from ${sql.table(ref.table)} s
    where s.${sql.ref(ref.column)} = ${from}
      and exists (select 1 from ${sql.table(ref.table)} t where t.${sql.ref(ref.column)} = ${to} and ${same})`.execute(db);
  return r.rows;
}

const keyMatch = (key: RowKey) =>
  sql.join(
    Object.entries(key).map(([c, v]) => sql`${sql.ref(c)} is ${v}`),
    sql` and `,
  );

export async function deleteRow(db: Executor, table: string, key: RowKey): Promise<void> {
  await sql`delete from ${sql.table(table)} where ${keyMatch(key)}`.execute(db);
}

export async function insertRow(db: Executor, table: string, row: RowValues): Promise<void> {
  const columns = Object.keys(row);
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
}

/** Points every row of `ref` from one partner to another; returns how many moved. */
export async function repointAll(db: Executor, ref: OrganisationRef, from: string, to: string): Promise<number> {
  const r = await sql`update ${sql.table(ref.table)} set ${sql.ref(ref.column)} = ${to}
    where ${sql.ref(ref.column)} = ${from}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** Points one row back, only if it still points where the merge put it. */
export async function repointRow(db: Executor, ref: Pick<OrganisationRef, 'table' | 'column'>, key: RowKey, from: string, to: string): Promise<number> {
  const r = await sql`update ${sql.table(ref.table)} set ${sql.ref(ref.column)} = ${to}
    where ${sql.ref(ref.column)} = ${from} and ${keyMatch(key)}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/** The live primary contact of a partner, if any (contact_one_primary allows one). */
export async function livePrimaryContact(db: Executor, orgId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('contact')
    .select('id')
    .where('organisation_id', '=', orgId)
    .where('is_primary', '=', 1)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.id;
}

export async function setPrimaryFlag(db: Executor, contactId: string, primary: boolean, nowIso: string): Promise<void> {
  await db
    .updateTable('contact')
    .set({ is_primary: primary ? 1 : 0, updated_at: nowIso })
    .where('id', '=', contactId)
    .execute();
}

export async function organisationSnapshot(db: Executor, id: string): Promise<RowValues | undefined> {
  const r = await sql<RowValues>`select * from organisation where id = ${id}`.execute(db);
  return r.rows[0];
}

export interface MergeRow {
  id: string;
  survivor_id: string;
  merged_id: string;
  merged_at: string;
  snapshot_json: string;
  merged_name: string;
}

export async function insertMerge(db: Executor, row: Omit<MergeRow, 'merged_name'>): Promise<void> {
  await db.insertInto('organisation_merge').values(row).execute();
}

export async function deleteMerge(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('organisation_merge').where('id', '=', id).execute();
}

const mergeColumns = ['m.id', 'm.survivor_id', 'm.merged_id', 'm.merged_at', 'm.snapshot_json', 'o.full_name as merged_name'] as const;

export async function findMerge(db: Executor, id: string): Promise<MergeRow | undefined> {
  return db
    .selectFrom('organisation_merge as m')
    .innerJoin('organisation as o', 'o.id', 'm.merged_id')
    .select(mergeColumns)
    .where('m.id', '=', id)
    .executeTakeFirst();
}

export async function mergesInto(db: Executor, survivorId: string): Promise<MergeRow[]> {
  return db
    .selectFrom('organisation_merge as m')
    .innerJoin('organisation as o', 'o.id', 'm.merged_id')
    .select(mergeColumns)
    .where('m.survivor_id', '=', survivorId)
    .orderBy('m.merged_at', 'desc')
    .orderBy('m.id', 'desc')
    .execute();
}
