import { sql } from 'kysely';
import type { ReportFilters } from '@shared/domain/report';
import type { Executor } from '../../services/context';

// Who and what the indicator reports (R1–R8) talk about: live majors (with their unit)
// and live partners. Trashed rows never appear in a report.

export interface MajorRef {
  id: string;
  code: string;
  name: string;
  level: 'secondary' | 'higher_vocational' | 'vocational_bachelor';
  orgUnitId: string | null;
  /**
   * For a 专业方向 (migration 0017): its live 专业. Null for a 专业, and for a direction whose
   * 专业 is in the trash (it then reports as a 专业 of its own rather than vanishing).
   */
  parent: { id: string; code: string; name: string } | null;
}

export interface PartnerRef {
  id: string;
  fullName: string;
  uscc: string | null;
  industrySection: string | null;
  industryDivision: string | null;
  /** Most specific GB/T 4754 code (migration 0012). */
  industryCode: string | null;
  size: string | null;
  nature: string | null;
  regionName: string | null;
  address: string | null;
  legalRepresentative: string | null;
}

interface MajorRow {
  id: string;
  code: string;
  name: string;
  level: MajorRef['level'];
  org_unit_id: string | null;
  parent_id: string | null;
  parent_code: string | null;
  parent_name: string | null;
}

const majorFromRow = (r: MajorRow): MajorRef => ({
  id: r.id,
  code: r.code,
  name: r.name,
  level: r.level,
  orgUnitId: r.org_unit_id,
  parent: r.parent_id !== null && r.parent_code !== null && r.parent_name !== null ? { id: r.parent_id, code: r.parent_code, name: r.parent_name } : null,
});

export async function loadLiveMajors(db: Executor): Promise<Map<string, MajorRef>> {
  const rows = await db
    .selectFrom('major as m')
    .leftJoin('major as p', (join) => join.onRef('p.id', '=', 'm.parent_major_id').on('p.deleted_at', 'is', null))
    .select(['m.id', 'm.code', 'm.name', 'm.level', 'm.org_unit_id', 'p.id as parent_id', 'p.code as parent_code', 'p.name as parent_name'])
    .where('m.deleted_at', 'is', null)
    .execute();
  return new Map(rows.map((r) => [r.id, majorFromRow(r)]));
}

/**
 * Majors a report is filtered to: one major, or the majors of a unit and of its
 * departments (units are at most two levels deep), each with its 专业方向 (a direction
 * belongs to its 专业's unit whatever its own unit says). Null when there is no filter.
 */
export async function majorIdsInScope(db: Executor, filters: ReportFilters): Promise<Set<string> | null> {
  if (filters.majorId === undefined && filters.orgUnitId === undefined) return null;
  let qb = db.selectFrom('major').select('id').where('deleted_at', 'is', null);
  if (filters.majorId !== undefined) qb = qb.where('id', '=', filters.majorId);
  const unitId = filters.orgUnitId;
  if (unitId !== undefined) {
    qb = qb.where((eb) =>
      eb.or([
        eb('org_unit_id', '=', unitId),
        eb('org_unit_id', 'in', sql<string>`(select id from org_unit where parent_id = ${unitId})`),
      ]),
    );
  }
  const ids = (await qb.execute()).map((r) => r.id);
  if (ids.length === 0) return new Set();
  const directions = await db
    .selectFrom('major')
    .select('id')
    .where('deleted_at', 'is', null)
    .where('parent_major_id', 'in', ids)
    .execute();
  return new Set([...ids, ...directions.map((r) => r.id)]);
}

/**
 * 是否合作开展学徒制专业: the live majors with a live 现代学徒制 cohort in training during the
 * 学年, by the rule R7 counts 学徒数 with (cohorts of this 学年 and the years before,
 * APPRENTICESHIP_YEARS in all). A cohort of a direction also marks its 专业.
 */
export async function majorsWithApprenticeship(db: Executor, academicYear: number, years: number): Promise<Set<string>> {
  const { rows } = await sql<{ major_id: string; parent_id: string | null }>`
    select distinct m.id as major_id, p.id as parent_id
    from apprenticeship a
      join organisation o on o.id = a.organisation_id and o.deleted_at is null
      join major m on m.id = a.major_id and m.deleted_at is null
      left join major p on p.id = m.parent_major_id and p.deleted_at is null
    where a.deleted_at is null and a.cohort_year > ${academicYear - years} and a.cohort_year <= ${academicYear}`.execute(db);
  return new Set(rows.flatMap((r) => (r.parent_id === null ? [r.major_id] : [r.major_id, r.parent_id])));
}

interface PartnerRow {
  id: string;
  full_name: string;
  uscc: string | null;
  industry_section: string | null;
  industry_division: string | null;
  industry_code: string | null;
  size: string | null;
  nature: string | null;
  region_name: string | null;
  address: string | null;
  legal_representative: string | null;
}

const partnerFromRow = (r: PartnerRow): PartnerRef => ({
  id: r.id,
  fullName: r.full_name,
  uscc: r.uscc,
  industrySection: r.industry_section,
  industryDivision: r.industry_division,
  industryCode: r.industry_code,
  size: r.size,
  nature: r.nature,
  regionName: r.region_name,
  address: r.address,
  legalRepresentative: r.legal_representative,
});

// Above this many ids one scan of the table beats a long IN list (and SQLite's variable limit).
const MAX_IN_LIST = 500;

/** Live partners by id; ids of trashed partners are simply absent from the map. */
export async function loadLivePartners(db: Executor, ids?: readonly string[]): Promise<Map<string, PartnerRef>> {
  if (ids !== undefined && ids.length === 0) return new Map();
  if (ids !== undefined && ids.length > MAX_IN_LIST) {
    const all = await loadLivePartners(db);
    return new Map(ids.flatMap((id) => { const p = all.get(id); return p ? [[id, p] as const] : []; }));
  }
  let qb = db
    .selectFrom('organisation')
    .select([
      'id', 'full_name', 'uscc', 'industry_section', 'industry_division', 'industry_code', 'size', 'nature', 'region_name', 'address',
      'legal_representative',
    ])
    .where('deleted_at', 'is', null);
  if (ids !== undefined) qb = qb.where('id', 'in', [...ids]);
  const rows = await qb.execute();
  return new Map(rows.map((r) => [r.id, partnerFromRow(r)]));
}
