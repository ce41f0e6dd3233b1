import { type Insertable, type Selectable, sql } from 'kysely';
import { FUNDING_SOURCE_KINDS } from '@shared/domain/enums';
import type { FundingSource } from '@shared/domain/funding';
import type { FundingSourceTable } from '../db/tables/coursesFunding';
import type { Executor } from '../services/context';

type Row = Selectable<FundingSourceTable>;

function fromRow(row: Row): FundingSource {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(source: FundingSource): Insertable<FundingSourceTable> {
  return {
    id: source.id,
    kind: source.kind,
    name: source.name,
    notes: source.notes,
    created_at: source.createdAt,
    updated_at: source.updatedAt,
    deleted_at: source.deletedAt,
  };
}

// Kinds sort in their declared order (财政专项 first, 其他 last), not by code spelling.
const kindRank = sql<number>`case kind ${sql.join(
  FUNDING_SOURCE_KINDS.map((kind, rank) => sql`when ${kind} then ${rank}`),
  sql` `,
)} end`;

/** The whole table (it stays small): live rows, or with `trashed` the trash. */
export async function listFundingSources(db: Executor, options: { trashed: boolean }): Promise<FundingSource[]> {
  const rows = await db
    .selectFrom('funding_source')
    .selectAll()
    .where('deleted_at', options.trashed ? 'is not' : 'is', null)
    .orderBy(kindRank)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}

export async function findFundingSource(db: Executor, id: string): Promise<FundingSource | undefined> {
  const row = await db.selectFrom('funding_source').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertFundingSource(db: Executor, source: FundingSource): Promise<void> {
  await db.insertInto('funding_source').values(toRow(source)).execute();
}

export async function updateFundingSource(db: Executor, source: FundingSource): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(source);
  await db.updateTable('funding_source').set(changes).where('id', '=', id).execute();
}
