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
    parentMajorId: row.parent_major_id,
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
    parent_major_id: major.parentMajorId,
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

/** The live 专业 holding (code, level), the pair that is unique among live 专业 (directions may share it). */
export async function findLiveMajorByCode(db: Executor, code: string, level: Major['level']): Promise<Major | undefined> {
  const row = await db
    .selectFrom('major')
    .selectAll()
    .where('code', '=', code)
    .where('level', '=', level)
    .where('parent_major_id', 'is', null)
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

/** Live 专业方向 of a 专业. */
export async function countLiveDirections(db: Executor, majorId: string): Promise<number> {
  const row = await db
    .selectFrom('major')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_major_id', '=', majorId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The live direction of `parentId` named `name`, the pair unique among live directions. */
export async function findLiveDirectionByName(db: Executor, parentId: string, name: string): Promise<Major | undefined> {
  const row = await db
    .selectFrom('major')
    .selectAll()
    .where('parent_major_id', '=', parentId)
    .where('name', '=', name)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}
