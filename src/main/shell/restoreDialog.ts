import path from 'node:path';
import { dialog } from 'electron';
import { DomainError } from '../errors';
import { latestVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { stageRestore } from '../backup/restoreFiles';

// reliability.md §4: after createCore moved a damaged database to quarantine/, offer the
// newest verified backup, pre-selected, with its date and record counts, or quit. The
// choice stages that backup; the caller starts again and createCore applies it.

interface OfferedBackup {
  file: string;
  fileName: string;
  date: string;
  counts: Record<string, number>;
}

function offeredBackup(error: unknown): { quarantineDir: string; backup: OfferedBackup } | null {
  if (!(error instanceof DomainError) || error.code !== 'CORRUPT') return null;
  const quarantineDir = error.details?.['quarantineDir'];
  const backup = error.details?.['latestBackup'] as OfferedBackup | null | undefined;
  if (typeof quarantineDir !== 'string' || !backup || typeof backup.file !== 'string') return null;
  return { quarantineDir, backup };
}

/** Pure text of the dialog; exported for tests. */
export function quarantineDialogText(quarantineDir: string, backup: OfferedBackup): { message: string; detail: string } {
  const counts = Object.entries(backup.counts)
    .map(([table, n]) => `${table}: ${n}`)
    .join(', ');
  return {
    message: '数据库文件已损坏，已移至隔离文件夹。是否恢复最新的备份？\nThe database file is damaged and was moved to a quarantine folder. Restore the latest backup?',
    detail:
      `备份 / Backup: ${backup.fileName}\n日期 / Date: ${new Date(backup.date).toLocaleString()}\n记录数 / Records: ${counts}\n\n` +
      `该备份之后的更改将丢失。/ Changes made after this backup will be missing.\n\n` +
      `隔离文件夹 / Quarantine folder (for IT):\n${quarantineDir}`,
  };
}

/** True when the user chose to restore and the backup is staged; false to go on to the error box. */
export function offerBackupAfterQuarantine(error: unknown, dataDir: string, log: (m: string, e: unknown) => void): boolean {
  const offer = offeredBackup(error);
  if (!offer) return false;
  const { message, detail } = quarantineDialogText(offer.quarantineDir, offer.backup);
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: 'PartnerDesk',
    message,
    detail,
    buttons: ['恢复此备份 / Restore this backup', '退出 / Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (choice !== 0) return false;
  try {
    stageRestore(dataDir, offer.backup.file, {
      source: path.basename(offer.backup.file),
      preRestoreBackup: null,
      now: new Date(),
      latestVersion: latestVersion(MIGRATIONS),
    });
    return true;
  } catch (stageError) {
    log('restoring the offered backup failed', stageError);
    return false;
  }
}
