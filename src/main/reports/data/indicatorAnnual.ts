import { sql } from 'kysely';
import type { ProvenanceRef } from '@shared/domain/report';
import type { Executor } from '../../services/context';
import { equipmentOfBase, loadBases, loadEquipment, ON_CAMPUS_BASE_KINDS } from './indicatorBases';
import type { IndicatorWindow } from './indicatorFigures';

// College-wide figures of the annual data pack (R7) that R1 does not carry: 学徒数,
// 产业学院数, 企业兼职教师年课时总量, 1+X, 企业提供的校内实践教学设备值 and the enterprise
// contributions by kind.
// Every figure is null when no record holds it.

export interface SourcedFigure {
  value: number | null;
  sources: ProvenanceRef[];
}

function summed(rows: { id: string; label: string; value: number | null }[], table: string): SourcedFigure {
  let value: number | null = null;
  const sources: ProvenanceRef[] = [];
  for (const r of rows) {
    if (r.value === null) continue;
    value = (value ?? 0) + r.value;
    sources.push({ table, id: r.id, label: r.label });
  }
  return { value, sources };
}

/** Years a 高职 apprenticeship cohort stays in training: cohorts of this 学年 and the two before. */
export const APPRENTICESHIP_YEARS = 3;

/** 学徒数: apprentices of the cohorts still in training in the 学年. */
export async function apprentices(db: Executor, w: IndicatorWindow): Promise<SourcedFigure> {
  const { rows } = await sql<{ id: string; label: string; value: number | null }>`
    select a.id, o.full_name || ' ' || a.cohort_year || '级' as label, a.apprentices as value
    from apprenticeship a join organisation o on o.id = a.organisation_id and o.deleted_at is null
    where a.deleted_at is null and a.cohort_year > ${w.academicYear - APPRENTICESHIP_YEARS} and a.cohort_year <= ${w.academicYear}
    order by a.id`.execute(db);
  return summed(rows, 'apprenticeship');
}

/** 产业学院数: live industry colleges established by the end of the period (undated ones count). */
export async function industryColleges(db: Executor, w: IndicatorWindow): Promise<SourcedFigure> {
  const { rows } = await sql<{ id: string; label: string; value: number }>`
    select id, name as label, 1 as value from industry_college
    where deleted_at is null and (established_date is null or established_date <= ${w.to})
    order by id`.execute(db);
  return summed(rows, 'industry_college');
}

/**
 * 支持学校兼职教师数 college-wide (人): distinct people (contacts) among the 学年's part-time
 * teacher records. R1 counts a teacher once per 专业 they teach in (one record each), so its
 * 合计 can exceed the head count; the annual figure is about people.
 */
export async function partTimeTeacherHeadcount(db: Executor, w: IndicatorWindow): Promise<SourcedFigure> {
  const { rows } = await sql<{ id: string; contact_id: string; label: string }>`
    select t.id, t.contact_id, c.name as label
    from part_time_teacher t
      join organisation o on o.id = t.organisation_id and o.deleted_at is null
      join contact c on c.id = t.contact_id
    where t.deleted_at is null and t.academic_year = ${w.academicYear}
    order by t.id`.execute(db);
  const people = new Set(rows.map((r) => r.contact_id));
  return {
    value: people.size > 0 ? people.size : null,
    sources: rows.map((r) => ({ table: 'part_time_teacher', id: r.id, label: r.label })),
  };
}

/** 企业兼职教师年课时总量 (学时): hours of the 学年's part-time teacher records. */
export async function partTimeTeacherHours(db: Executor, w: IndicatorWindow): Promise<SourcedFigure> {
  const { rows } = await sql<{ id: string; label: string; value: number | null }>`
    select t.id, c.name as label, t.hours as value
    from part_time_teacher t
      join organisation o on o.id = t.organisation_id and o.deleted_at is null
      join contact c on c.id = t.contact_id
    where t.deleted_at is null and t.academic_year = ${w.academicYear}
    order by t.id`.execute(db);
  return summed(rows, 'part_time_teacher');
}

export interface Cert1xFigures {
  trained: SourcedFigure;
  examined: SourcedFigure;
  passed: SourcedFigure;
}

/** 1+X 证书: trained, examined and passed in the 学年. */
export async function cert1xFigures(db: Executor, w: IndicatorWindow): Promise<Cert1xFigures> {
  const { rows } = await sql<{ id: string; name: string; trained: number | null; examined: number | null; passed: number | null }>`
    select id, name, trained, examined, passed from cert_1x
    where deleted_at is null and academic_year = ${w.academicYear} order by id`.execute(db);
  const pick = (k: 'trained' | 'examined' | 'passed') => summed(rows.map((r) => ({ id: r.id, label: r.name, value: r[k] })), 'cert_1x');
  return { trained: pick('trained'), examined: pick('examined'), passed: pick('passed') };
}

/** Money of enterprise contributions dated in the period, by kind (kinds without money are absent). */
export async function contributionValueByKind(db: Executor, w: IndicatorWindow): Promise<Map<string, number>> {
  const { rows } = await sql<{ kind: string; total: number }>`
    select c.kind, sum(c.value_fen) as total
    from contribution c join organisation o on o.id = c.organisation_id and o.deleted_at is null
    where c.deleted_at is null and c.value_fen is not null and c.date >= ${w.from} and c.date <= ${w.to}
    group by c.kind order by c.kind`.execute(db);
  return new Map(rows.map((r) => [r.kind, r.total]));
}

/**
 * 企业提供的校内实践教学设备值 (质量年报 教学资源表): equipment enterprises donated or
 * quasi-donated in the period for on-campus practice teaching only (domain.md §2.9), not every
 * donation. A contribution counts when it went to one of the on-campus bases R6 lists for the
 * 学年 (internship_base kind internal or internal_joint, ON_CAMPUS_BASE_KINDS; the link is indicatorBases.equipmentOfBase: the
 * base's agreement, or its name or plaque as the contribution's 去向), once even if it matches
 * two bases. So the figure is the sum of R6's 社会捐赠 and 社会准捐赠 columns, college-wide.
 */
export async function onCampusPracticeEquipment(db: Executor, w: IndicatorWindow): Promise<SourcedFigure> {
  const [bases, equipment] = await Promise.all([loadBases(db, ON_CAMPUS_BASE_KINDS, w), loadEquipment(db, w)]);
  const rows = equipment
    .filter((e) => bases.some((b) => equipmentOfBase(b, e)))
    .map((e) => ({ id: e.id, label: [e.date, e.items].filter((x) => x).join(' '), value: e.valueFen }));
  return summed(rows, 'contribution');
}
