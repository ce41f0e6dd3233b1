import type { Insertable, Selectable } from 'kysely';
import type { PlacementStat, PlacementStatFields } from '@shared/domain/placementStat';
import type { PlacementStatTable } from '../db/tables/programmes';
import type { Executor } from '../services/context';

type Row = Selectable<PlacementStatTable> & { partner_name: string; major_name: string; major_code: string };

/** A stored row with its own fields only (names are read, never written). */
export type PlacementStatRecord = Omit<PlacementStat, 'partnerName' | 'majorName' | 'majorCode'>;

function fromRow(row: Row): PlacementStat {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    majorId: row.major_id,
    academicYear: row.academic_year,
    orderTrainees: row.order_trainees,
    interns: row.interns,
    graduatesEmployed: row.graduates_employed,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    partnerName: row.partner_name,
    majorName: row.major_name,
    majorCode: row.major_code,
  };
}

function toRow(stat: PlacementStatRecord): Insertable<PlacementStatTable> {
  return {
    id: stat.id,
    organisation_id: stat.organisationId,
    major_id: stat.majorId,
    academic_year: stat.academicYear,
    order_trainees: stat.orderTrainees,
    interns: stat.interns,
    graduates_employed: stat.graduatesEmployed,
    created_at: stat.createdAt,
    updated_at: stat.updatedAt,
    deleted_at: stat.deletedAt,
  };
}

function withNames(db: Executor) {
  return db
    .selectFrom('placement_stat as p')
    .innerJoin('organisation as o', 'o.id', 'p.organisation_id')
    .innerJoin('major as m', 'm.id', 'p.major_id')
    .selectAll('p')
    .select(['o.full_name as partner_name', 'm.name as major_name', 'm.code as major_code']);
}

export interface PlacementStatFilter {
  organisationId?: string | undefined;
  majorId?: string | undefined;
  academicYear?: number | undefined;
  trashed: boolean;
}

/** Newest 学年 first, then partner and major by name, so a partner's years read top-down. */
export async function listPlacementStats(db: Executor, f: PlacementStatFilter): Promise<PlacementStat[]> {
  let q = withNames(db).where('p.deleted_at', f.trashed ? 'is not' : 'is', null);
  if (f.organisationId) q = q.where('p.organisation_id', '=', f.organisationId);
  if (f.majorId) q = q.where('p.major_id', '=', f.majorId);
  if (f.academicYear !== undefined) q = q.where('p.academic_year', '=', f.academicYear);
  const rows = await q
    .orderBy('p.academic_year', 'desc')
    .orderBy('o.full_name')
    .orderBy('m.code')
    .orderBy('p.id')
    .execute();
  return rows.map(fromRow);
}

export async function findPlacementStat(db: Executor, id: string): Promise<PlacementStat | undefined> {
  const row = await withNames(db).where('p.id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The live row holding this partner × major × 学年, other than `excludeId`. */
export async function findLiveTwin(db: Executor, key: PlacementStatFields, excludeId: string | null): Promise<string | undefined> {
  let q = db
    .selectFrom('placement_stat')
    .select('id')
    .where('organisation_id', '=', key.organisationId)
    .where('major_id', '=', key.majorId)
    .where('academic_year', '=', key.academicYear)
    .where('deleted_at', 'is', null);
  if (excludeId) q = q.where('id', '!=', excludeId);
  return (await q.executeTakeFirst())?.id;
}

export async function insertPlacementStat(db: Executor, stat: PlacementStatRecord): Promise<void> {
  await db.insertInto('placement_stat').values(toRow(stat)).execute();
}

export async function updatePlacementStat(db: Executor, stat: PlacementStatRecord): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(stat);
  await db.updateTable('placement_stat').set(changes).where('id', '=', id).execute();
}

/** Moves a row in or out of the trash; false when it was not in the expected state. */
export async function setPlacementStatTrashed(db: Executor, id: string, trashed: boolean, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('placement_stat')
    .set({ deleted_at: trashed ? nowIso : null, updated_at: nowIso })
    .where('id', '=', id)
    .where('deleted_at', trashed ? 'is' : 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
