import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// 实践基地 (R5 校外, R6 校内): bases with their partner, majors and the yearly figures of
// one 学年 (base_year_stat), plus the equipment enterprises gave to a base.

export interface BaseRecord {
  id: string;
  name: string;
  plaqueName: string | null;
  partnerName: string;
  agreementId: string | null;
  capacity: number | null;
  hasHousing: boolean;
  paysAllowance: boolean;
  fundPerStudentFen: number | null;
  majorIds: string[];
  majorNames: string[];
  stat: BaseStatRecord | null;
}

export interface BaseStatRecord {
  id: string;
  projectCount: number | null;
  projectNames: string | null;
  studentVisits: number | null;
  usageDays: number | null;
  halfYearInterns: number | null;
  supervisorsSent: number | null;
  graduatesEmployed: number | null;
}

interface BaseRow {
  id: string;
  name: string;
  plaque_name: string | null;
  full_name: string;
  agreement_id: string | null;
  capacity: number | null;
  has_housing: number;
  pays_allowance: number;
  fund_per_student_fen: number | null;
  status: 'active' | 'closed';
  stat_id: string | null;
  project_count: number | null;
  project_names: string | null;
  student_visits: number | null;
  usage_days: number | null;
  half_year_interns: number | null;
  supervisors_sent: number | null;
  graduates_employed: number | null;
}

function statFromRow(r: BaseRow): BaseStatRecord | null {
  if (r.stat_id === null) return null;
  return {
    id: r.stat_id,
    projectCount: r.project_count,
    projectNames: r.project_names,
    studentVisits: r.student_visits,
    usageDays: r.usage_days,
    halfYearInterns: r.half_year_interns,
    supervisorsSent: r.supervisors_sent,
    graduatesEmployed: r.graduates_employed,
  };
}

/**
 * Live bases of one kind that have figures for the 学年, or are active and were
 * established by the end of the period (or undated). Optionally one partner's bases only.
 */
export async function loadBases(
  db: Executor,
  kind: 'external' | 'internal_joint',
  w: { to: string; academicYear: number },
  organisationId?: string,
): Promise<BaseRecord[]> {
  const { rows } = await sql<BaseRow>`
    select b.id, b.name, b.plaque_name, o.full_name, b.agreement_id, b.capacity, b.has_housing, b.pays_allowance,
      b.fund_per_student_fen, b.status, s.id as stat_id, s.project_count, s.project_names, s.student_visits, s.usage_days,
      s.half_year_interns, s.supervisors_sent, s.graduates_employed
    from internship_base b
      join organisation o on o.id = b.organisation_id and o.deleted_at is null
      left join base_year_stat s on s.base_id = b.id and s.academic_year = ${w.academicYear}
    where b.deleted_at is null and b.kind = ${kind}
      and (s.id is not null or (b.status = 'active' and (b.established_date is null or b.established_date <= ${w.to})))
      and (${organisationId ?? null} is null or b.organisation_id = ${organisationId ?? null})
    order by b.name, b.id`.execute(db);
  const majors = await sql<{ base_id: string; id: string; name: string }>`
    select bm.base_id, m.id, m.name from internship_base_major bm join major m on m.id = bm.major_id and m.deleted_at is null
    order by m.code, m.name`.execute(db);
  const byBase = new Map<string, { id: string; name: string }[]>();
  for (const m of majors.rows) byBase.set(m.base_id, [...(byBase.get(m.base_id) ?? []), { id: m.id, name: m.name }]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    plaqueName: r.plaque_name,
    partnerName: r.full_name,
    agreementId: r.agreement_id,
    capacity: r.capacity,
    hasHousing: r.has_housing === 1,
    paysAllowance: r.pays_allowance === 1,
    fundPerStudentFen: r.fund_per_student_fen,
    majorIds: (byBase.get(r.id) ?? []).map((m) => m.id),
    majorNames: (byBase.get(r.id) ?? []).map((m) => m.name),
    stat: statFromRow(r),
  }));
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
export function equipmentOfBase(base: BaseRecord, e: EquipmentRecord): boolean {
  if (base.agreementId !== null && e.agreementId === base.agreementId) return true;
  const target = e.target?.trim();
  return target !== undefined && target !== '' && (target === base.name || target === base.plaqueName);
}
