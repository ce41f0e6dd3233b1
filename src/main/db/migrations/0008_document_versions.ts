import type { Migration } from '../migrate';
import { auditTriggersSql } from './auditTriggers';

// Agreement documents (issue 5). document_template (0005) keeps one row per template with
// its current body; this migration adds
//   - document_template_version: every body a template ever had, so a generated document
//     can say which wording it used and older versions stay listable. Rows never change.
//   - generated_document: one row per exported PDF/DOCX, linking the agreement, the
//     template version, the document language and format, the stored attachment and the
//     per-agreement-and-format version number shown in the file name (…_v3.pdf).
//   - a unique index so an agreement holds at most one live clause at each position of a
//     template (its per-agreement wording in document_clause).
// Template references from generated_document are SET NULL: the record keeps the name it
// was generated with (template_name) when a trashed user template is purged.

const VERSION_COLUMNS = ['template_id', 'version', 'name', 'body_json', 'created_at'] as const;
const GENERATED_COLUMNS = [
  'id', 'agreement_id', 'attachment_id', 'template_id', 'template_version', 'template_name', 'lang', 'format',
  'version', 'missing_json', 'created_at',
] as const;

const TABLES_SQL = `
CREATE TABLE document_template_version (
  template_id TEXT NOT NULL REFERENCES document_template (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  body_json TEXT NOT NULL CHECK (json_valid(body_json)),
  created_at TEXT NOT NULL,
  PRIMARY KEY (template_id, version)
) STRICT;
-- History is written once: a new wording is a new version, never an edit of an old one.
CREATE TRIGGER document_template_version_is_append_only BEFORE UPDATE ON document_template_version
BEGIN SELECT RAISE(ABORT, 'document_template_version is append-only'); END;

CREATE TABLE generated_document (
  id TEXT PRIMARY KEY,
  agreement_id TEXT NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  attachment_id TEXT NOT NULL UNIQUE REFERENCES attachment (id) ON DELETE CASCADE,
  template_id TEXT,
  template_version INTEGER CHECK (template_version >= 1),
  template_name TEXT NOT NULL CHECK (length(trim(template_name)) > 0),
  lang TEXT NOT NULL CHECK (lang IN ('zh-CN', 'en-US')),
  format TEXT NOT NULL CHECK (format IN ('pdf', 'docx')),
  version INTEGER NOT NULL CHECK (version >= 1),
  -- Merge fields the officer confirmed to leave blank at export (a JSON array of names).
  missing_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(missing_json) AND json_type(missing_json) = 'array'),
  created_at TEXT NOT NULL,
  FOREIGN KEY (template_id, template_version) REFERENCES document_template_version (template_id, version) ON DELETE SET NULL,
  CHECK ((template_id IS NULL) = (template_version IS NULL)),
  UNIQUE (agreement_id, format, version)
) STRICT;
CREATE INDEX generated_document_by_template_id_template_version ON generated_document (template_id, template_version);

-- Templates written before this migration get their current body as their first recorded version.
INSERT INTO document_template_version (template_id, version, name, body_json, created_at)
  SELECT id, version, name, body_json, updated_at FROM document_template;

CREATE UNIQUE INDEX document_clause_live_position ON document_clause (agreement_id, template_id, position)
  WHERE deleted_at IS NULL AND agreement_id IS NOT NULL;
`;

export const migration0008: Migration = {
  version: 8,
  name: 'document_versions',
  up(sqlite) {
    sqlite.exec(TABLES_SQL);
    const versionRowId = (a: 'NEW' | 'OLD'): string => `${a}.template_id || ':' || ${a}.version`;
    sqlite.exec(auditTriggersSql({ table: 'document_template_version', columns: VERSION_COLUMNS, rowId: versionRowId }));
    sqlite.exec(auditTriggersSql({ table: 'generated_document', columns: GENERATED_COLUMNS }));
  },
};
