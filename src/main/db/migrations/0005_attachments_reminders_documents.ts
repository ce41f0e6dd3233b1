import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Attachments (content-addressed files on disk), reminders, the partner-merge log and
// document templates/clauses. attachment.entity_type/entity_id and reminder's pair are
// polymorphic (any entity table), so they carry no FK; services check them.

const TS = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT`;
const TS_COLUMNS = ['created_at', 'updated_at', 'deleted_at'] as const;
const date = (col: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const index = (table: string, ...cols: string[]): string =>
  `CREATE INDEX ${table}_by_${cols.join('_')} ON ${table} (${cols.join(', ')});`;

const SUPPORT_TABLE_COLUMNS = {
  attachment: [
    'id', 'sha256', 'original_name', 'mime', 'size', 'stored_name', 'entity_type', 'entity_id', 'kind', 'version',
    ...TS_COLUMNS,
  ],
  reminder: [
    'id', 'entity_type', 'entity_id', 'kind', 'due_date', 'lead_days', 'done_at', 'snoozed_until', 'dismissed_at',
    ...TS_COLUMNS,
  ],
  organisation_merge: ['id', 'survivor_id', 'merged_id', 'merged_at', 'snapshot_json'],
  document_template: ['id', 'doc_type', 'name', 'lang', 'version', 'built_in', 'body_json', ...TS_COLUMNS],
  document_clause: ['id', 'template_id', 'agreement_id', 'position', 'heading', 'body', ...TS_COLUMNS],
} as const;

const TABLES_SQL = `
CREATE TABLE attachment (
  id TEXT PRIMARY KEY,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  -- The user's file name, shown as text only; the file on disk is stored_name.
  original_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  -- <sha256><ext>: never derived from user input, so no path can escape the store.
  stored_name TEXT NOT NULL CHECK (substr(stored_name, 1, 64) = sha256 AND stored_name NOT GLOB '*[/\\]*'),
  entity_type TEXT NOT NULL CHECK (length(entity_type) > 0),
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('signed_scan', 'business_licence', 'plaque_photo', 'generated_document', 'other')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  ${TS}
) STRICT;
${index('attachment', 'sha256')}
${index('attachment', 'entity_type', 'entity_id')}

CREATE TABLE reminder (
  id TEXT PRIMARY KEY,
  entity_type TEXT NOT NULL CHECK (length(entity_type) > 0),
  entity_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('expiry', 'renewal_start', 'followup', 'obligation', 'report_due')),
  ${date('due_date', true)},
  lead_days INTEGER CHECK (lead_days >= 0),
  done_at TEXT,
  ${date('snoozed_until')},
  dismissed_at TEXT,
  ${TS}
) STRICT;
${index('reminder', 'entity_type', 'entity_id')}
${index('reminder', 'due_date')}

CREATE TABLE organisation_merge (
  id TEXT PRIMARY KEY,
  survivor_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  merged_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
  merged_at TEXT NOT NULL,
  -- The merged partner as it was, so a merge can be explained (and undone by hand).
  snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json)),
  CHECK (survivor_id <> merged_id)
) STRICT;
${index('organisation_merge', 'survivor_id')}
${index('organisation_merge', 'merged_id')}

CREATE TABLE document_template (
  id TEXT PRIMARY KEY,
  doc_type TEXT NOT NULL CHECK (length(doc_type) > 0),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  lang TEXT NOT NULL DEFAULT 'zh-CN' CHECK (lang IN ('zh-CN', 'en-US')),
  version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  built_in INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
  body_json TEXT NOT NULL CHECK (json_valid(body_json)),
  ${TS}
) STRICT;
${index('document_template', 'doc_type')}

-- Agreement wording: a template's default clauses, or an agreement's own copy of them.
CREATE TABLE document_clause (
  id TEXT PRIMARY KEY,
  template_id TEXT REFERENCES document_template (id) ON DELETE CASCADE,
  agreement_id TEXT REFERENCES agreement (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  heading TEXT,
  body TEXT NOT NULL,
  ${TS},
  CHECK (template_id IS NOT NULL OR agreement_id IS NOT NULL)
) STRICT;
${index('document_clause', 'template_id')}
${index('document_clause', 'agreement_id')}
`;

const SOFT_DELETE_TABLES = new Set(['attachment', 'reminder', 'document_template', 'document_clause']);

export const migration0005: Migration = {
  version: 5,
  name: 'attachments_reminders_documents',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    for (const [table, columns] of Object.entries(SUPPORT_TABLE_COLUMNS)) {
      sqlite.exec(auditTriggersSql({ table, columns, softDelete: SOFT_DELETE_TABLES.has(table) }));
    }
  },
};
