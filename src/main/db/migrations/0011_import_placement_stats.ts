import type { Migration } from '../migrate';
import { IMPORT_BATCH_COLUMNS, IMPORT_MAPPING_COLUMNS } from './0009_import_batches_and_mappings';
import { auditTriggersSql } from './auditTriggers';

// Import of placement statistics (issue 6): import_batch and import_mapping CHECK the
// entity name, and SQLite cannot alter a CHECK, so both tables are rebuilt (the 12-step
// ALTER) with 'placementStats' added. Rows are copied as they are; the copy is not
// audited (the new table has no triggers yet) because nothing changed for the user.
// Dropping the old table drops its triggers and indexes; they are created again after
// the rename. No table references these two, so no foreign key is touched.

const ENTITIES = `('partners', 'agreements', 'courses', 'fundingTxns', 'baseYearStats', 'placementStats')`;

const REBUILD_SQL = `
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
  deleted_at TEXT
) STRICT;
INSERT INTO import_mapping_new (${IMPORT_MAPPING_COLUMNS.join(', ')}) SELECT ${IMPORT_MAPPING_COLUMNS.join(', ')} FROM import_mapping;
DROP TABLE import_mapping;
ALTER TABLE import_mapping_new RENAME TO import_mapping;
CREATE UNIQUE INDEX import_mapping_by_entity_name ON import_mapping (entity, name) WHERE deleted_at IS NULL;
`;

export const migration0011: Migration = {
  version: 11,
  name: 'import_placement_stats',
  rebuildsTables: true,
  up(sqlite) {
    sqlite.exec(REBUILD_SQL);
    sqlite.exec(auditTriggersSql({ table: 'import_batch', columns: IMPORT_BATCH_COLUMNS }));
    sqlite.exec(auditTriggersSql({ table: 'import_mapping', columns: IMPORT_MAPPING_COLUMNS, softDelete: true }));
  },
};
