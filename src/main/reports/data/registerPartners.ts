import { sql } from 'kysely';
import type { AGREEMENT_TYPES, ORG_KINDS } from '@shared/domain/enums';
import type { ReportFilters } from '@shared/domain/report';
import { addDays } from '@shared/format/dates';
import type { Executor } from '../../services/context';
import { partnerInScope } from './registerScope';

// R12 合作企业名录 as of the end of the period: partners that existed then, their status at
// that moment (the last audited value up to the period end, else the current one), and
// the cooperation they had by then.
// Unit and major filters keep the partners working with them (partnerInScope, registerScope.ts).

export interface PartnerDirectoryRow {
  id: string;
  kind: (typeof ORG_KINDS)[number];
  full_name: string;
  uscc: string | null;
  industry_section: string | null;
  industry_division: string | null;
  size: string | null;
  nature: string | null;
  region_name: string | null;
  status: string;
  contact_name: string | null;
  contact_phone: string | null;
  first_start: string | null;
  agreement_types: string | null;
  programme_types: string | null;
}

/**
 * Agreements count as cooperation once signed: drafts and those still being signed do not. A
 * terminated one stays cooperation the partner had (until its terminated_on, migration 0014);
 * one terminated before it started never ran, so it does not date the first cooperation
 * (the rule of R1's 合作开始年月, indicatorAgreements.begunBy).
 */
const COOPERATING = sql`('active', 'renewing', 'renewed', 'terminated')`;

// Programme tables that tie a partner to the college directly, with the date column that says
// since when (NULL = always counted). Link-table programmes go through their link.
const PROGRAMME_PRESENCE = (end: string) => sql`
  select 'internship_base' as type, organisation_id as oid from internship_base
    where deleted_at is null and coalesce(established_date, substr(created_at, 1, 10)) <= ${end}
  union select 'order_class', organisation_id from order_class
    where deleted_at is null and coalesce(start_date, substr(created_at, 1, 10)) <= ${end}
  union select 'apprenticeship', organisation_id from apprenticeship
    where deleted_at is null and substr(created_at, 1, 10) <= ${end}
  union select 'industry_college', icp.organisation_id from industry_college_partner icp
    join industry_college ic on ic.id = icp.college_id
    where ic.deleted_at is null and coalesce(ic.established_date, substr(ic.created_at, 1, 10)) <= ${end}
  union select 'part_time_teacher', organisation_id from part_time_teacher
    where deleted_at is null and substr(created_at, 1, 10) <= ${end}
  union select 'teacher_practice', organisation_id from teacher_practice
    where deleted_at is null and substr(created_at, 1, 10) <= ${end}
  union select 'cert_1x', organisation_id from cert_1x
    where deleted_at is null and organisation_id is not null and substr(created_at, 1, 10) <= ${end}
  union select 'co_built_major', cbp.organisation_id from co_built_major_partner cbp
    join co_built_major cb on cb.id = cbp.co_built_major_id
    where cb.deleted_at is null and substr(cb.created_at, 1, 10) <= ${end}
  union select 'joint_course', organisation_id from joint_course
    where deleted_at is null and organisation_id is not null and coalesce(start_date, substr(created_at, 1, 10)) <= ${end}`;

export async function listPartnerDirectory(db: Executor, periodEnd: string, filters: ReportFilters): Promise<PartnerDirectoryRow[]> {
  // Audit timestamps are ISO instants: everything before the next day belongs to the period.
  const before = addDays(periodEnd, 1);
  const r = await sql<PartnerDirectoryRow>`
    with prog as (${PROGRAMME_PRESENCE(periodEnd)})
    select o.id, o.kind, o.full_name, o.uscc, o.industry_section, o.industry_division, o.size, o.nature, o.region_name,
      coalesce((select json_extract(l.after_json, '$.status') from audit_log l
        where l.table_name = 'organisation' and l.row_id = o.id and l.ts < ${before} and l.after_json is not null
        order by l.id desc limit 1), o.status) as status,
      c.name as contact_name, coalesce(c.mobile, c.phone) as contact_phone,
      (select min(coalesce(a.start_date, a.sign_date)) from agreement_party p join agreement a on a.id = p.agreement_id
        where p.organisation_id = o.id and a.deleted_at is null and a.status in ${COOPERATING}
          and coalesce(a.start_date, a.sign_date) <= ${periodEnd}
          and (a.terminated_on is null or a.terminated_on >= coalesce(a.start_date, a.sign_date))) as first_start,
      (select group_concat(type, ',') from (select distinct a.type from agreement_party p join agreement a on a.id = p.agreement_id
        where p.organisation_id = o.id and a.deleted_at is null and a.status in ${COOPERATING}
          and coalesce(a.start_date, a.sign_date, substr(a.created_at, 1, 10)) <= ${periodEnd})) as agreement_types,
      (select group_concat(type, ',') from (select distinct type from prog where prog.oid = o.id)) as programme_types
    from organisation o
    left join contact c on c.id = (select ct.id from contact ct where ct.organisation_id = o.id and ct.deleted_at is null
      order by ct.is_primary desc, ct.created_at, ct.id limit 1)
    where o.deleted_at is null and substr(o.created_at, 1, 10) <= ${periodEnd}
      and ${partnerInScope(sql.ref('o.id'), filters)}
    order by o.full_name, o.id`.execute(db);
  return r.rows;
}

export type AgreementType = (typeof AGREEMENT_TYPES)[number];
