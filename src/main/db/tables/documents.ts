import type { Generated } from 'kysely';

// Tables of migration 0008: template version history and generated documents.

export interface DocumentTemplateVersionTable {
  template_id: string;
  version: number;
  name: string;
  body_json: string;
  created_at: string;
}

export interface GeneratedDocumentTable {
  id: string;
  agreement_id: string;
  attachment_id: string;
  /** Null only after the template was purged; template_name still says what was used. */
  template_id: string | null;
  template_version: number | null;
  template_name: string;
  lang: 'zh-CN' | 'en-US';
  format: 'pdf' | 'docx';
  version: number;
  /** JSON array of merge field names confirmed blank at export. */
  missing_json: Generated<string>;
  created_at: string;
}

export interface DocumentTables {
  document_template_version: DocumentTemplateVersionTable;
  generated_document: GeneratedDocumentTable;
}
