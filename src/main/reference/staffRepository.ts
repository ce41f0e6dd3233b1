import type { Insertable, Selectable } from 'kysely';
import type { Staff } from '@shared/domain/reference';
import type { StaffTable } from '../db/tables/reference';
import type { Executor } from '../services/context';

type Row = Selectable<StaffTable>;

function fromRow(row: Row): Staff {
  return {
    id: row.id,
    name: row.name,
    staffNo: row.staff_no,
    orgUnitId: row.org_unit_id,
    title: row.title,
    phone: row.phone,
    email: row.email,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(staff: Staff): Insertable<StaffTable> {
  return {
    id: staff.id,
    name: staff.name,
    staff_no: staff.staffNo,
    org_unit_id: staff.orgUnitId,
    title: staff.title,
    phone: staff.phone,
    email: staff.email,
    created_at: staff.createdAt,
    updated_at: staff.updatedAt,
    deleted_at: staff.deletedAt,
  };
}

export async function listStaff(db: Executor, options: { includeDeleted: boolean }): Promise<Staff[]> {
  let query = db.selectFrom('staff').selectAll();
  if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map(fromRow);
}

export async function findStaff(db: Executor, id: string): Promise<Staff | undefined> {
  const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertStaff(db: Executor, staff: Staff): Promise<void> {
  await db.insertInto('staff').values(toRow(staff)).execute();
}

export async function updateStaff(db: Executor, staff: Staff): Promise<void> {
  const { id, created_at: _created, ...changes } = toRow(staff);
  await db.updateTable('staff').set(changes).where('id', '=', id).execute();
}
