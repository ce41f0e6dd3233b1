import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AttachmentCopySummary } from '@shared/domain/backup';
import type { JobPhase } from '@shared/domain/jobs';
import { DomainError } from '../errors';
import { cancelledError, type JobHandle } from '../jobs/jobRegistry';
import type { AttachmentRef } from './attachmentRefs';

// Copies content-addressed attachment files between two folders (the data folder's
// attachments/ and the PartnerDesk-attachments/ folder next to a backup), in both
// directions. Incremental by name + size: a file is named by its sha256, so a file with
// that name and the right size is taken as present. Every copy goes to a temp name, is
// fsynced, read back and hashed, and only a copy whose sha256 matches is renamed into place;
// on any failure or cancel the temp file is removed, so only whole, verified files appear.

/** The folder written next to a backup file in a folder the user picked. */
export const ATTACHMENTS_BACKUP_FOLDER = 'PartnerDesk-attachments';

export const attachmentsFolderNextTo = (backupFile: string): string => path.join(path.dirname(path.resolve(backupFile)), ATTACHMENTS_BACKUP_FOLDER);

const TEMP_NAME = /^\..+\.tmp$/;

export const isCopyTempName = (name: string): boolean => TEMP_NAME.test(name);

function sizeOf(file: string): number | null {
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/** Whether `name` is present in `dir` with the expected size (the incremental rule). */
export const presentWithSize = (dir: string, ref: AttachmentRef): boolean => sizeOf(path.join(dir, ref.storedName)) === ref.size;

async function sha256OfFile(file: string, signal: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file, { signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function fsyncPath(file: string, flags: 'r' | 'r+'): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, flags);
    fs.fsyncSync(fd);
  } catch (error) {
    // A directory cannot be fsynced on Windows: best effort there, required for files.
    if (flags === 'r+') throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** temp → fsync → read back + sha256 → rename. Returns false (and leaves nothing) when the bytes do not match. */
async function copyOne(source: string, targetDir: string, ref: AttachmentRef, signal: AbortSignal): Promise<boolean> {
  const temp = path.join(targetDir, `.${ref.storedName}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await pipeline(fs.createReadStream(source), fs.createWriteStream(temp, { flags: 'wx' }), { signal });
    fsyncPath(temp, 'r+');
    // Hash what landed on the target, not what was read: that is the file a restore will use.
    if ((await sha256OfFile(temp, signal)) !== ref.sha256) return false;
    fs.renameSync(temp, path.join(targetDir, ref.storedName));
    return true;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function mapCopyError(error: unknown, signal: AbortSignal): unknown {
  if (signal.aborted) return cancelledError();
  if ((error as { code?: unknown } | null)?.code === 'ENOSPC') {
    return new DomainError('DISK_FULL', 'Disk full while copying attachments', { cause: error });
  }
  return error;
}

/**
 * Brings every ref from `sourceDir` into `targetDir` unless it is already there. A ref that
 * is absent from `sourceDir`, or whose bytes there do not hash to its name, counts as missing.
 * Throws CANCELLED when the job is cancelled (no temp file is left behind).
 */
export async function copyAttachments(opts: {
  refs: readonly AttachmentRef[];
  /** null: no source folder (an uploaded file); every ref not in targetDir is missing. */
  sourceDir: string | null;
  targetDir: string;
  job: JobHandle;
  phase: JobPhase;
}): Promise<AttachmentCopySummary> {
  const { refs, sourceDir, targetDir, job, phase } = opts;
  const summary: AttachmentCopySummary = { referenced: refs.length, copied: 0, alreadyThere: 0, missing: 0, bytes: 0, copiedBytes: 0 };
  if (refs.length > 0) fs.mkdirSync(targetDir, { recursive: true });
  job.progress(phase, 0, refs.length);
  try {
    for (const [index, ref] of refs.entries()) {
      job.throwIfCancelled();
      if (presentWithSize(targetDir, ref)) {
        summary.alreadyThere += 1;
        summary.bytes += ref.size;
      } else if (sourceDir === null || sizeOf(path.join(sourceDir, ref.storedName)) === null) {
        summary.missing += 1;
      } else if (await copyOne(path.join(sourceDir, ref.storedName), targetDir, ref, job.signal)) {
        summary.copied += 1;
        summary.bytes += ref.size;
        summary.copiedBytes += ref.size;
      } else {
        summary.missing += 1;
      }
      job.progress(phase, index + 1, refs.length);
    }
  } catch (error) {
    throw mapCopyError(error, job.signal);
  }
  if (summary.copied > 0) fsyncPath(targetDir, 'r');
  return summary;
}

/** What a restore from `backupFolder` would find for `refs`: already local, in the folder, or in neither. */
export function planAttachmentRestore(refs: readonly AttachmentRef[], localDir: string, backupFolder: string | null) {
  let local = 0;
  let fromFolder = 0;
  for (const ref of refs) {
    if (presentWithSize(localDir, ref)) local += 1;
    else if (backupFolder !== null && presentWithSize(backupFolder, ref)) fromFolder += 1;
  }
  return { referenced: refs.length, local, fromFolder, missing: refs.length - local - fromFolder, folderFound: backupFolder !== null };
}
