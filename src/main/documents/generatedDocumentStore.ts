import type { Attachment } from '@shared/domain/attachment';
import type { DocumentLang } from '@shared/domain/document';
import type { DocumentFormat, GeneratedDocument } from '@shared/domain/documentIpc';
import { notFound } from '../errors';
import { newId } from '../ids';
import { nowIso, type Executor, type ServiceContext } from '../services/context';
import { findLiveAttachment, insertAttachment, isLiveEntity, nextVersion } from '../attachments/attachmentRepository';
import { sha256Hex, storeFile } from '../attachments/attachmentStore';
import { signedScanIdOf } from '../agreements/signedScanRepository';
import type { TemplateRecord } from './documentTemplateRepository';
import { type GeneratedRecord, insertGenerated, nextGeneratedVersion } from './generatedDocumentRepository';

// A generated document is filed like an upload (content-addressed file, attachment row of
// kind generated_document) plus a generated_document row saying how it was made.

export interface GeneratedFile {
  agreementId: string;
  template: TemplateRecord;
  lang: DocumentLang;
  format: DocumentFormat;
  mime: string;
  bytes: Buffer;
  /** `<协议名称>`; `_v<N>.<ext>` is added here. */
  baseName: string;
  missing: string[];
}

export async function toGeneratedDocument(db: Executor, r: GeneratedRecord): Promise<GeneratedDocument> {
  const a = await findLiveAttachment(db, r.attachmentId);
  if (!a) throw notFound('attachment', r.attachmentId);
  const { storedName: _storedName, ...rest } = a;
  const attachment: Attachment = {
    ...rest,
    entityType: 'agreement',
    isSignedScan: (await signedScanIdOf(db, r.agreementId)) === a.id,
  };
  const { attachmentId: _attachmentId, ...record } = r;
  return { ...record, attachment };
}

/** Writes the file (outside any transaction), then records it with the next version number. */
export async function storeGeneratedDocument(ctx: ServiceContext, dataDir: string, f: GeneratedFile): Promise<GeneratedDocument> {
  const sha256 = sha256Hex(f.bytes);
  const storedName = `${sha256}.${f.format}`;
  await storeFile(dataDir, storedName, f.bytes);
  const stamp = nowIso(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    // Checked inside the transaction: the agreement may have gone to the trash meanwhile.
    if (!(await isLiveEntity(trx, 'agreement', f.agreementId))) throw notFound('agreement', f.agreementId);
    const version = await nextGeneratedVersion(trx, f.agreementId, f.format);
    const originalName = `${f.baseName}_v${version}.${f.format}`;
    const attachmentId = newId();
    await insertAttachment(trx, {
      id: attachmentId,
      sha256,
      originalName,
      mime: f.mime,
      size: f.bytes.length,
      storedName,
      entityType: 'agreement',
      entityId: f.agreementId,
      kind: 'generated_document',
      version: await nextVersion(trx, { entityType: 'agreement', entityId: f.agreementId, kind: 'generated_document', originalName }),
      createdAt: stamp,
    });
    const record: GeneratedRecord = {
      id: newId(),
      agreementId: f.agreementId,
      attachmentId,
      templateId: f.template.id,
      templateVersion: f.template.version,
      templateName: f.template.name,
      lang: f.lang,
      format: f.format,
      version,
      missing: f.missing,
      createdAt: stamp,
    };
    await insertGenerated(trx, record);
    return toGeneratedDocument(trx, record);
  });
}
