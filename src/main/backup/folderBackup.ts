import fs from 'node:fs';
import type { AttachmentCopySummary } from '@shared/domain/backup';
import { attachmentsDir } from '../attachments/attachmentStore';
import type { JobHandle } from '../jobs/jobRegistry';
import { copyAttachments, attachmentsFolderNextTo } from './attachmentCopy';
import { readAttachmentRefs } from './attachmentRefs';

export interface FolderBackupResult {
  /** The verified .sqlite. */
  file: string;
  attachments: AttachmentCopySummary;
  /** `<folder>/PartnerDesk-attachments`. */
  attachmentsFolder: string;
}

/**
 * A backup to a folder the user picked: the verified .sqlite first (its rows decide which
 * files belong to it), then those files into PartnerDesk-attachments/ next to it.
 *
 * Cancel or failure while copying attachments removes this run's .sqlite, so a .sqlite in
 * the folder always comes with its attachments; attachment files already copied and
 * verified stay (they are whole, named by their hash, and make the next run shorter).
 */
export async function backUpWithAttachments(opts: {
  dataDir: string;
  job: JobHandle;
  writeDatabase: () => Promise<string>;
  nativeBinding?: string;
}): Promise<FolderBackupResult> {
  const { job } = opts;
  job.progress('writing', 0, null);
  job.throwIfCancelled();
  const file = await opts.writeDatabase();
  const attachmentsFolder = attachmentsFolderNextTo(file);
  try {
    job.throwIfCancelled();
    const refs = readAttachmentRefs(file, opts.nativeBinding === undefined ? {} : { nativeBinding: opts.nativeBinding });
    const attachments = await copyAttachments({
      refs,
      sourceDir: attachmentsDir(opts.dataDir),
      targetDir: attachmentsFolder,
      job,
      phase: 'copying-attachments',
    });
    job.progress('done', refs.length, refs.length);
    return { file, attachments, attachmentsFolder };
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
}
