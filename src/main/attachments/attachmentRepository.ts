import type { Selectable } from 'kysely';
import type { Attachment, AttachmentEntityType } from '@shared/domain/attachment';
import type { ATTACHMENT_KINDS } from '@shared/domain/enums';
import type { AttachmentTable } from '../db/tables/support';
import type { Executor } from '../services/context';

type Row = Selectable<AttachmentTable>;

/** An attachment row as the core sees it: includes the stored file name the renderer never gets. */
export interface AttachmentRecord extends Omit<Attachment, 'isSignedScan' | 'entityType'> {
  entityType: string;
  storedName: string;
}

function fromRow(r: Row): AttachmentRecord {
  return {
    id: r.id,
    entityType: r.entity_type,
    entityId: r.entity_id,
    kind: r.kind,
    originalName: r.original_name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    version: r.version,
    storedName: r.stored_name,
    createdAt: r.created_at,
  };
}

export interface NewAttachment {
  id: string;
  sha256: string;
  originalName: string;
  mime: string;
  size: number;
  storedName: string;
  entityType: AttachmentEntityType;
  entityId: string;
  kind: (typeof ATTACHMENT_KINDS)[number];
  version: number;
  createdAt: string;
}

export async function insertAttachment(db: Executor, a: NewAttachment): Promise<void> {
  await db
    .insertInto('attachment')
    .values({
      id: a.id,
      sha256: a.sha256,
      original_name: a.originalName,
      mime: a.mime,
      size: a.size,
      stored_name: a.storedName,
      entity_type: a.entityType,
      entity_id: a.entityId,
      kind: a.kind,
      version: a.version,
      created_at: a.createdAt,
      updated_at: a.createdAt,
      deleted_at: null,
    })
    .execute();
}

export async function findLiveAttachment(db: Executor, id: string): Promise<AttachmentRecord | undefined> {
  const row = await db.selectFrom('attachment').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** Live attachments of one record, newest first. */
export async function listLiveAttachments(db: Executor, entityType: string, entityId: string): Promise<AttachmentRecord[]> {
  const rows = await db
    .selectFrom('attachment')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(fromRow);
}

/** Earlier uploads under the same name and kind: the next one is their version + 1. */
export async function nextVersion(
  db: Executor,
  a: { entityType: string; entityId: string; kind: string; originalName: string },
): Promise<number> {
  const row = await db
    .selectFrom('attachment')
    .select((eb) => eb.fn.max('version').as('latest'))
    .where('entity_type', '=', a.entityType)
    .where('entity_id', '=', a.entityId)
    .where('kind', '=', a.kind as (typeof ATTACHMENT_KINDS)[number])
    .where('original_name', '=', a.originalName)
    .executeTakeFirst();
  return (row?.latest ?? 0) + 1;
}

export async function softDeleteAttachment(db: Executor, id: string, stamp: string): Promise<boolean> {
  const r = await db
    .updateTable('attachment')
    .set({ deleted_at: stamp, updated_at: stamp })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Whether the owning record exists and is not in the trash. */
export async function isLiveEntity(db: Executor, entityType: AttachmentEntityType, entityId: string): Promise<boolean> {
  const row = await db
    .selectFrom(entityType)
    .select('id')
    .where('id', '=', entityId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}
