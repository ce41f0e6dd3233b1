import type { Insertable, Selectable } from 'kysely';
import type { BaseYearStat } from '@shared/domain/programmes';
import type { BaseYearStatTable } from '../db/tables/programmes';
import type { Executor } from '../services/context';

type Row = Selectable<BaseYearStatTable>;

function fromRow(row: Row): BaseYearStat {
  return {
    id: row.id,
    baseId: row.base_id,
    academicYear: row.academic_year,
    projectCount: row.project_count,
    projectNames: row.project_names,
    studentVisits: row.student_visits,
    usageDays: row.usage_days,
    halfYearInterns: row.half_year_interns,
    supervisorsSent: row.supervisors_sent,
    graduatesEmployed: row.graduates_employed,
    equipmentTotalFen: row.equipment_total_fen,
    equipmentNewFen: row.equipment_new_fen,
    equipmentCount: row.equipment_count,
    largeEquipmentCount: row.large_equipment_count,
    buildingAreaM2: row.building_area_m2,
    internalPersonHours: row.internal_person_hours,
    socialPersonHours: row.social_person_hours,
    selfDevelopedEquipmentFen: row.self_developed_equipment_fen,
    consumablesFen: row.consumables_fen,
    maintenanceFen: row.maintenance_fen,
    fullTimeManagers: row.full_time_managers,
    partTimeManagers: row.part_time_managers,
  };
}

function toRow(stat: BaseYearStat): Insertable<BaseYearStatTable> {
  return {
    id: stat.id,
    base_id: stat.baseId,
    academic_year: stat.academicYear,
    project_count: stat.projectCount,
    project_names: stat.projectNames,
    student_visits: stat.studentVisits,
    usage_days: stat.usageDays,
    half_year_interns: stat.halfYearInterns,
    supervisors_sent: stat.supervisorsSent,
    graduates_employed: stat.graduatesEmployed,
    equipment_total_fen: stat.equipmentTotalFen,
    equipment_new_fen: stat.equipmentNewFen,
    equipment_count: stat.equipmentCount,
    large_equipment_count: stat.largeEquipmentCount,
    building_area_m2: stat.buildingAreaM2,
    internal_person_hours: stat.internalPersonHours,
    social_person_hours: stat.socialPersonHours,
    self_developed_equipment_fen: stat.selfDevelopedEquipmentFen,
    consumables_fen: stat.consumablesFen,
    maintenance_fen: stat.maintenanceFen,
    full_time_managers: stat.fullTimeManagers,
    part_time_managers: stat.partTimeManagers,
  };
}

/** A base's figures, newest 学年 first. */
export async function listBaseYearStats(db: Executor, baseId: string): Promise<BaseYearStat[]> {
  const rows = await db
    .selectFrom('base_year_stat')
    .selectAll()
    .where('base_id', '=', baseId)
    .orderBy('academic_year', 'desc')
    .execute();
  return rows.map(fromRow);
}

export async function findBaseYearStat(db: Executor, baseId: string, academicYear: number): Promise<BaseYearStat | undefined> {
  const row = await db
    .selectFrom('base_year_stat')
    .selectAll()
    .where('base_id', '=', baseId)
    .where('academic_year', '=', academicYear)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertBaseYearStat(db: Executor, stat: BaseYearStat): Promise<void> {
  await db.insertInto('base_year_stat').values(toRow(stat)).execute();
}

export async function updateBaseYearStat(db: Executor, stat: BaseYearStat): Promise<void> {
  const { id, base_id: _base, academic_year: _year, ...changes } = toRow(stat);
  await db.updateTable('base_year_stat').set(changes).where('id', '=', id).execute();
}

/** Removes one 学年's figures (audited by the delete trigger). False when there was none. */
export async function deleteBaseYearStat(db: Executor, id: string): Promise<boolean> {
  const result = await db.deleteFrom('base_year_stat').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** True when the base exists and is out of the trash. */
export async function isLiveBase(db: Executor, baseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('internship_base')
    .select('id')
    .where('id', '=', baseId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
