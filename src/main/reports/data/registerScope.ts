import { sql, type RawBuilder } from 'kysely';
import type { ReportFilters } from '@shared/domain/report';

// Filters shared by the register reports (R10–R17). Units are at most two levels deep
// (a college and its departments), so "in the unit" is the unit or one of its children.

/** SQL condition: `column` is the filtered unit or a child of it; true when no unit filter. */
export function inUnit(column: RawBuilder<unknown>, filters: ReportFilters): RawBuilder<unknown> {
  if (filters.orgUnitId === undefined) return sql`1 = 1`;
  return sql`(${column} = ${filters.orgUnitId}
    or ${column} in (select u.id from org_unit u where u.parent_id = ${filters.orgUnitId}))`;
}

/** SQL condition: the agreement `alias.id` is linked to the filtered major; true when none. */
export function agreementHasMajor(agreementId: RawBuilder<unknown>, filters: ReportFilters): RawBuilder<unknown> {
  if (filters.majorId === undefined) return sql`1 = 1`;
  return sql`exists (select 1 from agreement_major am where am.agreement_id = ${agreementId} and am.major_id = ${filters.majorId})`;
}

/** SQL condition: the agreement is signed with the filtered partner (as any party); true when none. */
export function agreementHasParty(agreementId: RawBuilder<unknown>, filters: ReportFilters): RawBuilder<unknown> {
  if (filters.organisationId === undefined) return sql`1 = 1`;
  return sql`exists (select 1 from agreement_party ap where ap.agreement_id = ${agreementId} and ap.organisation_id = ${filters.organisationId})`;
}

// Every live record that ties a partner to a major directly: programmes, joint courses and
// placement figures. Trashed programmes do not count.
const PARTNER_MAJOR_LINKS = sql`
  select b.organisation_id as oid, bm.major_id from internship_base b join internship_base_major bm on bm.base_id = b.id
    where b.deleted_at is null
  union select organisation_id, major_id from order_class where deleted_at is null and major_id is not null
  union select organisation_id, major_id from apprenticeship where deleted_at is null and major_id is not null
  union select icp.organisation_id, icm.major_id from industry_college_partner icp
    join industry_college ic on ic.id = icp.college_id join industry_college_major icm on icm.college_id = ic.id
    where ic.deleted_at is null
  union select cbp.organisation_id, cb.major_id from co_built_major_partner cbp join co_built_major cb on cb.id = cbp.co_built_major_id
    where cb.deleted_at is null
  union select c.organisation_id, cm.major_id from cert_1x c join cert_1x_major cm on cm.cert_id = c.id
    where c.deleted_at is null and c.organisation_id is not null
  union select organisation_id, major_id from joint_course where deleted_at is null and major_id is not null
  union select organisation_id, major_id from placement_stat where deleted_at is null`;

/**
 * SQL condition for partner-level lists (R12, R11's follow-ups): the partner `orgId` works with
 * the filtered unit or major. That is: a live agreement it is a party to that R10 would list
 * under the same filters (agreement of the unit, linked to the major), or a programme, joint
 * course or placement figure linked to a major in scope (the major, or the unit's majors), or,
 * with a unit filter alone, the unit looks after the partner (organisation.owner_org_unit_id).
 * True when neither filter is set.
 */
export function partnerInScope(orgId: RawBuilder<unknown>, filters: ReportFilters): RawBuilder<unknown> {
  if (filters.orgUnitId === undefined && filters.majorId === undefined) return sql`1 = 1`;
  const majorsInScope = sql`select m.id from major m where m.deleted_at is null
    and ${filters.majorId === undefined ? sql`1 = 1` : sql`m.id = ${filters.majorId}`}
    and ${inUnit(sql.ref('m.org_unit_id'), filters)}`;
  const owner =
    filters.majorId === undefined
      ? sql`exists (select 1 from organisation oo where oo.id = ${orgId} and ${inUnit(sql.ref('oo.owner_org_unit_id'), filters)})`
      : sql`0 = 1`;
  return sql`(${owner}
    or exists (select 1 from agreement_party sp join agreement sa on sa.id = sp.agreement_id
      where sp.organisation_id = ${orgId} and sa.deleted_at is null
        and ${inUnit(sql.ref('sa.org_unit_id'), filters)} and ${agreementHasMajor(sql.ref('sa.id'), filters)})
    or exists (select 1 from (${PARTNER_MAJOR_LINKS}) pl where pl.oid = ${orgId} and pl.major_id in (${majorsInScope})))`;
}

/** The display name of an agreement party of one role: the name on the agreement, else the partner's. */
export function partyNames(agreementId: RawBuilder<unknown>, role: '甲' | '乙' | '丙' | '丁'): RawBuilder<string | null> {
  return sql<string | null>`(select coalesce(p.display_name, o.full_name) from agreement_party p
    left join organisation o on o.id = p.organisation_id
    where p.agreement_id = ${agreementId} and p.role = ${role})`;
}
