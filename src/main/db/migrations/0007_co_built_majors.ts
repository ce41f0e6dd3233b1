import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// 专业共建: a major built jointly with one or more partners (issue 3). One row per major
// and cooperation; partners in a link table because several enterprises often co-build
// one major. Soft delete and audit triggers as for the other programme tables (0003).

const TABLES_SQL = `
CREATE TABLE co_built_major (
  id TEXT PRIMARY KEY,
  major_id TEXT NOT NULL REFERENCES major (id) ON DELETE RESTRICT,
  agreement_id TEXT REFERENCES agreement (id) ON DELETE RESTRICT,
  start_year INTEGER CHECK (start_year BETWEEN 1990 AND 2100),
  level TEXT CHECK (level IN ('national', 'provincial', 'municipal', 'school')),
  content TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX co_built_major_by_major_id ON co_built_major (major_id);
CREATE INDEX co_built_major_by_agreement_id ON co_built_major (agreement_id);
CREATE INDEX co_built_major_by_start_year ON co_built_major (start_year);

CREATE TABLE co_built_major_partner (
  co_built_major_id TEXT NOT NULL REFERENCES co_built_major (id) ON DELETE CASCADE,
  organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  PRIMARY KEY (co_built_major_id, organisation_id)
) STRICT;
CREATE INDEX co_built_major_partner_by_organisation_id ON co_built_major_partner (organisation_id);
`;

const AUDIT_SQL = [
  auditTriggersSql({
    table: 'co_built_major',
    columns: ['id', 'major_id', 'agreement_id', 'start_year', 'level', 'content', 'created_at', 'updated_at', 'deleted_at'],
    softDelete: true,
  }),
  auditTriggersSql({
    table: 'co_built_major_partner',
    columns: ['co_built_major_id', 'organisation_id'],
    rowId: (alias) => `${alias}.co_built_major_id || ':' || ${alias}.organisation_id`,
  }),
].join('\n');

export const migration0007: Migration = {
  version: 7,
  name: 'co_built_majors',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    sqlite.exec(AUDIT_SQL);
  },
};
