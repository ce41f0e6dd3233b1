import fs from 'node:fs';
import path from 'node:path';
import { RestoreReport, type TableCounts } from '@shared/domain/backup';
import { DomainError } from '../errors';
import { openDatabase } from '../db/openDatabase';
import { inspectRestoreCandidate } from './inspectCandidate';
import { quarantineDatabase } from './quarantine';

// Restore is staged, not swapped live: every service holds the open connection, so the
// safe moment to replace the file is before anything opens it. The verified copy waits as
// `restore-pending.sqlite` with a marker; createCore applies it at the next start
// (open the old file to prove nobody else holds it → close → rename the copy into place),
// then migrates it like any older database. The marker is written last and removed last,
// so a crash at any point either leaves the old database or finishes the restore.

export const PENDING_FILE = 'restore-pending.sqlite';
export const PENDING_MARKER = 'restore-pending.json';
export const RESTORE_REPORT = 'last-restore.json';

export interface PendingRestore {
  source: string;
  stagedAt: string;
  preRestoreBackup: string | null;
  schemaVersion: number;
}

function writeJsonAtomically(file: string, value: unknown): void {
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(value, null, 2));
  const fd = fs.openSync(tmp, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}

export function hasPendingRestore(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, PENDING_MARKER));
}

/** Copies a verified file next to the database, checks the copy again, then writes the marker. */
export function stageRestore(
  dataDir: string,
  sourceFile: string,
  meta: { source: string; preRestoreBackup: string | null; now: Date; latestVersion: number; nativeBinding?: string },
): PendingRestore {
  const pending = path.join(dataDir, PENDING_FILE);
  const tmp = `${pending}.tmp`;
  fs.rmSync(path.join(dataDir, PENDING_MARKER), { force: true });
  fs.copyFileSync(sourceFile, tmp);
  try {
    const fd = fs.openSync(tmp, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // The copy is what will be used, so it is the copy that must verify.
    const inspection = inspectRestoreCandidate(tmp, {
      latestVersion: meta.latestVersion,
      ...(meta.nativeBinding === undefined ? {} : { nativeBinding: meta.nativeBinding }),
    });
    fs.renameSync(tmp, pending);
    const marker: PendingRestore = {
      source: meta.source,
      stagedAt: meta.now.toISOString(),
      preRestoreBackup: meta.preRestoreBackup,
      schemaVersion: inspection.schemaVersion,
    };
    writeJsonAtomically(path.join(dataDir, PENDING_MARKER), marker);
    return marker;
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * At start, before the database is opened for use. Returns the applied restore, or null.
 * A DB_BUSY from the old file (another process holds it) aborts and keeps everything staged.
 */
export function applyPendingRestore(opts: {
  dataDir: string;
  dbFile: string;
  now: Date;
  latestVersion: number;
  nativeBinding?: string;
}): PendingRestore | null {
  const markerFile = path.join(opts.dataDir, PENDING_MARKER);
  if (!fs.existsSync(markerFile)) return null;
  const marker = JSON.parse(fs.readFileSync(markerFile, 'utf8')) as PendingRestore;
  const pending = path.join(opts.dataDir, PENDING_FILE);
  const binding = opts.nativeBinding === undefined ? {} : { nativeBinding: opts.nativeBinding };
  if (fs.existsSync(pending)) {
    inspectRestoreCandidate(pending, { latestVersion: opts.latestVersion, ...binding });
    if (fs.existsSync(opts.dbFile)) releaseOldDatabase(opts, binding);
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(opts.dbFile + suffix, { force: true });
    fs.renameSync(pending, opts.dbFile);
  }
  // else: renamed already before a crash; only the marker is left.
  fs.rmSync(markerFile, { force: true });
  return marker;
}

/** Opening takes the exclusive lock (proves nobody else uses it) and closing checkpoints its WAL. */
function releaseOldDatabase(opts: { dataDir: string; dbFile: string; now: Date }, binding: { nativeBinding?: string }): void {
  try {
    openDatabase(opts.dbFile, { ...binding, actor: () => 'restore' }).close();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CORRUPT') {
      // The restore replaces a damaged file: keep the damaged one for IT, never delete it.
      quarantineDatabase(opts.dataDir, opts.dbFile, opts.now);
      return;
    }
    throw error;
  }
}

/** After the restored database is open and migrated: records what the user is told. */
export function finishRestoreReport(dataDir: string, applied: PendingRestore, countsAfter: TableCounts, now: Date): RestoreReport {
  const report: RestoreReport = {
    source: applied.source,
    appliedAt: now.toISOString(),
    preRestoreBackup: applied.preRestoreBackup,
    countsAfter,
  };
  writeJsonAtomically(path.join(dataDir, RESTORE_REPORT), report);
  return report;
}

export function readRestoreReport(dataDir: string): RestoreReport | null {
  const file = path.join(dataDir, RESTORE_REPORT);
  if (!fs.existsSync(file)) return null;
  const parsed = RestoreReport.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}
