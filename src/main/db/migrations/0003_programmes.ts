import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Programme tables: the records behind the 状态数据 / 质量年报 figures (bases, 订单班,
// 现代学徒制, 产业学院, 兼职教师, 教师企业实践, 1+X, per-partner placement figures).
// Figures are nullable: "no data" must stay blank in official exports, never 0.

const TS = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT`;
const TS_COLUMNS = ['created_at', 'updated_at', 'deleted_at'] as const;

// A GLOB shape check stops imports from storing '2024/9/1' or '2024年9月'; NULL passes CHECK.
const date = (col: string): string => `${col} TEXT CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const count = (col: string): string => `${col} INTEGER CHECK (${col} >= 0)`;
const year = (col: string, notNull = true): string =>
  `${col} INTEGER${notNull ? ' NOT NULL' : ''} CHECK (${col} BETWEEN 1990 AND 2100)`;
const flag = (col: string): string => `${col} INTEGER NOT NULL DEFAULT 0 CHECK (${col} IN (0, 1))`;
const ref = (col: string, table: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} REFERENCES ${table} (id) ON DELETE RESTRICT`;
const owner = (col: string, table: string): string => `${col} TEXT NOT NULL REFERENCES ${table} (id) ON DELETE CASCADE`;
const index = (table: string, ...cols: string[]): string =>
  `CREATE INDEX ${table}_by_${cols.join('_')} ON ${table} (${cols.join(', ')});`;

const PROGRAMME_TABLE_COLUMNS = {
  internship_base: [
    'id', 'name', 'kind', 'organisation_id', 'agreement_id', 'address', 'established_date', 'plaque_name',
    'capacity', 'has_housing', 'pays_allowance', 'fund_per_student_fen', 'status', ...TS_COLUMNS,
  ],
  internship_base_major: ['base_id', 'major_id'],
  base_year_stat: [
    'id', 'base_id', 'academic_year', 'project_count', 'project_names', 'student_visits', 'usage_days',
    'half_year_interns', 'supervisors_sent', 'graduates_employed',
  ],
  order_class: [
    'id', 'name', 'organisation_id', 'agreement_id', 'major_id', 'kind', 'cohort_year', 'start_date', 'end_date',
    'planned', 'enrolled', 'employment_commitment_pct', 'employed', ...TS_COLUMNS,
  ],
  apprenticeship: [
    'id', 'organisation_id', 'agreement_id', 'major_id', 'level', 'cohort_year', 'apprentices', 'mentors',
    ...TS_COLUMNS,
  ],
  industry_college: ['id', 'name', 'level', 'established_date', 'agreement_id', ...TS_COLUMNS],
  industry_college_partner: ['college_id', 'organisation_id'],
  industry_college_major: ['college_id', 'major_id'],
  part_time_teacher: [
    'id', 'contact_id', 'organisation_id', 'academic_year', 'courses', 'hours', 'pay_fen', 'qualification',
    ...TS_COLUMNS,
  ],
  teacher_practice: [
    'id', 'staff_id', 'organisation_id', 'academic_year', 'start_date', 'end_date', 'days', 'content', ...TS_COLUMNS,
  ],
  cert_1x: ['id', 'name', 'level', 'organisation_id', 'academic_year', 'trained', 'examined', 'passed', ...TS_COLUMNS],
  cert_1x_major: ['cert_id', 'major_id'],
  placement_stat: [
    'id', 'organisation_id', 'major_id', 'academic_year', 'order_trainees', 'interns', 'graduates_employed',
    ...TS_COLUMNS,
  ],
} as const;

const TABLES_SQL = `
CREATE TABLE internship_base (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('external', 'internal_joint')),
  ${ref('organisation_id', 'organisation', true)},
  ${ref('agreement_id', 'agreement')},
  address TEXT,
  ${date('established_date')},
  plaque_name TEXT,
  ${count('capacity')},
  ${flag('has_housing')},
  ${flag('pays_allowance')},
  ${count('fund_per_student_fen')},
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  ${TS}
) STRICT;
${index('internship_base', 'organisation_id')}
${index('internship_base', 'agreement_id')}

CREATE TABLE internship_base_major (
  ${owner('base_id', 'internship_base')},
  ${ref('major_id', 'major', true)},
  PRIMARY KEY (base_id, major_id)
) STRICT;
${index('internship_base_major', 'major_id')}

CREATE TABLE base_year_stat (
  id TEXT PRIMARY KEY,
  ${owner('base_id', 'internship_base')},
  ${year('academic_year')},
  ${count('project_count')},
  project_names TEXT,
  ${count('student_visits')},
  usage_days INTEGER CHECK (usage_days BETWEEN 0 AND 366),
  ${count('half_year_interns')},
  ${count('supervisors_sent')},
  ${count('graduates_employed')},
  UNIQUE (base_id, academic_year)
) STRICT;
${index('base_year_stat', 'academic_year')}

CREATE TABLE order_class (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  ${ref('organisation_id', 'organisation', true)},
  ${ref('agreement_id', 'agreement')},
  ${ref('major_id', 'major')},
  kind TEXT CHECK (kind IN ('industry', 'major_group', 'comprehensive')),
  ${year('cohort_year', false)},
  ${date('start_date')},
  ${date('end_date')},
  ${count('planned')},
  ${count('enrolled')},
  employment_commitment_pct INTEGER CHECK (employment_commitment_pct BETWEEN 0 AND 100),
  ${count('employed')},
  ${TS},
  CHECK (end_date >= start_date)
) STRICT;
${index('order_class', 'organisation_id')}
${index('order_class', 'agreement_id')}
${index('order_class', 'major_id')}
${index('order_class', 'cohort_year')}

CREATE TABLE apprenticeship (
  id TEXT PRIMARY KEY,
  ${ref('organisation_id', 'organisation', true)},
  ${ref('agreement_id', 'agreement')},
  ${ref('major_id', 'major')},
  level TEXT CHECK (level IN ('national', 'provincial', 'municipal', 'school')),
  ${year('cohort_year', false)},
  ${count('apprentices')},
  ${count('mentors')},
  ${TS}
) STRICT;
${index('apprenticeship', 'organisation_id')}
${index('apprenticeship', 'agreement_id')}
${index('apprenticeship', 'major_id')}
${index('apprenticeship', 'cohort_year')}

CREATE TABLE industry_college (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  level TEXT CHECK (level IN ('national', 'provincial', 'municipal', 'school')),
  ${date('established_date')},
  ${ref('agreement_id', 'agreement')},
  ${TS}
) STRICT;
${index('industry_college', 'agreement_id')}

CREATE TABLE industry_college_partner (
  ${owner('college_id', 'industry_college')},
  ${ref('organisation_id', 'organisation', true)},
  PRIMARY KEY (college_id, organisation_id)
) STRICT;
${index('industry_college_partner', 'organisation_id')}

CREATE TABLE industry_college_major (
  ${owner('college_id', 'industry_college')},
  ${ref('major_id', 'major', true)},
  PRIMARY KEY (college_id, major_id)
) STRICT;
${index('industry_college_major', 'major_id')}

CREATE TABLE part_time_teacher (
  id TEXT PRIMARY KEY,
  ${ref('contact_id', 'contact', true)},
  ${ref('organisation_id', 'organisation', true)},
  ${year('academic_year')},
  courses TEXT,
  ${count('hours')},
  ${count('pay_fen')},
  qualification TEXT,
  ${TS}
) STRICT;
${index('part_time_teacher', 'contact_id')}
${index('part_time_teacher', 'organisation_id')}
${index('part_time_teacher', 'academic_year')}

CREATE TABLE teacher_practice (
  id TEXT PRIMARY KEY,
  ${ref('staff_id', 'staff', true)},
  ${ref('organisation_id', 'organisation', true)},
  ${year('academic_year')},
  ${date('start_date')},
  ${date('end_date')},
  days INTEGER CHECK (days BETWEEN 0 AND 366),
  content TEXT,
  ${TS},
  CHECK (end_date >= start_date)
) STRICT;
${index('teacher_practice', 'staff_id')}
${index('teacher_practice', 'organisation_id')}
${index('teacher_practice', 'academic_year')}

CREATE TABLE cert_1x (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  level TEXT,
  ${ref('organisation_id', 'organisation')},
  ${year('academic_year')},
  ${count('trained')},
  ${count('examined')},
  ${count('passed')},
  ${TS},
  CHECK (passed <= examined)
) STRICT;
${index('cert_1x', 'organisation_id')}
${index('cert_1x', 'academic_year')}

CREATE TABLE cert_1x_major (
  ${owner('cert_id', 'cert_1x')},
  ${ref('major_id', 'major', true)},
  PRIMARY KEY (cert_id, major_id)
) STRICT;
${index('cert_1x_major', 'major_id')}

CREATE TABLE placement_stat (
  id TEXT PRIMARY KEY,
  ${ref('organisation_id', 'organisation', true)},
  ${ref('major_id', 'major', true)},
  ${year('academic_year')},
  ${count('order_trainees')},
  ${count('interns')},
  ${count('graduates_employed')},
  ${TS}
) STRICT;
-- One live figure set per partner, major and 学年, or R1 would double count.
CREATE UNIQUE INDEX placement_stat_unique_live ON placement_stat (organisation_id, major_id, academic_year)
  WHERE deleted_at IS NULL;
${index('placement_stat', 'major_id')}
${index('placement_stat', 'academic_year')}
`;

const linkRowId =
  (left: string, right: string) =>
  (alias: 'NEW' | 'OLD'): string =>
    `${alias}.${left} || ':' || ${alias}.${right}`;

const SOFT_DELETE_TABLES = new Set([
  'internship_base', 'order_class', 'apprenticeship', 'industry_college', 'part_time_teacher', 'teacher_practice',
  'cert_1x', 'placement_stat',
]);

function auditSql(): string {
  return Object.entries(PROGRAMME_TABLE_COLUMNS)
    .map(([table, columns]) => {
      const [first, second] = columns;
      const isLink = first !== 'id' && second !== undefined;
      return auditTriggersSql({
        table,
        columns,
        ...(isLink ? { rowId: linkRowId(first, second) } : {}),
        softDelete: SOFT_DELETE_TABLES.has(table),
      });
    })
    .join('\n');
}

export const migration0003: Migration = {
  version: 3,
  name: 'programmes',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    sqlite.exec(auditSql());
  },
};
