import type { z } from 'zod';
import { Id } from '@shared/domain/common';
import {
  type Attachment,
  AttachmentListQuery,
  AttachmentUpload,
  MAX_ATTACHMENT_BYTES,
} from '@shared/domain/attachment';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';
import { isOpenableAttachment } from '../security';
import { nowIso, type ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { clearSignedScanIf, signedScanIdOf } from '../agreements/signedScanRepository';
import { classifyUpload } from './attachmentContent';
import {
  type AttachmentRecord,
  findLiveAttachment,
  insertAttachment,
  isLiveEntity,
  listLiveAttachments,
  nextVersion,
  softDeleteAttachment,
} from './attachmentRepository';
import { sha256Hex, storedFileExists, storedFilePath, storeFile } from './attachmentStore';
import type { DesktopPort } from '../files/desktopPort';

export interface AttachmentServiceOptions {
  dataDir: string;
  desktop?: DesktopPort;
  /** Upper bound on a file's bytes; tests lower it. */
  maxBytes?: number;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function toAttachment(r: AttachmentRecord, signedScanId: string | null): Attachment {
  const { storedName: _storedName, ...rest } = r;
  return { ...rest, entityType: r.entityType as Attachment['entityType'], isSignedScan: r.id === signedScanId };
}

/** Decodes strictly: Buffer.from would silently skip characters that are not base64. */
function decodeBase64(data: string): Buffer {
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw fieldError('dataBase64', 'attachment.unreadable');
  return Buffer.from(data, 'base64');
}

export function createAttachmentService(ctx: ServiceContext, options: AttachmentServiceOptions) {
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  let desktop = options.desktop;

  const signedScanFor = async (entityType: string, entityId: string): Promise<string | null> =>
    entityType === 'agreement' ? signedScanIdOf(ctx.db, entityId) : null;

  return {
    /** The shell or the harness hands over the desktop once the core is built. */
    connectDesktop(port: DesktopPort): void {
      desktop = port;
    },

    async list(query: z.input<typeof AttachmentListQuery>): Promise<Attachment[]> {
      const q = parseInput(AttachmentListQuery, query);
      const rows = await listLiveAttachments(ctx.db, q.entityType, q.entityId);
      const signedScanId = await signedScanFor(q.entityType, q.entityId);
      return rows.map((r) => toAttachment(r, signedScanId));
    },

    /**
     * Checks, stores the file (outside any transaction), then records it. Every check runs
     * before the first byte is written, so a refused upload leaves nothing behind.
     */
    async upload(input: z.input<typeof AttachmentUpload>): Promise<Attachment> {
      const u = parseInput(AttachmentUpload, input);
      const bytes = decodeBase64(u.dataBase64);
      if (bytes.length === 0) throw fieldError('dataBase64', 'attachment.empty');
      if (bytes.length > maxBytes) throw fieldError('dataBase64', 'attachment.tooLarge', { maxBytes });
      const classified = classifyUpload(u.fileName, bytes);
      if (!classified.ok) {
        throw classified.reason === 'extension'
          ? fieldError('fileName', 'attachment.extension')
          : fieldError('fileName', 'attachment.content');
      }
      if (!(await isLiveEntity(ctx.db, u.entityType, u.entityId))) throw notFound(u.entityType, u.entityId);

      const sha256 = sha256Hex(bytes);
      const storedName = `${sha256}${classified.type.ext}`;
      await storeFile(options.dataDir, storedName, bytes);

      const id = newId();
      const stamp = nowIso(ctx);
      const record = await ctx.db.transaction().execute(async (trx) => {
        // Checked again: the record may have gone to the trash while the file was written.
        if (!(await isLiveEntity(trx, u.entityType, u.entityId))) throw notFound(u.entityType, u.entityId);
        const version = await nextVersion(trx, { ...u, originalName: u.fileName });
        await insertAttachment(trx, {
          id,
          sha256,
          originalName: u.fileName,
          mime: classified.type.mime,
          size: bytes.length,
          storedName,
          entityType: u.entityType,
          entityId: u.entityId,
          kind: u.kind,
          version,
          createdAt: stamp,
        });
        return findLiveAttachment(trx, id);
      });
      if (!record) throw notFound('attachment', id);
      return toAttachment(record, await signedScanFor(u.entityType, u.entityId));
    },

    /** To the trash; the file stays (another row may share it, and restore needs it). */
    async delete(id: string): Promise<{ ok: true }> {
      const attachmentId = parseInput(Id, id);
      const stamp = nowIso(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await findLiveAttachment(trx, attachmentId);
        if (!current) throw notFound('attachment', attachmentId);
        await softDeleteAttachment(trx, attachmentId, stamp);
        // A trashed file is no longer the agreement's signed scan (report R10 asks "sealed scan: yes/no").
        if (current.entityType === 'agreement') await clearSignedScanIf(trx, current.entityId, attachmentId, stamp);
        return { ok: true as const };
      });
    },

    /**
     * Opens the file in its program when its extension is on the openable allowlist, else
     * only shows it in its folder, so a stored file can never be run by opening it.
     */
    async open(id: string): Promise<{ action: 'opened' | 'revealed' | 'unavailable' }> {
      const attachmentId = parseInput(Id, id);
      const record = await findLiveAttachment(ctx.db, attachmentId);
      if (!record) throw notFound('attachment', attachmentId);
      const file = storedFilePath(options.dataDir, record.storedName);
      if (file === null || !(await storedFileExists(file))) {
        throw new DomainError('NOT_FOUND', 'the stored file is missing', { details: { entity: 'attachmentFile', id: attachmentId } });
      }
      if (!desktop) return { action: 'unavailable' };
      if (isOpenableAttachment(record.storedName)) {
        await desktop.openFile(file);
        return { action: 'opened' };
      }
      desktop.revealFile(file);
      return { action: 'revealed' };
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
