import { sql } from 'kysely';
import type { ProvenanceRef } from '@shared/domain/report';
import { zhCNEnums } from '@shared/i18n/zh-CN.enums';
import type { Executor } from '../../services/context';

// The records behind the ten per-partner indicators of 专业产学合作 (domain.md §2.1, R1).
// Each query yields one FigureRecord per record and indicator, with the major it belongs
// to (null when the schema ties the record to no major). Summing happens in r1PairFigures.

export const PAIR_INDICATORS = [
  'orderTrainees',
  'jointCourses',
  'jointTextbooks',
  'partTimeTeachers',
  'interns',
  'donatedEquipmentFen',
  'quasiDonatedEquipmentFen',
  'graduatesEmployed',
  'technicalServiceIncomeFen',
  'employeeTrainingPersonDays',
] as const;
export type PairIndicator = (typeof PAIR_INDICATORS)[number];

export interface FigureRecord {
  indicator: PairIndicator;
  organisationId: string;
  majorId: string | null;
  value: number;
  source: ProvenanceRef;
}

/** The period as the queries need it. */
export interface IndicatorWindow {
  from: string;
  to: string;
  /** The 学年 (start year) records kept per 学年 are read for. */
  academicYear: number;
  /** '-09-01': appended to a cohort year to date an order class that has no start date. */
  yearStartSuffix: string;
}

// A major that is in the trash no longer names a row of the report; its records stay
// countable under the partner's 未分专业 row instead of vanishing.
const liveMajor = (col: string) =>
  sql<string | null>`(select m.id from major m where m.id = ${sql.ref(col)} and m.deleted_at is null)`;

interface OrderClassRow {
  id: string;
  name: string;
  organisation_id: string;
  major_id: string | null;
  enrolled: number;
}

/**
 * 订单培养数: students enrolled in order classes running during the period. A class runs
 * from its start date (else the first day of its cohort 学年) to its end date (else open);
 * a class with neither start date nor cohort year cannot be placed in time and is left out.
 */
export async function orderClassFigures(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const { rows } = await sql<OrderClassRow>`
    select oc.id, oc.name, oc.organisation_id, ${liveMajor('oc.major_id')} as major_id, oc.enrolled
    from order_class oc join organisation o on o.id = oc.organisation_id and o.deleted_at is null
    where oc.deleted_at is null and oc.enrolled is not null
      and coalesce(oc.start_date, printf('%04d', oc.cohort_year) || ${w.yearStartSuffix}) <= ${w.to}
      and (oc.end_date is null or oc.end_date >= ${w.from})
    order by oc.id`.execute(db);
  return rows.map((r) => ({
    indicator: 'orderTrainees',
    organisationId: r.organisation_id,
    majorId: r.major_id,
    value: r.enrolled,
    source: { table: 'order_class', id: r.id, label: r.name },
  }));
}

interface CourseRow {
  id: string;
  kind: 'course' | 'textbook';
  name: string;
  organisation_id: string;
  major_id: string | null;
}

/**
 * 共同开发课程数 / 共同开发教材数: courses and textbooks whose development or use overlaps
 * the period. Start = start date, else (textbooks) the publication date; a missing start
 * or end leaves that side open, so an undated course counts in every period.
 */
export async function jointCourseFigures(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const { rows } = await sql<CourseRow>`
    select jc.id, jc.kind, jc.name, jc.organisation_id, ${liveMajor('jc.major_id')} as major_id
    from joint_course jc join organisation o on o.id = jc.organisation_id and o.deleted_at is null
    where jc.deleted_at is null
      and (coalesce(jc.start_date, jc.published_date) is null or coalesce(jc.start_date, jc.published_date) <= ${w.to})
      and (jc.end_date is null or jc.end_date >= ${w.from})
    order by jc.id`.execute(db);
  return rows.map((r) => ({
    indicator: r.kind === 'course' ? 'jointCourses' : 'jointTextbooks',
    organisationId: r.organisation_id,
    majorId: r.major_id,
    value: 1,
    source: { table: 'joint_course', id: r.id, label: r.name },
  }));
}

interface TeacherRow {
  id: string;
  organisation_id: string;
  major_id: string | null;
  contact_name: string;
}

/**
 * 支持学校兼职教师数: part-time teacher records of the 学年, each counted for its own major
 * (migration 0015). A teacher serving two majors is two records, so each major counts them
 * once; a record without a major counts in the partner's 未分专业 row.
 */
export async function partTimeTeacherFigures(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const { rows } = await sql<TeacherRow>`
    select t.id, t.organisation_id, ${liveMajor('t.major_id')} as major_id, c.name as contact_name
    from part_time_teacher t
      join organisation o on o.id = t.organisation_id and o.deleted_at is null
      join contact c on c.id = t.contact_id
    where t.deleted_at is null and t.academic_year = ${w.academicYear}
    order by t.id`.execute(db);
  return rows.map((r) => ({
    indicator: 'partTimeTeachers',
    organisationId: r.organisation_id,
    majorId: r.major_id,
    value: 1,
    source: { table: 'part_time_teacher', id: r.id, label: r.contact_name },
  }));
}

interface PlacementRow {
  id: string;
  organisation_id: string;
  major_id: string | null;
  academic_year: number;
  order_trainees: number | null;
  interns: number | null;
  graduates_employed: number | null;
}

/**
 * 接受顶岗实习学生数, 接受毕业生就业数 and entered 订单培养数: the per partner, major and 学年
 * figures (placement_stat). A figure left empty is no record; an entered 0 is a record.
 */
export async function placementFigures(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const { rows } = await sql<PlacementRow>`
    select ps.id, ps.organisation_id, ${liveMajor('ps.major_id')} as major_id, ps.academic_year,
      ps.order_trainees, ps.interns, ps.graduates_employed
    from placement_stat ps join organisation o on o.id = ps.organisation_id and o.deleted_at is null
    where ps.deleted_at is null and ps.academic_year = ${w.academicYear}
    order by ps.id`.execute(db);
  const out: FigureRecord[] = [];
  for (const r of rows) {
    const source = { table: 'placement_stat', id: r.id, label: `${r.academic_year}-${r.academic_year + 1}学年 合作数据` };
    const base = { organisationId: r.organisation_id, majorId: r.major_id, source };
    if (r.order_trainees !== null) out.push({ ...base, indicator: 'orderTrainees', value: r.order_trainees });
    if (r.interns !== null) out.push({ ...base, indicator: 'interns', value: r.interns });
    if (r.graduates_employed !== null) out.push({ ...base, indicator: 'graduatesEmployed', value: r.graduates_employed });
  }
  return out;
}

interface ContributionRow {
  id: string;
  organisation_id: string;
  major_id: string | null;
  kind: 'donated_equipment' | 'quasi_donated_equipment' | 'technical_service_income' | 'employee_training';
  items: string | null;
  date: string;
  value_fen: number | null;
  trainee_person_days: number | null;
}

const CONTRIBUTION_INDICATOR: Record<ContributionRow['kind'], PairIndicator> = {
  donated_equipment: 'donatedEquipmentFen',
  quasi_donated_equipment: 'quasiDonatedEquipmentFen',
  technical_service_income: 'technicalServiceIncomeFen',
  employee_training: 'employeeTrainingPersonDays',
};

/**
 * The major a contribution counts for: its own major_id (migration 0015; a trashed one → no
 * major, like every record), else, for a record saved without one, the single live major of
 * its agreement (the rule before 0015, which 0015 also used to fill major_id), else none.
 * Shared with R17, which lists the contributions this leaves without a major.
 */
export const contributionMajorSql = sql<string | null>`case when c.major_id is not null then ${liveMajor('c.major_id')} else
      (select case when count(*) = 1 then max(am.major_id) end
         from agreement_major am join major m on m.id = am.major_id and m.deleted_at is null
        where am.agreement_id = c.agreement_id) end`;

/** The contribution kinds R1 reports (设备值, 准捐赠设备值, 技术服务年收入, 培训员工数). */
export const R1_CONTRIBUTION_KINDS = ['donated_equipment', 'quasi_donated_equipment', 'technical_service_income', 'employee_training'] as const;

/** (准)捐赠设备总值, 技术服务年收入 (fen) and 年培训员工数 (人天): contributions dated in the period. */
export async function contributionFigures(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const { rows } = await sql<ContributionRow>`
    select c.id, c.organisation_id, c.kind, c.items, c.date, c.value_fen, c.trainee_person_days,
      ${contributionMajorSql} as major_id
    from contribution c join organisation o on o.id = c.organisation_id and o.deleted_at is null
    where c.deleted_at is null and c.date >= ${w.from} and c.date <= ${w.to}
      and c.kind in ('donated_equipment', 'quasi_donated_equipment', 'technical_service_income', 'employee_training')
    order by c.id`.execute(db);
  const out: FigureRecord[] = [];
  for (const r of rows) {
    const value = r.kind === 'employee_training' ? r.trainee_person_days : r.value_fen;
    if (value === null) continue;
    const label = [zhCNEnums.contributionKind[r.kind], r.date, r.items].filter((x) => x).join(' ');
    out.push({
      indicator: CONTRIBUTION_INDICATOR[r.kind],
      organisationId: r.organisation_id,
      majorId: r.major_id,
      value,
      source: { table: 'contribution', id: r.id, label },
    });
  }
  return out;
}

/** Every figure record of the period, in a stable order. */
export async function loadPairFigureRecords(db: Executor, w: IndicatorWindow): Promise<FigureRecord[]> {
  const parts = await Promise.all([
    orderClassFigures(db, w),
    jointCourseFigures(db, w),
    partTimeTeacherFigures(db, w),
    placementFigures(db, w),
    contributionFigures(db, w),
  ]);
  return parts.flat();
}
