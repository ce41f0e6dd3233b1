import { sql } from 'kysely';
import { PROGRAMME_TYPES } from '@shared/domain/enums';
import type { RowReference } from '@shared/domain/system';
import type { Executor } from '../services/context';

// Who still points at a row, read from the schema's own foreign keys rather than a
// hand-kept list, so tables added by later migrations (programmes, …) are covered
// without touching this file. Table and column names come from sqlite_schema and
// pragma_foreign_key_list, never from input. The one polymorphic reference (a funding
// transaction's programme) has no foreign key and is counted by hand below.

interface ForeignKey {
  table: string;
  column: string;
  target: string;
  onDelete: string;
}

async function tableNames(db: Executor): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from sqlite_schema
    where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
  return r.rows.map((row) => row.name);
}

async function foreignKeysOf(db: Executor, table: string): Promise<ForeignKey[]> {
  const r = await sql<{ column_name: string; target: string; on_delete: string }>`select "from" as column_name,
    "table" as target, on_delete from pragma_foreign_key_list(${table})`.execute(db);
  return r.rows.map((row) => ({ table, column: row.column_name, target: row.target, onDelete: row.on_delete }));
}

async function hasDeletedAt(db: Executor, table: string): Promise<boolean> {
  const r = await sql<{ n: number }>`select count(*) as n from pragma_table_info(${table})
    where name = 'deleted_at'`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

/** Live and trashed counts of rows in `fk.table` whose `fk.column` is `id`. */
async function countReferencing(db: Executor, fk: ForeignKey, id: string, owner: ForeignKey | undefined): Promise<RowReference> {
  const from = sql.table(fk.table);
  const column = sql.ref(`${fk.table}.${fk.column}`);
  let query;
  if (await hasDeletedAt(db, fk.table)) {
    query = sql<{ live: number; trashed: number }>`select
      coalesce(sum(case when deleted_at is null then 1 else 0 end), 0) as live,
      coalesce(sum(case when deleted_at is not null then 1 else 0 end), 0) as trashed
      from ${from} where ${column} = ${id}`;
  } else if (owner && (await hasDeletedAt(db, owner.target))) {
    // A link row (agreement_major, …) is as live as the record that owns it.
    const ownerTable = sql.table(owner.target);
    query = sql<{ live: number; trashed: number }>`select
      coalesce(sum(case when o.deleted_at is null then 1 else 0 end), 0) as live,
      coalesce(sum(case when o.deleted_at is not null then 1 else 0 end), 0) as trashed
      from ${from} join ${ownerTable} as o on o.id = ${sql.ref(`${fk.table}.${owner.column}`)}
      where ${column} = ${id}`;
  } else {
    query = sql<{ live: number; trashed: number }>`select count(*) as live, 0 as trashed from ${from} where ${column} = ${id}`;
  }
  const row = (await query.execute(db)).rows[0];
  return { table: fk.table, column: fk.column, live: Number(row?.live ?? 0), trashed: Number(row?.trashed ?? 0) };
}

/**
 * Rows of other records that reference `targetTable.id = id` through a RESTRICT foreign key,
 * grouped by (table, column), only those with at least one row. CASCADE references are the
 * record's own parts (parties, obligations, yearly figures) and go with it, so they are left out.
 */
export async function listRowReferences(db: Executor, targetTable: string, id: string): Promise<RowReference[]> {
  const found: RowReference[] = [];
  for (const table of await tableNames(db)) {
    const keys = await foreignKeysOf(db, table);
    const owner = keys.find((k) => k.onDelete === 'CASCADE');
    for (const fk of keys) {
      if (fk.target !== targetTable || fk.onDelete === 'CASCADE') continue;
      const counted = await countReferencing(db, fk, id, owner);
      if (counted.live + counted.trashed > 0) found.push(counted);
    }
  }
  const funding = await countFundingTxnsOfProgramme(db, targetTable, id);
  if (funding) found.push(funding);
  return found;
}

/**
 * The one reference without a foreign key: a funding transaction names its programme by
 * (programme_type, programme_id), programme_type being the programme's table name
 * (migration 0004). Purging the programme would leave the transaction pointing at nothing.
 */
async function countFundingTxnsOfProgramme(db: Executor, targetTable: string, id: string): Promise<RowReference | null> {
  const programmeType = PROGRAMME_TYPES.find((type) => type === targetTable);
  if (!programmeType) return null;
  const row = await db
    .selectFrom('funding_txn')
    .select([
      sql<number>`coalesce(sum(case when deleted_at is null then 1 else 0 end), 0)`.as('live'),
      sql<number>`coalesce(sum(case when deleted_at is not null then 1 else 0 end), 0)`.as('trashed'),
    ])
    .where('programme_type', '=', programmeType)
    .where('programme_id', '=', id)
    .executeTakeFirstOrThrow();
  const live = Number(row.live);
  const trashed = Number(row.trashed);
  return live + trashed > 0 ? { table: 'funding_txn', column: 'programme_id', live, trashed } : null;
}

/** Attachments filed under a record (polymorphic, no foreign key); their files must go first. */
export async function countAttachmentsOf(db: Executor, entityTypes: readonly string[], id: string): Promise<number> {
  const row = await db
    .selectFrom('attachment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity_type', 'in', entityTypes)
    .where('entity_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Reminders about a record only make sense while it exists. */
export async function deleteRemindersOf(db: Executor, entityTypes: readonly string[], id: string): Promise<void> {
  await db.deleteFrom('reminder').where('entity_type', 'in', entityTypes).where('entity_id', '=', id).execute();
}

/** Hard-deletes a trashed row; false when there is no such row in the trash. */
export async function deleteTrashedRow(db: Executor, table: string, id: string): Promise<boolean> {
  const r = await sql`delete from ${sql.table(table)} where id = ${id} and deleted_at is not null`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/**
 * Copies the WAL into the database file and truncates it, so with secure_delete the
 * purged bytes survive in neither file. Must run outside any transaction.
 */
export async function checkpointTruncate(db: Executor): Promise<{ busy: number; log: number; checkpointed: number }> {
  const r = await sql<{ busy: number; log: number; checkpointed: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  const row = r.rows[0];
  return { busy: Number(row?.busy ?? 0), log: Number(row?.log ?? 0), checkpointed: Number(row?.checkpointed ?? 0) };
}
