import { sql } from 'kysely';
import type { Executor } from '../../services/context';
import { contributionMajorSql, R1_CONTRIBUTION_KINDS } from './indicatorFigures';

// R17 数据质量报告: the live records that would make R1/R2 wrong or unreportable.
// Only the lookups live here; the rules (USCC check, what counts as a problem) are
// applied by the definition with the shared rule modules.

export interface DuplicateGroup {
  key: string;
  members: string; // JSON array of { id, name }
}

/** Live partners sharing a name key (organisation.name_key = normalizeForMatching(full_name)). */
export async function duplicateNameGroups(db: Executor): Promise<DuplicateGroup[]> {
  const r = await sql<DuplicateGroup>`
    select name_key as key, json_group_array(json_object('id', id, 'name', full_name)) as members
    from (select * from organisation where deleted_at is null and name_key is not null and name_key <> '' order by full_name, id)
    group by name_key having count(*) > 1 order by name_key`.execute(db);
  return r.rows;
}

/** Live partners sharing a USCC once case and spaces are ignored (the unique index compares exactly). */
export async function duplicateUsccGroups(db: Executor): Promise<DuplicateGroup[]> {
  const r = await sql<DuplicateGroup>`
    select upper(replace(uscc, ' ', '')) as key, json_group_array(json_object('id', id, 'name', full_name)) as members
    from (select * from organisation where deleted_at is null and uscc is not null order by full_name, id)
    group by upper(replace(uscc, ' ', '')) having count(*) > 1 order by key`.execute(db);
  return r.rows;
}

export interface PartnerIdentityRow {
  id: string;
  full_name: string;
  uscc: string | null;
  uscc_check_overridden: number;
  /** 1 when the partner has figures R1/R2 report (placements, contributions, courses, programmes) or a signed agreement covering a live major (R1/R2 list that pair). */
  has_figures: number;
}

export async function partnerIdentities(db: Executor): Promise<PartnerIdentityRow[]> {
  const live = (table: string) => sql`exists (select 1 from ${sql.table(table)} x where x.organisation_id = o.id and x.deleted_at is null)`;
  const r = await sql<PartnerIdentityRow>`
    select o.id, o.full_name, o.uscc, o.uscc_check_overridden,
      (${live('placement_stat')} or ${live('contribution')} or ${live('joint_course')} or ${live('part_time_teacher')}
        or ${live('order_class')} or ${live('internship_base')} or ${live('apprenticeship')}
        or exists (select 1 from agreement_party ap
            join agreement a on a.id = ap.agreement_id and a.deleted_at is null
              and a.status in ('active', 'renewing', 'renewed', 'terminated')
            join agreement_major am on am.agreement_id = a.id
            join major m on m.id = am.major_id and m.deleted_at is null
          where ap.organisation_id = o.id)) as has_figures
    from organisation o where o.deleted_at is null order by o.full_name, o.id`.execute(db);
  return r.rows;
}

export interface AgreementRef {
  id: string;
  agreement_no: string | null;
  title: string;
  end_date: string | null;
}

/** Signed agreements (in force, renewed or ended) without a start date: no 合作开始年月. */
export async function signedAgreementsWithoutStart(db: Executor): Promise<AgreementRef[]> {
  const r = await sql<AgreementRef>`
    select id, agreement_no, title, end_date from agreement
    where deleted_at is null and start_date is null and status in ('active', 'renewing', 'renewed', 'terminated')
    order by agreement_no, title, id`.execute(db);
  return r.rows;
}

export interface MajorRow {
  id: string;
  code: string;
  name: string;
}

export async function liveMajors(db: Executor): Promise<MajorRow[]> {
  const r = await sql<MajorRow>`select id, code, name from major where deleted_at is null order by code, name, id`.execute(db);
  return r.rows;
}

export interface UnassignedMajorRow {
  source: 'part_time_teacher' | 'contribution' | 'joint_course' | 'order_class' | 'placement_stat';
  id: string;
  /** joint_course / contribution kind; null for the other sources. */
  kind: string | null;
  /** Teacher's contact name, course or class name; null for contributions and placement figures. */
  name: string | null;
  partner: string;
  academic_year: number | null;
  date: string | null;
  items: string | null;
  /** 1 when the record names a major that is in the trash (R1 treats it as no major). */
  major_trashed: number;
}

const trashedMajor = (col: string) =>
  sql<number>`(${sql.ref(col)} is not null and not exists (select 1 from major m where m.id = ${sql.ref(col)} and m.deleted_at is null))`;
const noLiveMajor = (col: string) =>
  sql<boolean>`(${sql.ref(col)} is null or not exists (select 1 from major m where m.id = ${sql.ref(col)} and m.deleted_at is null))`;

/**
 * Live records of live partners whose R1 figure lands in the partner's 未分专业 row, which R2
 * (ODS) does not upload: the same major rules as indicatorFigures.ts (no major or a trashed
 * one; a contribution without its own falls back to its agreement's single major). Every
 * 学年 at once: R17 is about the records, not a period. Order classes only when they carry
 * an enrolment (R1 counts nothing else of them).
 */
export async function recordsWithoutMajor(db: Executor): Promise<UnassignedMajorRow[]> {
  const r = await sql<UnassignedMajorRow>`
    select * from (
      select 'part_time_teacher' as source, t.id, null as kind, ct.name as name, o.full_name as partner,
        t.academic_year, null as date, t.courses as items, ${trashedMajor('t.major_id')} as major_trashed
      from part_time_teacher t join organisation o on o.id = t.organisation_id and o.deleted_at is null
        join contact ct on ct.id = t.contact_id
      where t.deleted_at is null and ${noLiveMajor('t.major_id')}
      union all
      select 'contribution', c.id, c.kind, null, o.full_name, null, c.date, c.items, ${trashedMajor('c.major_id')}
      from contribution c join organisation o on o.id = c.organisation_id and o.deleted_at is null
      where c.deleted_at is null and c.kind in (${sql.join(R1_CONTRIBUTION_KINDS.map((k) => sql.lit(k)))})
        and (${contributionMajorSql}) is null
      union all
      select 'joint_course', jc.id, jc.kind, jc.name, o.full_name, null, null, null, ${trashedMajor('jc.major_id')}
      from joint_course jc join organisation o on o.id = jc.organisation_id and o.deleted_at is null
      where jc.deleted_at is null and ${noLiveMajor('jc.major_id')}
      union all
      select 'order_class', oc.id, null, oc.name, o.full_name, oc.cohort_year, null, null, ${trashedMajor('oc.major_id')}
      from order_class oc join organisation o on o.id = oc.organisation_id and o.deleted_at is null
      where oc.deleted_at is null and oc.enrolled is not null and ${noLiveMajor('oc.major_id')}
      union all
      select 'placement_stat', ps.id, null, null, o.full_name, ps.academic_year, null, null, ${trashedMajor('ps.major_id')}
      from placement_stat ps join organisation o on o.id = ps.organisation_id and o.deleted_at is null
      where ps.deleted_at is null and ${noLiveMajor('ps.major_id')}
    ) order by source, partner, academic_year, date, name, id`.execute(db);
  return r.rows;
}
