import { sql } from 'kysely';
import type { INTERNSHIP_BASE_KINDS } from '@shared/domain/enums';
import type { Executor } from '../../services/context';

// 实践基地 (R5 校外, R6 校内, R8): bases with their partner, majors and the yearly figures of
// one 学年 (base_year_stat), plus the equipment enterprises gave to a base.

export type BaseKind = (typeof INTERNSHIP_BASE_KINDS)[number];
/** 校内实践基地: the college's own (no partner) and those built with an enterprise (migration 0016). */
export const ON_CAMPUS_BASE_KINDS: readonly BaseKind[] = ['internal', 'internal_joint'];

export interface BaseRecord {
  id: string;
  name: string;
  kind: BaseKind;
  plaqueName: string | null;
  /** Null for a base the college runs alone (kind internal). */
  partnerName: string | null;
  /** The host's 在岗职工总数 (organisation.employee_count). */
  partnerEmployeeCount: number | null;
  agreementId: string | null;
  capacity: number | null;
  hasHousing: boolean;
  paysAllowance: boolean;
  fundPerStudentFen: number | null;
  establishedDate: string | null;
  approvalDate: string | null;
  supportingDepartment: string | null;
  majorIds: string[];
  majorCodes: string[];
  majorNames: string[];
  stat: BaseStatRecord | null;
}

/** The base's row of the 学年; every figure null when not entered. */
export interface BaseStatRecord {
  id: string;
  projectCount: number | null;
  projectNames: string | null;
  studentVisits: number | null;
  usageDays: number | null;
  halfYearInterns: number | null;
  supervisorsSent: number | null;
  graduatesEmployed: number | null;
  equipmentTotalFen: number | null;
  equipmentNewFen: number | null;
  equipmentCount: number | null;
  largeEquipmentCount: number | null;
  buildingAreaM2: number | null;
  internalPersonHours: number | null;
  socialPersonHours: number | null;
  selfDevelopedEquipmentFen: number | null;
  consumablesFen: number | null;
  maintenanceFen: number | null;
  fullTimeManagers: number | null;
  partTimeManagers: number | null;
}

/** base_year_stat column of each BaseStatRecord figure, selected as `s_<column>`. */
const STAT_COLUMNS = {
  projectCount: 'project_count',
  projectNames: 'project_names',
  studentVisits: 'student_visits',
  usageDays: 'usage_days',
  halfYearInterns: 'half_year_interns',
  supervisorsSent: 'supervisors_sent',
  graduatesEmployed: 'graduates_employed',
  equipmentTotalFen: 'equipment_total_fen',
  equipmentNewFen: 'equipment_new_fen',
  equipmentCount: 'equipment_count',
  largeEquipmentCount: 'large_equipment_count',
  buildingAreaM2: 'building_area_m2',
  internalPersonHours: 'internal_person_hours',
  socialPersonHours: 'social_person_hours',
  selfDevelopedEquipmentFen: 'self_developed_equipment_fen',
  consumablesFen: 'consumables_fen',
  maintenanceFen: 'maintenance_fen',
  fullTimeManagers: 'full_time_managers',
  partTimeManagers: 'part_time_managers',
} as const satisfies Record<Exclude<keyof BaseStatRecord, 'id'>, string>;

interface BaseRow {
  id: string;
  name: string;
  kind: BaseKind;
  plaque_name: string | null;
  full_name: string | null;
  employee_count: number | null;
  agreement_id: string | null;
  capacity: number | null;
  has_housing: number;
  pays_allowance: number;
  fund_per_student_fen: number | null;
  established_date: string | null;
  approval_date: string | null;
  supporting_department: string | null;
  stat_id: string | null;
  [statColumn: `s_${string}`]: number | string | null;
}

function statFromRow(r: BaseRow): BaseStatRecord | null {
  if (r.stat_id === null) return null;
  const figures = Object.fromEntries(Object.entries(STAT_COLUMNS).map(([key, column]) => [key, r[`s_${column}`] ?? null]));
  return { id: r.stat_id, ...(figures as Omit<BaseStatRecord, 'id'>) };
}

/**
 * Live bases of the given kinds that have figures for the 学年, or are active and were
 * established by the end of the period (or undated). A base with a partner needs the partner
 * out of the trash. Optionally one partner's bases only.
 */
export async function loadBases(
  db: Executor,
  kinds: BaseKind | readonly BaseKind[],
  w: { to: string; academicYear: number },
  organisationId?: string,
): Promise<BaseRecord[]> {
  const kindList = typeof kinds === 'string' ? [kinds] : [...kinds];
  const statSelect = sql.raw(Object.values(STAT_COLUMNS).map((c) => `s.${c} as s_${c}`).join(', '));
  const { rows } = await sql<BaseRow>`
    select b.id, b.name, b.kind, b.plaque_name, o.full_name, o.employee_count, b.agreement_id, b.capacity, b.has_housing,
      b.pays_allowance, b.fund_per_student_fen, b.established_date, b.approval_date, b.supporting_department,
      s.id as stat_id, ${statSelect}
    from internship_base b
      left join organisation o on o.id = b.organisation_id and o.deleted_at is null
      left join base_year_stat s on s.base_id = b.id and s.academic_year = ${w.academicYear}
    where b.deleted_at is null and b.kind in (${sql.join(kindList)})
      and (b.organisation_id is null or o.id is not null)
      and (s.id is not null or (b.status = 'active' and (b.established_date is null or b.established_date <= ${w.to})))
      and (${organisationId ?? null} is null or b.organisation_id = ${organisationId ?? null})
    order by b.name, b.id`.execute(db);
  const majors = await sql<{ base_id: string; id: string; code: string; name: string }>`
    select bm.base_id, m.id, m.code, m.name from internship_base_major bm join major m on m.id = bm.major_id and m.deleted_at is null
    order by m.code, m.name`.execute(db);
  const byBase = new Map<string, { id: string; code: string; name: string }[]>();
  for (const m of majors.rows) byBase.set(m.base_id, [...(byBase.get(m.base_id) ?? []), m]);
  return rows.map((r) => {
    const baseMajors = byBase.get(r.id) ?? [];
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      plaqueName: r.plaque_name,
      partnerName: r.full_name,
      partnerEmployeeCount: r.employee_count,
      agreementId: r.agreement_id,
      capacity: r.capacity,
      hasHousing: r.has_housing === 1,
      paysAllowance: r.pays_allowance === 1,
      fundPerStudentFen: r.fund_per_student_fen,
      establishedDate: r.established_date,
      approvalDate: r.approval_date,
      supportingDepartment: r.supporting_department,
      majorIds: baseMajors.map((m) => m.id),
      majorCodes: baseMajors.map((m) => m.code),
      majorNames: baseMajors.map((m) => m.name),
      stat: statFromRow(r),
    };
  });
}

export interface EquipmentRecord {
  id: string;
  kind: 'donated_equipment' | 'quasi_donated_equipment';
  valueFen: number;
  date: string;
  items: string | null;
  agreementId: string | null;
  target: string | null;
}

/** (Quasi-)donated equipment dated in the period. */
export async function loadEquipment(db: Executor, range: { from: string; to: string }): Promise<EquipmentRecord[]> {
  const { rows } = await sql<{
    id: string;
    kind: EquipmentRecord['kind'];
    value_fen: number;
    date: string;
    items: string | null;
    agreement_id: string | null;
    target: string | null;
  }>`
    select c.id, c.kind, c.value_fen, c.date, c.items, c.agreement_id, c.target
    from contribution c join organisation o on o.id = c.organisation_id and o.deleted_at is null
    where c.deleted_at is null and c.kind in ('donated_equipment', 'quasi_donated_equipment') and c.value_fen is not null
      and c.date >= ${range.from} and c.date <= ${range.to}
    order by c.date, c.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    valueFen: r.value_fen,
    date: r.date,
    items: r.items,
    agreementId: r.agreement_id,
    target: r.target,
  }));
}

/**
 * Whether a contribution went to a base: the schema has no base column, so a contribution
 * belongs to a base when it was made under the base's agreement, or its 去向 (target)
 * names the base or its plaque.
 */
export function equipmentOfBase(base: Pick<BaseRecord, 'agreementId' | 'name' | 'plaqueName'>, e: EquipmentRecord): boolean {
  if (base.agreementId !== null && e.agreementId === base.agreementId) return true;
  const target = e.target?.trim();
  return target !== undefined && target !== '' && (target === base.name || target === base.plaqueName);
}
