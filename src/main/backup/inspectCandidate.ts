import fs from 'node:fs';
import type { TableCounts } from '@shared/domain/backup';
import { DomainError } from '../errors';
import { type AppDatabase, openDatabase, readPragmaNumber } from '../db/openDatabase';
import { schemaDifferences } from '../db/schemaSnapshot/schemaCheck';
import { recordCounts } from './dataTables';

// A file offered for restore (one of our backups, or a file the user uploaded) is checked
// before anything is replaced: read-only, trusted_schema=OFF and quick_check (openDatabase's
// `untrusted`), then integrity_check, foreign_key_check, a schema version this app knows,
// PartnerDesk's own tables, and exactly the schema of its version (no extra trigger, view or
// index, none missing or changed: schemaSnapshot/). Nothing here writes to the file.

/** Tables every PartnerDesk database has since schema v1/v2; a file without them is not ours. */
const REQUIRED_TABLES = ['organisation', 'contact', 'agreement', 'audit_log'] as const;

export interface CandidateInspection {
  schemaVersion: number;
  counts: TableCounts;
}

export function inspectRestoreCandidate(
  file: string,
  options: { latestVersion: number; nativeBinding?: string },
): CandidateInspection {
  if (!fs.existsSync(file)) throw new DomainError('NOT_FOUND', `no such file: ${file}`, { details: { file } });
  let app: AppDatabase;
  try {
    app = openDatabase(file, {
      readonly: true,
      untrusted: true,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    if (error instanceof DomainError && error.code === 'CORRUPT') throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('CORRUPT', `Not a usable database file (${reason})`, { details: { file }, cause: error });
  }
  try {
    const integrity = app.sqlite.prepare('PRAGMA integrity_check').pluck().all();
    if (integrity.length !== 1 || integrity[0] !== 'ok') {
      throw new DomainError('CORRUPT', `integrity_check failed: ${integrity.slice(0, 3).join('; ')}`, { details: { file } });
    }
    const violations = (app.sqlite.pragma('foreign_key_check') as unknown[]).length;
    if (violations > 0) {
      throw new DomainError('CORRUPT', `foreign_key_check found ${violations} violation(s)`, { details: { file, violations } });
    }
    const schemaVersion = readPragmaNumber(app.sqlite, 'user_version');
    if (schemaVersion > options.latestVersion) {
      throw new DomainError('DB_TOO_NEW', `The file is at schema version ${schemaVersion}; this PartnerDesk knows up to ${options.latestVersion}`, {
        details: { databaseVersion: schemaVersion, appVersion: options.latestVersion },
      });
    }
    const tables = new Set(app.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      throw new DomainError('VALIDATION', `Not a PartnerDesk database (missing: ${missing.join(', ') || 'schema version'})`, {
        issues: [{ path: ['file'], message: 'backup.notOurs' }],
        details: { file, missing },
      });
    }
    const differences = schemaDifferences(app.sqlite, schemaVersion);
    if (differences.length > 0) {
      throw new DomainError('VALIDATION', `The file's schema differs from PartnerDesk's version ${schemaVersion}: ${differences.join('; ')}`, {
        issues: [{ path: ['file'], message: 'backup.schemaMismatch' }],
        details: { file, schemaVersion, differences },
      });
    }
    return { schemaVersion, counts: recordCounts(app.sqlite) };
  } catch (error) {
    if (error instanceof DomainError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DomainError('CORRUPT', `Checking the file failed: ${reason}`, { details: { file }, cause: error });
  } finally {
    app.close();
  }
}

/**
 * An uploaded copy of a WAL database says "WAL" in its header (bytes 18–19 = 2); opening that
 * read-only needs a -shm file. Without a -wal beside it, legacy (1) is the same content, so the
 * private copy is switched the way `journal_mode=DELETE` would, without running any SQL on it.
 */
export function makeRollbackJournalCopy(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const header = Buffer.alloc(20);
    fs.readSync(fd, header, 0, 20, 0);
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return;
    if (header[18] === 2 && header[19] === 2) fs.writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
