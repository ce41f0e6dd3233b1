import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../errors';
import type { ProducedFiles } from '../files/producedFiles';
import { parseBackupName, sortNewestFirst } from './backupNames';

/**
 * Backups found in folders the user picked through the core's folder dialog, remembered
 * under an id the page may hold (like produced files): a page never sends a path, and can
 * only name a file the user chose. The folder matters because PartnerDesk-attachments/
 * sits next to the backup (an upload has no folder).
 */
export function createPickedBackups(files: ProducedFiles) {
  const picks = new Map<string, string>();
  return {
    /** Folder picker → the newest PartnerDesk backup in it; CANCELLED when closed, NOT_FOUND when none. */
    async pick(): Promise<string> {
      const folder = await files.chooseFolder('从备份文件夹恢复… / Restore from a backup folder…');
      if (!folder) throw new DomainError('CANCELLED', 'no folder chosen');
      const found = sortNewestFirst(fs.readdirSync(folder).flatMap((name) => parseBackupName(name) ?? []))[0];
      if (!found) throw new DomainError('NOT_FOUND', 'no PartnerDesk backup in this folder', { details: { folder } });
      const pickId = randomBytes(12).toString('hex');
      picks.set(pickId, path.join(path.resolve(folder), found.fileName));
      return pickId;
    },
    fileOf(pickId: string): string {
      const file = picks.get(pickId);
      if (file === undefined || !fs.existsSync(file)) throw new DomainError('NOT_FOUND', 'the picked backup is gone', { details: { pickId } });
      return file;
    },
  };
}
