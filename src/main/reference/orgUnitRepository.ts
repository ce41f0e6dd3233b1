import type { Insertable, Selectable } from 'kysely';
import type { OrgUnit } from '@shared/domain/reference';
import type { OrgUnitTable } from '../db/tables/reference';
import type { Executor } from '../services/context';

type Row = Selectable<OrgUnitTable>;

function fromRow(row: Row): OrgUnit {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    kind: row.kind,
    parentId: row.parent_id,
    head: row.head,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(unit: OrgUnit): Insertable<OrgUnitTable> {
  return {
    id: unit.id,
    name: unit.name,
    code: unit.code,
    kind: unit.kind,
    parent_id: unit.parentId,
    head: unit.head,
    phone: unit.phone,
    created_at: unit.createdAt,
    updated_at: unit.updatedAt,
    deleted_at: unit.deletedAt,
  };
}

export async function listOrgUnits(db: Executor, options: { includeDeleted: boolean }): Promise<OrgUnit[]> {
  let query = db.selectFrom('org_unit').selectAll();
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(fromRow);
}

/** The row whether live or trashed; callers decide what a trashed row means. */
export async function findOrgUnit(db: Executor, id: string): Promise<OrgUnit | undefined> {
  const row = await db.selectFrom('org_unit').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function countLiveChildUnits(db: Executor, parentId: string): Promise<number> {
  const row = await db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', parentId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertOrgUnit(db: Executor, unit: OrgUnit): Promise<void> {
  await db.insertInto('org_unit').values(toRow(unit)).execute();
}

export async function updateOrgUnit(db: Executor, unit: OrgUnit): Promise<void> {
  const { id, created_at: _created, ...changes } = toRow(unit);
  await db.updateTable('org_unit').set(changes).where('id', '=', id).execute();
}
