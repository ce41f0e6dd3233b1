import { sql } from 'kysely';
import type { Executor } from '../../services/context';
import type { IndicatorWindow } from './indicatorFigures';

// One enterprise's year (R8 企业年报素材): what it put in and how it took part in teaching.
// Period rules as in R1 (indicatorFigures): contributions dated in the period, order
// classes and courses running in it, part-time teachers and placement figures of the 学年.

export interface ContributionItem {
  id: string;
  kind: 'donated_equipment' | 'quasi_donated_equipment' | 'funds' | 'premises' | 'technical_service_income' | 'employee_training' | 'other';
  items: string | null;
  target: string | null;
  date: string;
  valueFen: number | null;
  traineePersonDays: number | null;
}

export async function enterpriseContributions(db: Executor, organisationId: string, w: IndicatorWindow): Promise<ContributionItem[]> {
  const rows = await db
    .selectFrom('contribution')
    .select(['id', 'kind', 'items', 'target', 'date', 'value_fen', 'trainee_person_days'])
    .where('deleted_at', 'is', null)
    .where('organisation_id', '=', organisationId)
    .where('date', '>=', w.from)
    .where('date', '<=', w.to)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    items: r.items,
    target: r.target,
    date: r.date,
    valueFen: r.value_fen,
    traineePersonDays: r.trainee_person_days,
  }));
}

export interface TeacherItem {
  id: string;
  name: string;
  courses: string | null;
  hours: number | null;
}

export async function enterpriseTeachers(db: Executor, organisationId: string, w: IndicatorWindow): Promise<TeacherItem[]> {
  const rows = await db
    .selectFrom('part_time_teacher as t')
    .innerJoin('contact as c', 'c.id', 't.contact_id')
    .select(['t.id', 'c.name', 't.courses', 't.hours'])
    .where('t.deleted_at', 'is', null)
    .where('t.organisation_id', '=', organisationId)
    .where('t.academic_year', '=', w.academicYear)
    .orderBy('t.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, courses: r.courses, hours: r.hours }));
}

/** A way the enterprise took part in teaching: 订单班, 学徒制, course, textbook, 产业学院, 专业共建. */
export interface ParticipationItem {
  id: string;
  table: string;
  category: '订单班' | '现代学徒制' | '共同开发课程' | '共同开发教材' | '产业学院' | '专业共建';
  name: string;
  majorName: string | null;
  /** Cohort or start, as text: '2025级', '2024-05-20'. */
  when: string | null;
  people: number | null;
}

interface ParticipationRow {
  id: string;
  tbl: string;
  category: ParticipationItem['category'];
  name: string;
  major_name: string | null;
  when_text: string | null;
  people: number | null;
}

export async function enterpriseParticipation(
  db: Executor,
  organisationId: string,
  w: IndicatorWindow,
  apprenticeshipYears: number,
): Promise<ParticipationItem[]> {
  const org = organisationId;
  const { rows } = await sql<ParticipationRow>`
    select oc.id, 'order_class' as tbl, '订单班' as category, oc.name, m.name as major_name,
      case when oc.cohort_year is not null then oc.cohort_year || '级' end as when_text, oc.enrolled as people
    from order_class oc left join major m on m.id = oc.major_id and m.deleted_at is null
    where oc.deleted_at is null and oc.organisation_id = ${org}
      and coalesce(oc.start_date, printf('%04d', oc.cohort_year) || ${w.yearStartSuffix}) <= ${w.to}
      and (oc.end_date is null or oc.end_date >= ${w.from})
    union all
    select a.id, 'apprenticeship', '现代学徒制', coalesce(m.name, '') || '现代学徒制', m.name,
      a.cohort_year || '级', a.apprentices
    from apprenticeship a left join major m on m.id = a.major_id and m.deleted_at is null
    where a.deleted_at is null and a.organisation_id = ${org}
      and a.cohort_year > ${w.academicYear - apprenticeshipYears} and a.cohort_year <= ${w.academicYear}
    union all
    select jc.id, 'joint_course', case jc.kind when 'course' then '共同开发课程' else '共同开发教材' end, jc.name, m.name,
      coalesce(jc.start_date, jc.published_date), null
    from joint_course jc left join major m on m.id = jc.major_id and m.deleted_at is null
    where jc.deleted_at is null and jc.organisation_id = ${org}
      and (coalesce(jc.start_date, jc.published_date) is null or coalesce(jc.start_date, jc.published_date) <= ${w.to})
      and (jc.end_date is null or jc.end_date >= ${w.from})
    union all
    select ic.id, 'industry_college', '产业学院', ic.name, null, ic.established_date, null
    from industry_college ic join industry_college_partner icp on icp.college_id = ic.id and icp.organisation_id = ${org}
    where ic.deleted_at is null and (ic.established_date is null or ic.established_date <= ${w.to})
    union all
    select cb.id, 'co_built_major', '专业共建', m.name || '专业共建', m.name, cb.start_year || '学年起', null
    from co_built_major cb
      join co_built_major_partner cbp on cbp.co_built_major_id = cb.id and cbp.organisation_id = ${org}
      join major m on m.id = cb.major_id
    where cb.deleted_at is null and (cb.start_year is null or cb.start_year <= ${w.academicYear})`.execute(db);
  const order = ['订单班', '现代学徒制', '共同开发课程', '共同开发教材', '产业学院', '专业共建'];
  return rows
    .map((r) => ({ id: r.id, table: r.tbl, category: r.category, name: r.name, majorName: r.major_name, when: r.when_text, people: r.people }))
    .sort((a, b) => order.indexOf(a.category) - order.indexOf(b.category) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export interface PlacementItem {
  id: string;
  majorName: string;
  interns: number | null;
  graduatesEmployed: number | null;
}

/** 成果: the 学年's placement figures of the enterprise, per major. */
export async function enterprisePlacements(db: Executor, organisationId: string, w: IndicatorWindow): Promise<PlacementItem[]> {
  const rows = await db
    .selectFrom('placement_stat as ps')
    .innerJoin('major as m', 'm.id', 'ps.major_id')
    .select(['ps.id', 'm.name', 'm.code', 'ps.interns', 'ps.graduates_employed'])
    .where('ps.deleted_at', 'is', null)
    .where('ps.organisation_id', '=', organisationId)
    .where('ps.academic_year', '=', w.academicYear)
    .orderBy('m.code')
    .execute();
  return rows.map((r) => ({ id: r.id, majorName: r.name, interns: r.interns, graduatesEmployed: r.graduates_employed }));
}

/** An agreement with the enterprise that ends in a window (R8 问题与展望: renewals to discuss). */
export interface ExpiringAgreementItem {
  id: string;
  title: string;
  agreementNo: string | null;
  endDate: string;
}

/** Live agreements with the enterprise as a party, in force (active or being renewed), ending in [from, to]. */
export async function enterpriseExpiringAgreements(db: Executor, organisationId: string, from: string, to: string): Promise<ExpiringAgreementItem[]> {
  const { rows } = await sql<{ id: string; title: string; agreement_no: string | null; end_date: string }>`
    select a.id, a.title, a.agreement_no, a.end_date
    from agreement a
    where a.deleted_at is null and a.status in ('active', 'renewing') and a.end_date between ${from} and ${to}
      and exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = ${organisationId})
    order by a.end_date, a.id`.execute(db);
  return rows.map((r) => ({ id: r.id, title: r.title, agreementNo: r.agreement_no, endDate: r.end_date }));
}

/** A follow-up promised after a contact with the enterprise and not marked done. */
export interface OpenFollowUpItem {
  id: string;
  date: string;
  nextAction: string | null;
  followUpDate: string;
}

export async function enterpriseOpenFollowUps(db: Executor, organisationId: string): Promise<OpenFollowUpItem[]> {
  const rows = await db
    .selectFrom('interaction')
    .select(['id', 'date', 'next_action', 'follow_up_date'])
    .where('deleted_at', 'is', null)
    .where('organisation_id', '=', organisationId)
    .where('follow_up_date', 'is not', null)
    .where('follow_up_done_at', 'is', null)
    .orderBy('follow_up_date')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, date: r.date, nextAction: r.next_action, followUpDate: r.follow_up_date ?? '' }));
}
