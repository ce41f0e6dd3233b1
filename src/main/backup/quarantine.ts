import fs from 'node:fs';
import path from 'node:path';
import type { TableCounts } from '@shared/domain/backup';
import { backupTimestamp } from '../db/backup';
import { backupsDir } from '../db/dataDir';
import { parseBackupName, sortNewestFirst } from './backupNames';
import { inspectRestoreCandidate } from './inspectCandidate';

// reliability.md §4: a database that fails quick_check (or is not a database) is MOVED,
// with its -wal and -shm, to <dataDir>/quarantine/<ts>/ for IT. Never deleted, never
// "repaired". The newest backup that verifies is then offered.

export const QUARANTINE_DIR = 'quarantine';

/** Moves db, -wal, -shm (those that exist) into a fresh quarantine folder; returns it. */
export function quarantineDatabase(dataDir: string, dbFile: string, now: Date): string {
  const base = path.join(dataDir, QUARANTINE_DIR, backupTimestamp(now));
  let dir = base;
  for (let n = 2; fs.existsSync(dir); n += 1) dir = `${base}-${n}`;
  fs.mkdirSync(dir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const from = dbFile + suffix;
    if (fs.existsSync(from)) fs.renameSync(from, path.join(dir, path.basename(from)));
  }
  return dir;
}

export interface OfferedBackup {
  file: string;
  fileName: string;
  date: string;
  schemaVersion: number;
  counts: TableCounts;
}

/** The newest of our backups that passes the restore checks (tries the newest `limit`). */
export function latestVerifiedBackup(
  dataDir: string,
  options: { latestVersion: number; nativeBinding?: string; limit?: number },
): OfferedBackup | null {
  const dir = backupsDir(dataDir);
  if (!fs.existsSync(dir)) return null;
  const parsed = fs.readdirSync(dir).flatMap((name) => {
    const p = parseBackupName(name);
    return p ? [p] : [];
  });
  for (const b of sortNewestFirst(parsed).slice(0, options.limit ?? 10)) {
    const file = path.join(dir, b.fileName);
    try {
      const inspection = inspectRestoreCandidate(file, options);
      return { file, fileName: b.fileName, date: b.date.toISOString(), schemaVersion: inspection.schemaVersion, counts: inspection.counts };
    } catch {
      // a damaged or too-new backup is skipped; the next older one is tried
    }
  }
  return null;
}
