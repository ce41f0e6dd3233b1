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

/** The display name of an agreement party of one role: the name on the agreement, else the partner's. */
export function partyNames(agreementId: RawBuilder<unknown>, role: '甲' | '乙' | '丙' | '丁'): RawBuilder<string | null> {
  return sql<string | null>`(select coalesce(p.display_name, o.full_name) from agreement_party p
    left join organisation o on o.id = p.organisation_id
    where p.agreement_id = ${agreementId} and p.role = ${role})`;
}
