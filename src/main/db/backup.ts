import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { AppErrorCode } from '@shared/ipc/result';
import { DomainError, toDomainError } from '../errors';
import { type AppDatabase, nativeBindingOf, openDatabase, readPragmaNumber } from './openDatabase';

export interface VerifiedBackup {
  file: string;
  bytes: number;
  schemaVersion: number;
}

export interface BackupOptions {
  /** user_version the copy must have; defaults to the source's. */
  expectedVersion?: number;
  /** Defaults to the binding the source connection was opened with. */
  nativeBinding?: string;
}

export interface VerifyOptions {
  expectedVersion?: number;
  nativeBinding?: string;
}

type Inspection =
  | { ok: true; schemaVersion: number }
  | { ok: false; reason: string; code: Extract<AppErrorCode, 'CORRUPT' | 'INTERNAL'> };

/** reliability.md §2: room for the copy, its verification and a margin. */
const FREE_SPACE_MARGIN_BYTES = 50 * 1024 * 1024;

/**
 * Online backup → fsync → verify in a separate read-only connection → rename into place.
 * A copy that fails verification is deleted, never promoted. The live file is never
 * copied with fs.copyFile: under concurrent writes such copies silently lose commits.
 */
export async function createVerifiedBackup(
  sqlite: BetterSqlite3.Database,
  targetFile: string,
  options: BackupOptions = {},
): Promise<VerifiedBackup> {
  const target = path.resolve(targetFile);
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const expectedVersion = options.expectedVersion ?? readPragmaNumber(sqlite, 'user_version');
  const nativeBinding = options.nativeBinding ?? nativeBindingOf(sqlite);
  ensureFreeSpace(dir, databaseBytes(sqlite));

  const tmp = path.join(dir, `.tmp-${randomBytes(8).toString('hex')}.sqlite`);
  let schemaVersion: number;
  try {
    await sqlite.backup(tmp);
    convertToRollbackJournal(tmp, nativeBinding);
    fsyncFile(tmp);
    const inspection = inspectDatabaseFile(tmp, { expectedVersion, nativeBinding });
    if (!inspection.ok) {
      throw new DomainError(inspection.code, `Backup verification failed: ${inspection.reason}`, {
        details: { targetFile: target },
      });
    }
    schemaVersion = inspection.schemaVersion;
    fs.renameSync(tmp, target);
  } catch (error) {
    removeDatabaseFiles(tmp);
    throw mapBackupError(error);
  }
  fsyncDirectory(dir);
  return { file: target, bytes: fs.statSync(target).size, schemaVersion };
}

/** Checks a database file without changing it: integrity, foreign keys and schema version. */
export function verifyDatabaseFile(
  file: string,
  options: VerifyOptions = {},
): { ok: true; schemaVersion: number } | { ok: false; reason: string } {
  const inspection = inspectDatabaseFile(file, options);
  return inspection.ok ? inspection : { ok: false, reason: inspection.reason };
}

/** `yyyyMMdd-HHmmss` in local time, as users read backup names in Explorer. */
export function backupTimestamp(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

function inspectDatabaseFile(file: string, options: VerifyOptions): Inspection {
  let app: AppDatabase;
  try {
    app = openDatabase(file, {
      readonly: true,
      untrusted: true,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `cannot open: ${reason}`, code: 'CORRUPT' };
  }
  try {
    const integrity = app.sqlite.prepare('PRAGMA integrity_check').pluck().all();
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      return { ok: false, reason: `integrity_check: ${integrity.slice(0, 5).join('; ')}`, code: 'CORRUPT' };
    }
    const violations = app.sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) {
      return { ok: false, reason: `foreign_key_check: ${violations.length} violation(s)`, code: 'CORRUPT' };
    }
    const schemaVersion = readPragmaNumber(app.sqlite, 'user_version');
    if (options.expectedVersion !== undefined && schemaVersion !== options.expectedVersion) {
      return {
        ok: false,
        reason: `user_version is ${schemaVersion}, expected ${options.expectedVersion}`,
        code: 'INTERNAL',
      };
    }
    return { ok: true, schemaVersion };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, reason, code: 'CORRUPT' };
  } finally {
    app.close();
  }
}

/**
 * The online backup copies the source header, so the copy says "WAL". A read-only open of a
 * WAL file leaves `-wal`/`-shm` behind (and fails on a write-protected USB stick), so the
 * copy becomes a self-contained rollback-journal file. This private connection only flips
 * the journal mode of a file nobody else knows yet; no trigger can run, so it skips
 * openDatabase's policy. A restored copy is switched back to WAL by openDatabase.
 */
function convertToRollbackJournal(file: string, nativeBinding: string | undefined): void {
  const conn = new BetterSqlite3(file, {
    fileMustExist: true,
    ...(nativeBinding === undefined ? {} : { nativeBinding }),
  });
  try {
    const mode = conn.pragma('journal_mode = DELETE', { simple: true });
    if (mode !== 'delete') throw new DomainError('INTERNAL', `backup copy stayed in journal_mode ${String(mode)}`);
  } finally {
    conn.close();
  }
}

function databaseBytes(sqlite: BetterSqlite3.Database): number {
  return readPragmaNumber(sqlite, 'page_count') * readPragmaNumber(sqlite, 'page_size');
}

function ensureFreeSpace(dir: string, dbBytes: number): void {
  let available: number;
  try {
    const stats = fs.statfsSync(dir);
    available = stats.bavail * stats.bsize;
  } catch {
    // Some filesystems (network shares) do not answer statfs; the backup itself still
    // fails cleanly with SQLITE_FULL if space runs out.
    return;
  }
  const needed = 2 * dbBytes + FREE_SPACE_MARGIN_BYTES;
  if (available < needed) {
    throw new DomainError('DISK_FULL', `Not enough free space for a backup in ${dir}`, {
      details: { dir, neededBytes: needed, availableBytes: available },
    });
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes the rename durable; Windows cannot open a directory for fsync, hence best effort. */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    fs.rmSync(file + suffix, { force: true });
  }
}

function mapBackupError(error: unknown): DomainError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC') {
    return new DomainError('DISK_FULL', 'Disk full while writing a backup', { cause: error });
  }
  return toDomainError(error);
}
