import type { Insertable, Selectable } from 'kysely';
import type { Major } from '@shared/domain/reference';
import type { MajorTable } from '../db/tables/reference';
import type { Executor } from '../services/context';

type Row = Selectable<MajorTable>;

function fromRow(row: Row): Major {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    level: row.level,
    orgUnitId: row.org_unit_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(major: Major): Insertable<MajorTable> {
  return {
    id: major.id,
    code: major.code,
    name: major.name,
    level: major.level,
    org_unit_id: major.orgUnitId,
    created_at: major.createdAt,
    updated_at: major.updatedAt,
    deleted_at: major.deletedAt,
  };
}

export async function listMajors(db: Executor, options: { includeDeleted: boolean }): Promise<Major[]> {
  let query = db.selectFrom('major').selectAll();
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('code').orderBy('level').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findMajor(db: Executor, id: string): Promise<Major | undefined> {
  const row = await db.selectFrom('major').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The live major holding (code, level), the pair that is unique among live rows. */
export async function findLiveMajorByCode(db: Executor, code: string, level: Major['level']): Promise<Major | undefined> {
  const row = await db
    .selectFrom('major')
    .selectAll()
    .where('code', '=', code)
    .where('level', '=', level)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertMajor(db: Executor, major: Major): Promise<void> {
  await db.insertInto('major').values(toRow(major)).execute();
}

export async function updateMajor(db: Executor, major: Major): Promise<void> {
  const { id, created_at: _created, ...changes } = toRow(major);
  await db.updateTable('major').set(changes).where('id', '=', id).execute();
}
