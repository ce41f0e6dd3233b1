import type { DocumentLang } from '@shared/domain/document';
import type { DocumentFormat } from '@shared/domain/documentIpc';
import type { Executor } from '../services/context';

// generated_document: which template version, language and format made each stored file.

export interface GeneratedRecord {
  id: string;
  agreementId: string;
  attachmentId: string;
  templateId: string | null;
  templateVersion: number | null;
  templateName: string;
  lang: DocumentLang;
  format: DocumentFormat;
  version: number;
  missing: string[];
  createdAt: string;
}

/** Earlier documents of this agreement and format (trashed files included) + 1. */
export async function nextGeneratedVersion(db: Executor, agreementId: string, format: DocumentFormat): Promise<number> {
  const row = await db
    .selectFrom('generated_document')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('agreement_id', '=', agreementId)
    .where('format', '=', format)
    .executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

export async function insertGenerated(db: Executor, g: GeneratedRecord): Promise<void> {
  await db
    .insertInto('generated_document')
    .values({
      id: g.id,
      agreement_id: g.agreementId,
      attachment_id: g.attachmentId,
      template_id: g.templateId,
      template_version: g.templateVersion,
      template_name: g.templateName,
      lang: g.lang,
      format: g.format,
      version: g.version,
      missing_json: JSON.stringify(g.missing),
      created_at: g.createdAt,
    })
    .execute();
}

/** Generated documents of an agreement whose file is not in the trash, newest first. */
export async function listLiveGenerated(db: Executor, agreementId: string): Promise<GeneratedRecord[]> {
  const rows = await db
    .selectFrom('generated_document as g')
    .innerJoin('attachment as a', 'a.id', 'g.attachment_id')
    .selectAll('g')
    .where('g.agreement_id', '=', agreementId)
    .where('a.deleted_at', 'is', null)
    .orderBy('g.created_at', 'desc')
    .orderBy('g.version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    agreementId: r.agreement_id,
    attachmentId: r.attachment_id,
    templateId: r.template_id,
    templateVersion: r.template_version,
    templateName: r.template_name,
    lang: r.lang,
    format: r.format,
    version: r.version,
    missing: JSON.parse(r.missing_json) as string[],
    createdAt: r.created_at,
  }));
}

/** A generated document whose file and agreement are live, with where its file is stored. */
export async function findLiveGeneratedFile(db: Executor, id: string) {
  const row = await db
    .selectFrom('generated_document as g')
    .innerJoin('attachment as a', 'a.id', 'g.attachment_id')
    .innerJoin('agreement as ag', 'ag.id', 'g.agreement_id')
    .select(['g.format', 'a.id as attachment_id', 'a.original_name', 'a.stored_name'])
    .where('g.id', '=', id)
    .where('a.deleted_at', 'is', null)
    .where('ag.deleted_at', 'is', null)
    .executeTakeFirst();
  return row ? { format: row.format, attachmentId: row.attachment_id, originalName: row.original_name, storedName: row.stored_name } : undefined;
}
