import type { Migration } from '../migrate';
import { AUDIT_LOG_SQL, auditTriggersSql, ENTITY_TAIL } from './auditTriggers';

// Enumerations are written out literally rather than read from enums.ts: a shipped
// migration must never change, and the checksum test would catch a silent change.
// test/integration/db/migration_0001.test.ts checks every current enum code is accepted.

const TIMESTAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT`;

const bool = (column: string): string => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const jsonArray = (column: string): string =>
  `${column} TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(${column}) AND json_type(${column}) = 'array')`;

const TABLES_SQL = `
CREATE TABLE app_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE org_unit (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  code TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('college', 'department')),
  parent_id TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  head TEXT,
  phone TEXT,${TIMESTAMPS},
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE INDEX org_unit_by_parent ON org_unit (parent_id);

CREATE TABLE major (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('secondary', 'higher_vocational', 'vocational_bachelor')),
  org_unit_id TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,${TIMESTAMPS}
) STRICT;
CREATE UNIQUE INDEX major_code_level_live ON major (code, level) WHERE deleted_at IS NULL;
CREATE INDEX major_by_org_unit ON major (org_unit_id);

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  staff_no TEXT,
  org_unit_id TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  title TEXT,
  phone TEXT,
  email TEXT,${TIMESTAMPS}
) STRICT;
CREATE INDEX staff_by_org_unit ON staff (org_unit_id);

CREATE TABLE organisation (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'industry_association', 'research_institute',
    'training_evaluation_org', 'government', 'other')),
  full_name TEXT NOT NULL CHECK (length(full_name) > 0),
  uscc TEXT CHECK (uscc IS NULL OR length(uscc) = 18),
  ${bool('uscc_check_overridden')},
  ${jsonArray('aliases_json')},
  industry_section TEXT CHECK (industry_section IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J',
    'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T')),
  industry_division TEXT CHECK (length(industry_division) = 2),
  size TEXT CHECK (size IN ('large', 'medium', 'small', 'micro')),
  nature TEXT CHECK (nature IN ('state_owned', 'central_soe', 'state_holding', 'private', 'foreign',
    'joint_venture', 'listed', 'public_institution', 'other')),
  region_code TEXT CHECK (length(region_code) = 6),
  region_name TEXT,
  address TEXT,
  website TEXT,
  legal_representative TEXT,
  cjrh_level TEXT CHECK (cjrh_level IN ('national', 'provincial')),
  status TEXT NOT NULL CHECK (status IN ('prospect', 'negotiating', 'active', 'paused', 'ended')),
  source TEXT CHECK (source IN ('trade_fair', 'visit', 'referral', 'other')),
  owner_org_unit_id TEXT REFERENCES org_unit (id) ON DELETE RESTRICT,
  ${jsonArray('tags_json')},
  notes TEXT,${TIMESTAMPS}
) STRICT;
-- Over all rows, trashed ones too: a USCC identifies one legal entity, so re-entering a
-- trashed partner must surface it (and offer restore) rather than create a twin.
CREATE UNIQUE INDEX organisation_uscc ON organisation (uscc) WHERE uscc IS NOT NULL;
-- List screen: deleted_at first because every list filters live rows (IS NULL is an
-- equality for the planner), then the sort column and the id tiebreak.
CREATE INDEX organisation_live_by_updated ON organisation (deleted_at, updated_at, id);
CREATE INDEX organisation_live_by_created ON organisation (deleted_at, created_at, id);
CREATE INDEX organisation_live_by_name ON organisation (deleted_at, full_name, id);
CREATE INDEX organisation_by_status ON organisation (status, deleted_at, updated_at, id);
CREATE INDEX organisation_by_kind ON organisation (kind, deleted_at, updated_at, id);
CREATE INDEX organisation_by_industry ON organisation (industry_section, deleted_at, updated_at, id);
CREATE INDEX organisation_by_region ON organisation (region_name);
CREATE INDEX organisation_by_owner ON organisation (owner_org_unit_id);

CREATE TABLE contact (
  id TEXT PRIMARY KEY,
  organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  name TEXT NOT NULL CHECK (length(name) > 0),
  title TEXT,
  department TEXT,
  mobile TEXT,
  phone TEXT,
  email TEXT,
  wechat TEXT,
  ${bool('is_primary')},
  ${bool('is_part_time_teacher')},
  notes TEXT,${TIMESTAMPS}
) STRICT;
CREATE INDEX contact_by_organisation ON contact (organisation_id, deleted_at, name);
CREATE INDEX contact_live_by_name ON contact (deleted_at, name, id);
-- At most one live primary contact per organisation; the service clears the old one first.
CREATE UNIQUE INDEX contact_one_primary ON contact (organisation_id) WHERE is_primary = 1 AND deleted_at IS NULL;
`;

const AUDIT_SQL = [
  auditTriggersSql({ table: 'app_setting', columns: ['key', 'value', 'updated_at'], rowId: (a) => `${a}.key` }),
  auditTriggersSql({
    table: 'org_unit',
    columns: ['id', 'name', 'code', 'kind', 'parent_id', 'head', 'phone', ...ENTITY_TAIL],
    softDelete: true,
  }),
  auditTriggersSql({
    table: 'major',
    columns: ['id', 'code', 'name', 'level', 'org_unit_id', ...ENTITY_TAIL],
    softDelete: true,
  }),
  auditTriggersSql({
    table: 'staff',
    columns: ['id', 'name', 'staff_no', 'org_unit_id', 'title', 'phone', 'email', ...ENTITY_TAIL],
    softDelete: true,
  }),
  auditTriggersSql({
    table: 'organisation',
    columns: [
      'id', 'kind', 'full_name', 'uscc', 'uscc_check_overridden', 'aliases_json', 'industry_section',
      'industry_division', 'size', 'nature', 'region_code', 'region_name', 'address', 'website',
      'legal_representative', 'cjrh_level', 'status', 'source', 'owner_org_unit_id', 'tags_json', 'notes',
      ...ENTITY_TAIL,
    ],
    softDelete: true,
  }),
  auditTriggersSql({
    table: 'contact',
    columns: [
      'id', 'organisation_id', 'name', 'title', 'department', 'mobile', 'phone', 'email', 'wechat',
      'is_primary', 'is_part_time_teacher', 'notes', ...ENTITY_TAIL,
    ],
    softDelete: true,
  }),
].join('\n');

export const migration0001: Migration = {
  version: 1,
  name: 'reference_and_partners',
  up(sqlite) {
    sqlite.exec(AUDIT_LOG_SQL);
    sqlite.exec(TABLES_SQL);
    sqlite.exec(AUDIT_SQL);
  },
};
