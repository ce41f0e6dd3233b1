import type { Migration } from '../migrate';
import { IMPORT_MAPPING_COLUMNS } from './0009_import_batches_and_mappings';
import { auditTriggersSql } from './auditTriggers';

// Value mapping of the import (issue 10): a saved mapping keeps, next to its columns, what
// each distinct cell text of a choice column became ({field: {valueKey: code | null}}), so
// the next file of the same layout (and the error report) needs no value step. A plain
// ADD COLUMN: no CHECK of the table changes. The audit triggers list their columns, so
// they are created again with the new one; existing rows get '{}' and no audit row.

/** ADD COLUMN appends: the table's column order, which the audit JSON follows. */
export const IMPORT_MAPPING_COLUMNS_0013 = [...IMPORT_MAPPING_COLUMNS, 'values_json'] as const;

export const migration0013: Migration = {
  version: 13,
  name: 'import_mapping_values',
  up(sqlite) {
    sqlite.exec(`
ALTER TABLE import_mapping ADD COLUMN values_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(values_json));
DROP TRIGGER audit_import_mapping_insert;
DROP TRIGGER audit_import_mapping_update;
DROP TRIGGER audit_import_mapping_delete;
`);
    sqlite.exec(auditTriggersSql({ table: 'import_mapping', columns: IMPORT_MAPPING_COLUMNS_0013, softDelete: true }));
  },
};
