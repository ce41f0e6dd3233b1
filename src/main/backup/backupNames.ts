import { BACKUP_FILE_NAME_PATTERN, type BackupReason } from '@shared/domain/backup';
import { backupTimestamp } from '../db/backup';

// Backup file names carry everything retention needs (date, schema version, reason), so
// pruning never opens a file, and only files matching our own pattern are ever deleted.

export interface ParsedBackupName {
  fileName: string;
  /** Local time from the name. */
  date: Date;
  schemaVersion: number;
  reason: BackupReason;
}

export function parseBackupName(fileName: string): ParsedBackupName | null {
  const m = BACKUP_FILE_NAME_PATTERN.exec(fileName);
  if (!m) return null;
  const [, preMigration, day, time, version, reason] = m as unknown as [string, string | undefined, string, string, string, string | undefined];
  const date = new Date(
    Number(day.slice(0, 4)),
    Number(day.slice(4, 6)) - 1,
    Number(day.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
  if (Number.isNaN(date.getTime()) || backupTimestamp(date) !== `${day}-${time}`) return null;
  return {
    fileName,
    date,
    schemaVersion: Number(version),
    reason: preMigration ? 'pre-migration' : ((reason ?? 'auto') as BackupReason),
  };
}

/** `<yyyyMMdd-HHmmss>-v<schema>-<reason>[-n].sqlite`; `attempt` > 1 avoids a same-second clash. */
export function backupFileName(date: Date, schemaVersion: number, reason: Exclude<BackupReason, 'pre-migration'>, attempt = 1): string {
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${backupTimestamp(date)}-v${schemaVersion}-${reason}${suffix}.sqlite`;
}

/** Newest first. */
export function sortNewestFirst<T extends { date: Date; fileName: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || b.fileName.localeCompare(a.fileName));
}
