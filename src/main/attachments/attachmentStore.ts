import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveInsideDirectory } from '../security';

// The content-addressed file store: `<dataDir>/attachments/<sha256><ext>`. Names come from
// the hash and an allowlisted extension only, so nothing the user typed reaches a path.

export const ATTACHMENTS_FOLDER = 'attachments';

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, ATTACHMENTS_FOLDER);
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The stored file's absolute path; null if the name would leave the store (a corrupt row). */
export function storedFilePath(dataDir: string, storedName: string): string | null {
  return resolveInsideDirectory(attachmentsDir(dataDir), storedName);
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the bytes under `storedName` unless that file already exists (same hash, same
 * content): temp file, fsync, rename, so a crash leaves either nothing or the whole file.
 * Returns whether a new file was written. Never call inside a database transaction.
 */
export async function storeFile(dataDir: string, storedName: string, bytes: Buffer): Promise<boolean> {
  const dir = attachmentsDir(dataDir);
  const target = storedFilePath(dataDir, storedName);
  if (target === null) throw new Error(`stored name escapes the attachment folder: ${storedName}`);
  if (await exists(target)) return false;
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${storedName}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  return true;
}

export const storedFileExists = exists;
