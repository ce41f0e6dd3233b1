import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Import (issue 6). import_batch: one row per committed import, written in the import's
// own transaction, so the audit log holds one entry for the import as a whole next to
// the row-level entries of what it created or changed. import_mapping: column mappings
// the user saved to reuse for the next file of the same layout.

const ENTITIES = `('partners', 'agreements', 'courses', 'fundingTxns', 'baseYearStats')`;

const TABLES_SQL = `
CREATE TABLE import_batch (
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
CREATE INDEX import_batch_by_created_at ON import_batch (created_at);

CREATE TABLE import_mapping (
  id TEXT PRIMARY KEY,
  entity TEXT NOT NULL CHECK (entity IN ${ENTITIES}),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  columns_json TEXT NOT NULL CHECK (json_valid(columns_json)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE UNIQUE INDEX import_mapping_by_entity_name ON import_mapping (entity, name) WHERE deleted_at IS NULL;
`;

export const IMPORT_BATCH_COLUMNS = [
  'id', 'entity', 'file_name', 'file_sha256', 'mode', 'created_count', 'updated_count', 'skipped_count',
  'error_count', 'backup_file', 'created_at',
] as const;
export const IMPORT_MAPPING_COLUMNS = ['id', 'entity', 'name', 'columns_json', 'created_at', 'updated_at', 'deleted_at'] as const;

export const migration0009: Migration = {
  version: 9,
  name: 'import_batches_and_mappings',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    sqlite.exec(auditTriggersSql({ table: 'import_batch', columns: IMPORT_BATCH_COLUMNS }));
    sqlite.exec(auditTriggersSql({ table: 'import_mapping', columns: IMPORT_MAPPING_COLUMNS, softDelete: true }));
  },
};
