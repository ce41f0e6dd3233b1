import type { Generated } from 'kysely';
import type { ATTACHMENT_KINDS, LANGUAGES, REMINDER_KINDS } from '@shared/domain/enums';

// Tables of migration 0005: attachments, reminders, the partner-merge log, documents.

interface Timestamps {
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AttachmentTable extends Timestamps {
  id: string;
  /** Lower-case hex; the file on disk is `stored_name` = `<sha256><ext>`. */
  sha256: string;
  original_name: string;
  mime: string;
  size: number;
  stored_name: string;
  /** Table name of the owning row, e.g. 'agreement'. */
  entity_type: string;
  entity_id: string;
  kind: (typeof ATTACHMENT_KINDS)[number];
  version: Generated<number>;
}

export interface ReminderTable extends Timestamps {
  id: string;
  entity_type: string;
  entity_id: string;
  kind: (typeof REMINDER_KINDS)[number];
  due_date: string;
  lead_days: number | null;
  done_at: string | null;
  snoozed_until: string | null;
  dismissed_at: string | null;
}

export interface OrganisationMergeTable {
  id: string;
  survivor_id: string;
  merged_id: string;
  merged_at: string;
  snapshot_json: string;
}

export interface DocumentTemplateTable extends Timestamps {
  id: string;
  doc_type: string;
  name: string;
  lang: Generated<(typeof LANGUAGES)[number]>;
  version: Generated<number>;
  built_in: Generated<number>;
  body_json: string;
}

export interface DocumentClauseTable extends Timestamps {
  id: string;
  template_id: string | null;
  agreement_id: string | null;
  position: number;
  heading: string | null;
  body: string;
}

export interface SupportTables {
  attachment: AttachmentTable;
  reminder: ReminderTable;
  organisation_merge: OrganisationMergeTable;
  document_template: DocumentTemplateTable;
  document_clause: DocumentClauseTable;
}
