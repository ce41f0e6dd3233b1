import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Enumerations are written out literally rather than read from enums.ts: a shipped migration
// must never change, so a new enum code needs a new migration. migration_0002.test.ts checks
// that every current code is accepted.
const AGREEMENT_STATUSES = ['draft', 'signing', 'active', 'renewing', 'renewed', 'terminated'];
const AGREEMENT_TYPES = [
  'framework', 'internship_base', 'order_class', 'modern_apprenticeship', 'industry_college', 'co_built_major',
  'joint_course_textbook', 'training_base', 'technical_service', 'donation', 'cert_1x', 'other',
];
const INTERACTION_KINDS = ['visit', 'trade_fair', 'call', 'meeting', 'other'];
const MAJOR_LEVELS = ['secondary', 'higher_vocational', 'vocational_bachelor'];
const OBLIGATION_RECURRENCES = ['none', 'yearly', 'semester'];
const PARTY_ROLES = ['甲', '乙', '丙', '丁'];
const PARTY_TYPES = ['school', 'enterprise', 'student', 'guardian', 'other'];

// A NULL passes the CHECK (IN yields NULL), so nullable columns can use it too.
const oneOf = (column: string, values: readonly string[]): string =>
  `CHECK (${column} IN (${values.map((v) => `'${v}'`).join(', ')}))`;

const isoDate = (column: string): string =>
  `CHECK (${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

const nonNegative = (column: string): string => `${column} INTEGER CHECK (${column} IS NULL OR ${column} >= 0)`;

const flag = (column: string): string => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;

const AGREEMENT_COLUMNS = [
  'id',
  'agreement_no',
  'title',
  'type',
  'org_unit_id',
  'sign_date',
  'start_date',
  'end_date',
  'auto_renew',
  'notice_days',
  'amount_fen',
  'copies_total',
  'copies_each',
  'status',
  'renewal_of_id',
  'template_id',
  'merge_values_json',
  'signed_scan_attachment_id',
  'terminated_reason',
  'notes',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

const PARTY_COLUMNS = [
  'id',
  'agreement_id',
  'role',
  'party_type',
  'organisation_id',
  'display_name',
  'uscc',
  'legal_representative',
  'address',
  'signatory',
  'signed_date',
  'sealed',
] as const;

const OBLIGATION_COLUMNS = [
  'id',
  'agreement_id',
  'party_role',
  'text',
  'quantity',
  'unit',
  'due_date',
  'recurrence',
  'done_at',
] as const;

const INTERACTION_COLUMNS = [
  'id',
  'organisation_id',
  'kind',
  'date',
  'staff_id',
  'staff_title',
  'host_name',
  'host_title',
  'event_name',
  'location',
  'summary',
  'outcome_form',
  'demand_major_code',
  'demand_major_name',
  'demand_major_level',
  'positions_offered',
  'average_salary_fen',
  'intern_majors',
  'intern_count',
  'intern_pay_fen',
  'employ_majors',
  'employ_count',
  'starting_salary_fen',
  'other_intents',
  'next_action',
  'follow_up_date',
  'follow_up_done_at',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;

// template_id and signed_scan_attachment_id point at tables of migration 5; SQLite cannot add
// a foreign key to an existing column without a rebuild, so they stay plain ids checked by services.
const AGREEMENT_SQL = `
CREATE TABLE agreement (
  id TEXT PRIMARY KEY,
  agreement_no TEXT,
  title TEXT NOT NULL CHECK (length(title) > 0),
  type TEXT NOT NULL ${oneOf('type', AGREEMENT_TYPES)},
  org_unit_id TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  sign_date TEXT ${isoDate('sign_date')},
  start_date TEXT ${isoDate('start_date')},
  end_date TEXT ${isoDate('end_date')},
  ${flag('auto_renew')},
  ${nonNegative('notice_days')},
  ${nonNegative('amount_fen')},
  copies_total INTEGER CHECK (copies_total IS NULL OR copies_total >= 1),
  copies_each INTEGER CHECK (copies_each IS NULL OR copies_each >= 1),
  status TEXT NOT NULL DEFAULT 'draft' ${oneOf('status', AGREEMENT_STATUSES)},
  renewal_of_id TEXT REFERENCES agreement (id) ON DELETE RESTRICT,
  template_id TEXT,
  merge_values_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(merge_values_json)),
  signed_scan_attachment_id TEXT,
  terminated_reason TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date),
  CHECK (renewal_of_id IS NULL OR renewal_of_id <> id)
) STRICT;
CREATE UNIQUE INDEX agreement_no_unique ON agreement (agreement_no)
  WHERE agreement_no IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX agreement_by_status ON agreement (status, end_date);
CREATE INDEX agreement_by_type ON agreement (type);
CREATE INDEX agreement_by_org_unit ON agreement (org_unit_id);
CREATE INDEX agreement_by_end_date ON agreement (end_date);
CREATE INDEX agreement_by_renewal_of ON agreement (renewal_of_id);
CREATE INDEX agreement_by_updated_at ON agreement (updated_at);

CREATE TABLE agreement_major (
  agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  major_id TEXT NOT NULL REFERENCES major (id) ON DELETE RESTRICT,
  PRIMARY KEY (agreement_id, major_id)
) STRICT;
CREATE INDEX agreement_major_by_major ON agreement_major (major_id);

CREATE TABLE agreement_party (
  id TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  role TEXT NOT NULL ${oneOf('role', PARTY_ROLES)},
  party_type TEXT NOT NULL ${oneOf('party_type', PARTY_TYPES)},
  organisation_id TEXT REFERENCES organisation (id) ON DELETE RESTRICT,
  display_name TEXT,
  uscc TEXT,
  legal_representative TEXT,
  address TEXT,
  signatory TEXT,
  signed_date TEXT ${isoDate('signed_date')},
  ${flag('sealed')},
  UNIQUE (agreement_id, role)
) STRICT;
CREATE INDEX agreement_party_by_organisation ON agreement_party (organisation_id);

CREATE TABLE obligation (
  id TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  party_role TEXT NOT NULL ${oneOf('party_role', PARTY_ROLES)},
  text TEXT NOT NULL CHECK (length(text) > 0),
  ${nonNegative('quantity')},
  unit TEXT,
  due_date TEXT ${isoDate('due_date')},
  recurrence TEXT NOT NULL DEFAULT 'none' ${oneOf('recurrence', OBLIGATION_RECURRENCES)},
  done_at TEXT ${isoDate('done_at')}
) STRICT;
CREATE INDEX obligation_by_agreement ON obligation (agreement_id);
`;

const INTERACTION_SQL = `
CREATE TABLE interaction (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  kind TEXT NOT NULL ${oneOf('kind', INTERACTION_KINDS)},
  date TEXT NOT NULL ${isoDate('date')},
  staff_id TEXT REFERENCES staff (id) ON DELETE RESTRICT,
  staff_title TEXT,
  host_name TEXT,
  host_title TEXT,
  event_name TEXT,
  location TEXT,
  summary TEXT,
  outcome_form TEXT,
  demand_major_code TEXT,
  demand_major_name TEXT,
  demand_major_level TEXT ${oneOf('demand_major_level', MAJOR_LEVELS)},
  ${nonNegative('positions_offered')},
  ${nonNegative('average_salary_fen')},
  intern_majors TEXT,
  ${nonNegative('intern_count')},
  ${nonNegative('intern_pay_fen')},
  employ_majors TEXT,
  ${nonNegative('employ_count')},
  ${nonNegative('starting_salary_fen')},
  other_intents TEXT,
  next_action TEXT,
  follow_up_date TEXT ${isoDate('follow_up_date')},
  follow_up_done_at TEXT ${isoDate('follow_up_done_at')},
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX interaction_by_organisation ON interaction (organisation_id, date);
CREATE INDEX interaction_by_date ON interaction (date);
CREATE INDEX interaction_by_staff ON interaction (staff_id);
CREATE INDEX interaction_open_follow_ups ON interaction (follow_up_date) WHERE follow_up_done_at IS NULL;
`;

const AUDIT_SQL = [
  auditTriggersSql({ table: 'agreement', columns: AGREEMENT_COLUMNS, softDelete: true }),
  auditTriggersSql({
    table: 'agreement_major',
    columns: ['agreement_id', 'major_id'],
    rowId: (a) => `${a}.agreement_id || ':' || ${a}.major_id`,
  }),
  auditTriggersSql({ table: 'agreement_party', columns: PARTY_COLUMNS }),
  auditTriggersSql({ table: 'obligation', columns: OBLIGATION_COLUMNS }),
  auditTriggersSql({ table: 'interaction', columns: INTERACTION_COLUMNS, softDelete: true }),
].join('\n');

export const migration0002: Migration = {
  version: 2,
  name: 'agreements_and_interactions',
  up(sqlite) {
    sqlite.exec(AGREEMENT_SQL);
    sqlite.exec(INTERACTION_SQL);
    sqlite.exec(AUDIT_SQL);
  },
};
