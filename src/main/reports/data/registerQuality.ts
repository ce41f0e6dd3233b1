import { sql } from 'kysely';
import type { Executor } from '../../services/context';

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
  /** 1 when the partner has figures R1/R2 report (placements, contributions, courses, programmes). */
  has_figures: number;
}

export async function partnerIdentities(db: Executor): Promise<PartnerIdentityRow[]> {
  const live = (table: string) => sql`exists (select 1 from ${sql.table(table)} x where x.organisation_id = o.id and x.deleted_at is null)`;
  const r = await sql<PartnerIdentityRow>`
    select o.id, o.full_name, o.uscc, o.uscc_check_overridden,
      (${live('placement_stat')} or ${live('contribution')} or ${live('joint_course')} or ${live('part_time_teacher')}
        or ${live('order_class')} or ${live('internship_base')} or ${live('apprenticeship')}) as has_figures
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
