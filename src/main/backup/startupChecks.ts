import fs from 'node:fs';
import { DomainError, toDomainError } from '../errors';
import { latestVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { type AppDatabase, openDatabase } from '../db/openDatabase';
import { latestVerifiedBackup, quarantineDatabase } from './quarantine';

// reliability.md §4 at every start: PRAGMA quick_check on the live file (~135 ms at 60 MB).
// A file that fails it, or that SQLite calls corrupt / not a database, is closed and moved
// to quarantine/<ts>/; CORRUPT then carries the quarantine folder and the newest verified
// backup, which the shell offers (pre-selected) and the CLI names. Nothing is deleted.

export function openCheckedDatabase(opts: {
  dataDir: string;
  dbFile: string;
  now: () => Date;
  actor: string;
  nativeBinding?: string;
}): AppDatabase {
  const binding = opts.nativeBinding === undefined ? {} : { nativeBinding: opts.nativeBinding };
  let database: AppDatabase | undefined;
  try {
    assertSqliteHeader(opts.dbFile);
    database = openDatabase(opts.dbFile, { ...binding, actor: () => opts.actor, now: opts.now });
    const rows = database.sqlite.prepare('PRAGMA quick_check').pluck().all();
    if (rows.length !== 1 || rows[0] !== 'ok') {
      throw new DomainError('CORRUPT', `quick_check failed: ${rows.slice(0, 3).join('; ')}`);
    }
    return database;
  } catch (error) {
    database?.close();
    const domain = toDomainError(error);
    if (domain.code !== 'CORRUPT') throw domain;
    const quarantineDir = quarantineDatabase(opts.dataDir, opts.dbFile, opts.now());
    const offered = latestVerifiedBackup(opts.dataDir, { latestVersion: latestVersion(MIGRATIONS), ...binding });
    throw new DomainError(
      'CORRUPT',
      `The database failed its start-up check and was moved to ${quarantineDir}: ${domain.message}`,
      {
        details: {
          quarantineDir,
          latestBackup: offered ? { file: offered.file, fileName: offered.fileName, date: offered.date, counts: offered.counts } : null,
        },
        cause: error,
      },
    );
  }
}

/**
 * A non-empty file without the SQLite header is refused before SQLite opens it: SQLite would
 * otherwise discard a -wal it cannot use, and the quarantine must keep everything as found.
 */
function assertSqliteHeader(dbFile: string): void {
  if (!fs.existsSync(dbFile) || fs.statSync(dbFile).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = fs.openSync(dbFile, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString('latin1') !== 'SQLite format 3\u0000') {
    throw new DomainError('CORRUPT', 'file is not a database (no SQLite header)');
  }
}
