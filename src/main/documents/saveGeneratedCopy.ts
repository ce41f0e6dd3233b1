import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from '@shared/domain/documentIpc';
import type { ProducedFile } from '@shared/domain/jobs';
import { storedFilePath } from '../attachments/attachmentStore';
import { notFound } from '../errors';
import type { ProducedFiles } from '../files/producedFiles';
import { writeAtomically } from '../reports/atomicFile';
import type { Executor } from '../services/context';
import { findLiveGeneratedFile } from './generatedDocumentRepository';

const FILTERS: Record<DocumentFormat, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  docx: { name: 'Word 文档', extensions: ['docx'] },
};

/**
 * "另存为": copies a generated document out of the attachment store to where the officer
 * chooses (a USB stick, the shared drive), under its own name; null when the dialog was
 * closed. The copy is registered so the page can open it or show it in its folder by id.
 */
export async function saveGeneratedCopy(
  db: Executor,
  deps: { dataDir: string; files: ProducedFiles | undefined },
  generatedId: string,
): Promise<ProducedFile | null> {
  const found = await findLiveGeneratedFile(db, generatedId);
  if (!found) throw notFound('generatedDocument', generatedId);
  const source = storedFilePath(deps.dataDir, found.storedName);
  if (!source) throw notFound('attachment', found.attachmentId);
  await fs.access(source).catch(() => {
    throw notFound('attachment', found.attachmentId);
  });
  if (!deps.files) return null;
  const chosen = await deps.files.chooseSavePath({ title: found.originalName, defaultName: found.originalName, filters: [FILTERS[found.format]] });
  if (chosen === null) return null;
  const target = path.resolve(chosen.toLowerCase().endsWith(`.${found.format}`) ? chosen : `${chosen}.${found.format}`);
  await writeAtomically(target, (temp) => fs.copyFile(source, temp));
  return deps.files.register(target);
}
