import { sql } from 'kysely';
import type { Executor } from '../services/context';

// Read-only lookups of the part-time teacher and contribution imports (issue 11): the
// teacher's contact by name, the single major of an agreement, and the duplicate finders.

export interface NamedContact {
  id: string;
  is_part_time_teacher: number;
}

/** Live contacts of the partner with this name, part-time teachers first (a roster names the person). */
export async function liveContactsNamed(db: Executor, organisationId: string, name: string): Promise<NamedContact[]> {
  const r = await sql<NamedContact>`select id, is_part_time_teacher from contact
    where organisation_id = ${organisationId} and name = ${name} and deleted_at is null
    order by is_part_time_teacher desc, created_at, id`.execute(db);
  return r.rows;
}

/** The live part-time teacher record of this person, partner, 学年 and major (null = none). */
export async function liveTeacherRecord(
  db: Executor,
  key: { organisationId: string; teacherName: string; academicYear: number; majorId: string | null },
): Promise<{ id: string; label: string } | undefined> {
  const r = await sql<{ id: string; label: string }>`
    select t.id, c.name || ' · ' || t.academic_year || '-' || (t.academic_year + 1) as label
    from part_time_teacher t join contact c on c.id = t.contact_id
    where t.deleted_at is null and t.organisation_id = ${key.organisationId} and c.name = ${key.teacherName}
      and t.academic_year = ${key.academicYear} and t.major_id is ${key.majorId}
    order by t.created_at, t.id limit 1`.execute(db);
  return r.rows[0];
}

/** The live contribution with the same partner, kind, date and figure (a file imported twice). */
export async function liveContributionTwin(
  db: Executor,
  key: { organisationId: string; kind: string; date: string; valueFen: number | null; traineePersonDays: number | null },
): Promise<{ id: string; label: string } | undefined> {
  const r = await sql<{ id: string; label: string }>`
    select id, date || ' ' || coalesce(items, '') as label from contribution
    where deleted_at is null and organisation_id = ${key.organisationId} and kind = ${key.kind} and date = ${key.date}
      and value_fen is ${key.valueFen} and trainee_person_days is ${key.traineePersonDays}
    order by created_at, id limit 1`.execute(db);
  return r.rows[0];
}

/** The agreement's major when it covers exactly one live major (the default the form offers too). */
export async function singleLiveMajorOfAgreement(db: Executor, agreementId: string): Promise<string | null> {
  const r = await sql<{ major_id: string | null }>`
    select case when count(*) = 1 then max(am.major_id) end as major_id
    from agreement_major am join major m on m.id = am.major_id and m.deleted_at is null
    where am.agreement_id = ${agreementId}`.execute(db);
  return r.rows[0]?.major_id ?? null;
}
