import type { Selectable } from 'kysely';
import { type DocumentKind, type DocumentLang, TemplateBody } from '@shared/domain/document';
import type { TemplateSummary, TemplateVersionInfo } from '@shared/domain/documentIpc';
import type { DocumentTemplateTable } from '../db/tables/support';
import type { Executor } from '../services/context';

// document_template (current wording) and document_template_version (every wording).

type Row = Selectable<DocumentTemplateTable>;

export interface TemplateRecord extends TemplateSummary {
  body: TemplateBody;
  bodyJson: string;
  deleted: boolean;
}

function fromRow(r: Row): TemplateRecord {
  return {
    id: r.id,
    kind: r.doc_type as DocumentKind,
    lang: r.lang,
    name: r.name,
    version: r.version,
    builtIn: r.built_in === 1,
    updatedAt: r.updated_at,
    body: TemplateBody.parse(JSON.parse(r.body_json)),
    bodyJson: r.body_json,
    deleted: r.deleted_at !== null,
  };
}

/** The canonical stored form of a body, so equal wording compares equal. */
export const bodyJsonOf = (body: TemplateBody): string => JSON.stringify(TemplateBody.parse(body));

export async function findTemplate(db: Executor, id: string): Promise<TemplateRecord | undefined> {
  const row = await db.selectFrom('document_template').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function findLiveTemplate(db: Executor, id: string): Promise<TemplateRecord | undefined> {
  const found = await findTemplate(db, id);
  return found && !found.deleted ? found : undefined;
}

/** Live templates, built-in first, then by name. */
export async function listLiveTemplates(db: Executor, filter: { kind?: DocumentKind; lang?: DocumentLang }): Promise<TemplateRecord[]> {
  let q = db.selectFrom('document_template').selectAll().where('deleted_at', 'is', null);
  if (filter.kind) q = q.where('doc_type', '=', filter.kind);
  if (filter.lang) q = q.where('lang', '=', filter.lang);
  const rows = await q.orderBy('built_in', 'desc').orderBy('name').orderBy('id').execute();
  return rows.map(fromRow);
}

export interface NewTemplate {
  id: string;
  kind: DocumentKind;
  lang: DocumentLang;
  name: string;
  builtIn: boolean;
  bodyJson: string;
  stamp: string;
}

/** A new template at version 1, with its first version row. */
export async function insertTemplate(db: Executor, t: NewTemplate): Promise<void> {
  await db
    .insertInto('document_template')
    .values({
      id: t.id,
      doc_type: t.kind,
      name: t.name,
      lang: t.lang,
      version: 1,
      built_in: t.builtIn ? 1 : 0,
      body_json: t.bodyJson,
      created_at: t.stamp,
      updated_at: t.stamp,
      deleted_at: null,
    })
    .execute();
  await insertVersion(db, { templateId: t.id, version: 1, name: t.name, bodyJson: t.bodyJson, stamp: t.stamp });
}

/** Makes `version` the template's current wording and keeps it in the history. */
export async function saveNewVersion(
  db: Executor,
  v: { templateId: string; version: number; name: string; bodyJson: string; stamp: string },
): Promise<void> {
  await db
    .updateTable('document_template')
    .set({ version: v.version, name: v.name, body_json: v.bodyJson, updated_at: v.stamp })
    .where('id', '=', v.templateId)
    .execute();
  await insertVersion(db, v);
}

async function insertVersion(db: Executor, v: { templateId: string; version: number; name: string; bodyJson: string; stamp: string }): Promise<void> {
  await db
    .insertInto('document_template_version')
    .values({ template_id: v.templateId, version: v.version, name: v.name, body_json: v.bodyJson, created_at: v.stamp })
    .execute();
}

export async function softDeleteTemplate(db: Executor, id: string, stamp: string): Promise<boolean> {
  const r = await db
    .updateTable('document_template')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Newest first. */
export async function listVersions(db: Executor, templateId: string): Promise<TemplateVersionInfo[]> {
  const rows = await db
    .selectFrom('document_template_version')
    .select(['version', 'name', 'created_at'])
    .where('template_id', '=', templateId)
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({ version: r.version, name: r.name, createdAt: r.created_at }));
}

export async function findVersionBody(db: Executor, templateId: string, version: number): Promise<{ name: string; body: TemplateBody } | undefined> {
  const row = await db
    .selectFrom('document_template_version')
    .select(['name', 'body_json'])
    .where('template_id', '=', templateId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? { name: row.name, body: TemplateBody.parse(JSON.parse(row.body_json)) } : undefined;
}
