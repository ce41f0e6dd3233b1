import type { Migration } from '../migrate';
import { IMPORT_BATCH_COLUMNS } from './0009_import_batches_and_mappings';
import { IMPORT_MAPPING_COLUMNS_0013 } from './0013_import_mapping_values';
import { auditTriggersSql } from './auditTriggers';

// Every R1 figure reaches a major (issue 11). 支持学校兼职教师数 and the contribution
// columns of 专业产学合作 are reported per 专业; part-time teachers had no major at all and
// a contribution only had one through an agreement covering exactly one major, so their
// figures fell into 未分专业, which R2 (ODS) never uploads. Both get a nullable major_id:
// the officer may not know it (the record then stays in 未分专业 and R17 lists it). A
// teacher serving two majors is entered as two records, one per major with the hours split.
//
// Existing contributions get the major R1 already gave them: the single live major of their
// agreement. The backfill runs before the audit triggers are rebuilt (the old ones do not
// list major_id), so it adds no audit rows and leaves updated_at alone, and no report changes.
//
// The same migration lets import_batch / import_mapping record the two new import entities
// 'partTimeTeachers' and 'contributions': SQLite cannot alter a CHECK, so both tables are
// rebuilt as 0011 did (rows copied as they are, no audit rows, indexes and triggers again).

export const PART_TIME_TEACHER_COLUMNS_0015 = [
  'id', 'contact_id', 'organisation_id', 'academic_year', 'courses', 'hours', 'pay_fen', 'qualification',
  'created_at', 'updated_at', 'deleted_at', 'major_id',
] as const;

export const CONTRIBUTION_COLUMNS_0015 = [
  'id', 'organisation_id', 'agreement_id', 'kind', 'items', 'value_fen', 'date', 'target', 'trainee_person_days',
  'created_at', 'updated_at', 'deleted_at', 'major_id',
] as const;

const MAJOR_SQL = `
ALTER TABLE part_time_teacher ADD COLUMN major_id TEXT REFERENCES major (id) ON DELETE RESTRICT;
CREATE INDEX part_time_teacher_by_major_id ON part_time_teacher (major_id);
ALTER TABLE contribution ADD COLUMN major_id TEXT REFERENCES major (id) ON DELETE RESTRICT;
CREATE INDEX contribution_by_major_id ON contribution (major_id);
UPDATE contribution SET major_id = (
    SELECT max(am.major_id) FROM agreement_major am JOIN major m ON m.id = am.major_id AND m.deleted_at IS NULL
     WHERE am.agreement_id = contribution.agreement_id
    HAVING count(*) = 1)
  WHERE agreement_id IS NOT NULL;
DROP TRIGGER audit_part_time_teacher_insert;
DROP TRIGGER audit_part_time_teacher_update;
DROP TRIGGER audit_part_time_teacher_delete;
DROP TRIGGER audit_contribution_insert;
DROP TRIGGER audit_contribution_update;
DROP TRIGGER audit_contribution_delete;
`;

const ENTITIES = `('partners', 'agreements', 'courses', 'fundingTxns', 'baseYearStats', 'placementStats', 'partTimeTeachers', 'contributions')`;

const IMPORT_REBUILD_SQL = `
CREATE TABLE import_batch_new (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ${ENTITIES}),
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
  mode TEXT NOT NULL CHECK (mode IN ('all-or-nothing', 'valid-only')),
  created_count INTEGER NOT NULL CHECK (created_count >= 0),
  updated_count INTEGER NOT NULL CHECK (updated_count >= 0),
  skipped_count INTEGER NOT NULL CHECK (skipped_count >= 0),
  error_count INTEGER NOT NULL CHECK (error_count >= 0),
  backup_file TEXT,
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO import_batch_new (${IMPORT_BATCH_COLUMNS.join(', ')}) SELECT ${IMPORT_BATCH_COLUMNS.join(', ')} FROM import_batch;
DROP TABLE import_batch;
ALTER TABLE import_batch_new RENAME TO import_batch;
CREATE INDEX import_batch_by_created_at ON import_batch (created_at);

CREATE TABLE import_mapping_new (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ${ENTITIES}),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  columns_json TEXT NOT NULL CHECK (json_valid(columns_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  values_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(values_json))
) STRICT;
INSERT INTO import_mapping_new (${IMPORT_MAPPING_COLUMNS_0013.join(', ')}) SELECT ${IMPORT_MAPPING_COLUMNS_0013.join(', ')} FROM import_mapping;
DROP TABLE import_mapping;
ALTER TABLE import_mapping_new RENAME TO import_mapping;
CREATE UNIQUE INDEX import_mapping_by_entity_name ON import_mapping (entity, name) WHERE deleted_at IS NULL;
`;

export const migration0015: Migration = {
  version: 15,
  name: 'record_majors',
  rebuildsTables: true,
  up(sqlite) {
    sqlite.exec(MAJOR_SQL);
    sqlite.exec(auditTriggersSql({ table: 'part_time_teacher', columns: PART_TIME_TEACHER_COLUMNS_0015, softDelete: true }));
    sqlite.exec(auditTriggersSql({ table: 'contribution', columns: CONTRIBUTION_COLUMNS_0015, softDelete: true }));
    sqlite.exec(IMPORT_REBUILD_SQL);
    sqlite.exec(auditTriggersSql({ table: 'import_batch', columns: IMPORT_BATCH_COLUMNS }));
    sqlite.exec(auditTriggersSql({ table: 'import_mapping', columns: IMPORT_MAPPING_COLUMNS_0013, softDelete: true }));
  },
};
