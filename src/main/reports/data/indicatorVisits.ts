import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// 访企拓岗 (R4): visits (interaction kind 'visit') dated in the period, with the partner
// and the staff member who led the visit.

export interface VisitRecord {
  id: string;
  date: string;
  partnerName: string;
  partnerUscc: string | null;
  staffName: string | null;
  staffOrgUnitId: string | null;
  staffTitle: string | null;
  hostName: string | null;
  hostTitle: string | null;
  outcomeForm: string | null;
  demandMajorCode: string | null;
  demandMajorName: string | null;
  demandMajorLevel: 'secondary' | 'higher_vocational' | 'vocational_bachelor' | null;
  positionsOffered: number | null;
  averageSalaryFen: number | null;
  internMajors: string | null;
  internCount: number | null;
  internPayFen: number | null;
  employMajors: string | null;
  employCount: number | null;
  startingSalaryFen: number | null;
  otherIntents: string | null;
}

interface Row {
  id: string;
  date: string;
  full_name: string;
  uscc: string | null;
  staff_name: string | null;
  staff_org_unit_id: string | null;
  staff_title: string | null;
  host_name: string | null;
  host_title: string | null;
  outcome_form: string | null;
  demand_major_code: string | null;
  demand_major_name: string | null;
  demand_major_level: VisitRecord['demandMajorLevel'];
  positions_offered: number | null;
  average_salary_fen: number | null;
  intern_majors: string | null;
  intern_count: number | null;
  intern_pay_fen: number | null;
  employ_majors: string | null;
  employ_count: number | null;
  starting_salary_fen: number | null;
  other_intents: string | null;
}

const fromRow = (r: Row): VisitRecord => ({
  id: r.id,
  date: r.date,
  partnerName: r.full_name,
  partnerUscc: r.uscc,
  staffName: r.staff_name,
  staffOrgUnitId: r.staff_org_unit_id,
  staffTitle: r.staff_title,
  hostName: r.host_name,
  hostTitle: r.host_title,
  outcomeForm: r.outcome_form,
  demandMajorCode: r.demand_major_code,
  demandMajorName: r.demand_major_name,
  demandMajorLevel: r.demand_major_level,
  positionsOffered: r.positions_offered,
  averageSalaryFen: r.average_salary_fen,
  internMajors: r.intern_majors,
  internCount: r.intern_count,
  internPayFen: r.intern_pay_fen,
  employMajors: r.employ_majors,
  employCount: r.employ_count,
  startingSalaryFen: r.starting_salary_fen,
  otherIntents: r.other_intents,
});

export async function loadVisits(db: Executor, range: { from: string; to: string }): Promise<VisitRecord[]> {
  const { rows } = await sql<Row>`
    select i.id, i.date, o.full_name, o.uscc, s.name as staff_name, s.org_unit_id as staff_org_unit_id, i.staff_title,
      i.host_name, i.host_title, i.outcome_form, i.demand_major_code, i.demand_major_name, i.demand_major_level,
      i.positions_offered, i.average_salary_fen, i.intern_majors, i.intern_count, i.intern_pay_fen, i.employ_majors,
      i.employ_count, i.starting_salary_fen, i.other_intents
    from interaction i
      join organisation o on o.id = i.organisation_id and o.deleted_at is null
      left join staff s on s.id = i.staff_id
    where i.deleted_at is null and i.kind = 'visit' and i.date >= ${range.from} and i.date <= ${range.to}
    order by i.date, i.id`.execute(db);
  return rows.map(fromRow);
}

/** Ids of a unit and of its departments (units are at most two levels deep). */
export async function unitAndChildren(db: Executor, unitId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('org_unit').select('id').where('parent_id', '=', unitId).execute();
  return new Set([unitId, ...rows.map((r) => r.id)]);
}

/** The 专业代码 of a major (R4 filters visits by the demanded major's code); null if unknown. */
export async function majorCodeOf(db: Executor, majorId: string): Promise<string | null> {
  const row = await db.selectFrom('major').select('code').where('id', '=', majorId).executeTakeFirst();
  return row?.code ?? null;
}
