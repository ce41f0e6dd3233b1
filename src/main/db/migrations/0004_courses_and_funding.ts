import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Joint courses / textbooks (R3), funding sources and transactions (R14), and what
// enterprises put in (contribution). Money is INTEGER 分; no REAL column anywhere.
// Enumerations are spelled out rather than imported: a shipped migration's SQL must not
// change when enums.ts grows (the checksum test would catch it).

const TS = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT`;
const TS_COLUMNS = ['created_at', 'updated_at', 'deleted_at'] as const;
const date = (col: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const ref = (col: string, table: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} REFERENCES ${table} (id) ON DELETE RESTRICT`;
const index = (table: string, ...cols: string[]): string =>
  `CREATE INDEX ${table}_by_${cols.join('_')} ON ${table} (${cols.join(', ')});`;

const COURSE_FUNDING_TABLE_COLUMNS = {
  joint_course: [
    'id', 'kind', 'code', 'name', 'summary', 'organisation_id', 'major_id', 'start_date', 'end_date',
    'school_lead_staff_id', 'enterprise_lead', 'isbn', 'published_date', ...TS_COLUMNS,
  ],
  funding_source: ['id', 'kind', 'name', 'notes', ...TS_COLUMNS],
  funding_txn: [
    'id', 'source_id', 'direction', 'amount_fen', 'date', 'voucher_no', 'agreement_id', 'programme_type',
    'programme_id', 'summary', 'attachment_id', ...TS_COLUMNS,
  ],
  contribution: [
    'id', 'organisation_id', 'agreement_id', 'kind', 'items', 'value_fen', 'date', 'target', 'trainee_person_days',
    ...TS_COLUMNS,
  ],
} as const;

const TABLES_SQL = `
CREATE TABLE joint_course (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('course', 'textbook')),
  code TEXT,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  summary TEXT,
  ${ref('organisation_id', 'organisation', true)},
  ${ref('major_id', 'major')},
  ${date('start_date')},
  ${date('end_date')},
  ${ref('school_lead_staff_id', 'staff')},
  enterprise_lead TEXT,
  isbn TEXT,
  ${date('published_date')},
  ${TS},
  CHECK (end_date >= start_date)
) STRICT;
-- 课程号 identifies a course in the ODS export (R3), so two live rows cannot share it.
CREATE UNIQUE INDEX joint_course_code_unique_live ON joint_course (kind, code)
  WHERE code IS NOT NULL AND deleted_at IS NULL;
${index('joint_course', 'organisation_id')}
${index('joint_course', 'major_id')}
${index('joint_course', 'school_lead_staff_id')}

CREATE TABLE funding_source (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('fiscal_special', 'enterprise_investment', 'school_self_raised', 'social_donation', 'other')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  notes TEXT,
  ${TS}
) STRICT;
-- Users pick a source by name; two live sources with one name would be indistinguishable.
CREATE UNIQUE INDEX funding_source_name_unique_live ON funding_source (name) WHERE deleted_at IS NULL;

CREATE TABLE funding_txn (
  id TEXT PRIMARY KEY,
  ${ref('source_id', 'funding_source', true)},
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  ${date('date', true)},
  voucher_no TEXT,
  ${ref('agreement_id', 'agreement')},
  programme_type TEXT CHECK (programme_type IN (
    'internship_base', 'order_class', 'apprenticeship', 'industry_college', 'part_time_teacher', 'teacher_practice', 'cert_1x'
  )),
  -- Polymorphic (the table depends on programme_type), so the service checks it, not an FK.
  programme_id TEXT,
  summary TEXT,
  -- The attachment table comes later (migration 5); the id stays a plain reference.
  attachment_id TEXT,
  ${TS},
  CHECK ((programme_type IS NULL) = (programme_id IS NULL))
) STRICT;
${index('funding_txn', 'source_id')}
${index('funding_txn', 'agreement_id')}
${index('funding_txn', 'date')}
${index('funding_txn', 'programme_type', 'programme_id')}

CREATE TABLE contribution (
  id TEXT PRIMARY KEY,
  ${ref('organisation_id', 'organisation', true)},
  ${ref('agreement_id', 'agreement')},
  kind TEXT NOT NULL CHECK (kind IN (
    'donated_equipment', 'quasi_donated_equipment', 'funds', 'premises', 'technical_service_income',
    'employee_training', 'other'
  )),
  items TEXT,
  value_fen INTEGER CHECK (value_fen >= 0),
  ${date('date', true)},
  target TEXT,
  trainee_person_days INTEGER CHECK (trainee_person_days >= 0),
  ${TS},
  -- The indicators these kinds feed (设备值, 到款额, 人天) are meaningless without the figure.
  CHECK (kind NOT IN ('donated_equipment', 'quasi_donated_equipment', 'funds', 'technical_service_income')
         OR value_fen IS NOT NULL),
  CHECK (kind <> 'employee_training' OR trainee_person_days IS NOT NULL)
) STRICT;
${index('contribution', 'organisation_id')}
${index('contribution', 'agreement_id')}
${index('contribution', 'date')}
`;

export const migration0004: Migration = {
  version: 4,
  name: 'courses_and_funding',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    for (const [table, columns] of Object.entries(COURSE_FUNDING_TABLE_COLUMNS)) {
      sqlite.exec(auditTriggersSql({ table, columns, softDelete: true }));
    }
  },
};
