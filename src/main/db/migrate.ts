import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { DomainError } from '../errors';
import { backupTimestamp, createVerifiedBackup } from './backup';
import { type AppDatabase, readPragmaNumber } from './openDatabase';

export interface Migration {
  version: number;
  name: string;
  /**
   * Set when `up` rebuilds a table (the 12-step ALTER). foreign_keys cannot be toggled
   * inside a transaction, so the runner turns it off before BEGIN and back on after;
   * foreign_key_check still guards the result before COMMIT.
   */
  rebuildsTables?: boolean;
  /** Must be synchronous and must not BEGIN/COMMIT itself: the runner owns the transaction. */
  up(sqlite: BetterSqlite3.Database): void;
}

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  backupFile?: string;
}

export interface MigrateOptions {
  migrations: readonly Migration[];
  backupDir: string;
  now?: () => Date;
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return readPragmaNumber(sqlite, 'user_version');
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : Math.max(...migrations.map((m) => m.version));
}

/**
 * Own runner instead of kysely's Migrator, which is not transactional on SQLite.
 * Each migration commits on its own: if migration k fails, 1..k-1 of this run stay
 * applied and the database is exactly as it was before k. The pre-migration backup
 * holds the state before the whole run.
 */
export async function migrate(app: AppDatabase, options: MigrateOptions): Promise<MigrationReport> {
  const { migrations } = options;
  assertWellFormed(migrations);
  const { sqlite } = app;
  const from = schemaVersion(sqlite);
  const to = latestVersion(migrations);

  if (from > to) {
    throw new DomainError(
      'DB_TOO_NEW',
      `The database is at schema version ${from}, but this version of PartnerDesk only knows up to ${to}. ` +
        'It was written by a newer PartnerDesk; update the app instead of opening it here.',
      { details: { databaseVersion: from, appVersion: to } },
    );
  }
  if (from === to) return { from, to, applied: [] };

  const backupFile = from > 0 ? await backupBeforeMigrating(app, options, from) : undefined;
  const applied: number[] = [];
  for (const migration of migrations.slice(from)) {
    applyMigration(sqlite, migration, backupFile);
    applied.push(migration.version);
  }
  assertIntegrity(sqlite, backupFile);
  return backupFile === undefined ? { from, to, applied } : { from, to, applied, backupFile };
}

function assertWellFormed(migrations: readonly Migration[]): void {
  const names = new Set<string>();
  migrations.forEach((migration, index) => {
    const expected = index + 1;
    if (!Number.isInteger(migration.version) || migration.version !== expected) {
      throw new DomainError(
        'INTERNAL',
        `Malformed migration list: position ${index} has version ${migration.version}, expected ${expected} ` +
          '(versions must be 1..N, contiguous and in order)',
      );
    }
    if (migration.name.trim().length === 0 || names.has(migration.name)) {
      throw new DomainError('INTERNAL', `Malformed migration list: empty or duplicate name at version ${expected}`);
    }
    if (typeof migration.up !== 'function') {
      throw new DomainError('INTERNAL', `Malformed migration list: version ${expected} has no up()`);
    }
    names.add(migration.name);
  });
}

async function backupBeforeMigrating(app: AppDatabase, options: MigrateOptions, from: number): Promise<string> {
  const now = options.now ?? ((): Date => new Date());
  const file = path.join(options.backupDir, `pre-migration-${backupTimestamp(now())}-v${from}.sqlite`);
  try {
    const backup = await createVerifiedBackup(app.sqlite, file, { expectedVersion: from });
    return backup.file;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const causeCode = error instanceof DomainError ? error.code : undefined;
    throw new DomainError('MIGRATION_FAILED', `Pre-migration backup failed, nothing was migrated: ${reason}`, {
      details: { version: from, stage: 'backup', causeCode },
      cause: error,
    });
  }
}

function applyMigration(sqlite: BetterSqlite3.Database, migration: Migration, backupFile: string | undefined): void {
  const label = `${String(migration.version).padStart(4, '0')}_${migration.name}`;
  const fail = (reason: string, cause?: unknown): DomainError =>
    new DomainError('MIGRATION_FAILED', `Migration ${label} failed and was rolled back: ${reason}`, {
      details: { version: migration.version, name: migration.name, backupFile },
      ...(cause === undefined ? {} : { cause }),
    });

  try {
    if (migration.rebuildsTables) setForeignKeys(sqlite, false);
    sqlite.exec('BEGIN IMMEDIATE');
    const returned: unknown = migration.up(sqlite);
    if (isThenable(returned)) throw fail('up() returned a promise; migrations must be synchronous');
    if (!sqlite.inTransaction) throw fail('up() ended the runner transaction (COMMIT/ROLLBACK inside a migration)');
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0) throw fail(`foreign_key_check found ${violations.length} violation(s)`);
    sqlite.pragma(`user_version = ${migration.version}`);
    sqlite.exec('COMMIT');
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    if (isOwnFailure(error, migration)) throw error;
    throw fail(error instanceof Error ? error.message : String(error), error);
  } finally {
    if (migration.rebuildsTables) setForeignKeys(sqlite, true);
  }
}

function setForeignKeys(sqlite: BetterSqlite3.Database, on: boolean): void {
  sqlite.pragma(`foreign_keys = ${on ? 'ON' : 'OFF'}`);
  const actual = readPragmaNumber(sqlite, 'foreign_keys');
  if (actual !== (on ? 1 : 0)) {
    throw new DomainError('INTERNAL', `PRAGMA foreign_keys stayed ${actual} (still inside a transaction?)`);
  }
}

/** After the run, not per migration: a full integrity_check costs ~0.7 s per 60 MB. */
function assertIntegrity(sqlite: BetterSqlite3.Database, backupFile: string | undefined): void {
  const rows = sqlite.prepare('PRAGMA integrity_check').pluck().all();
  if (rows.length !== 1 || rows[0] !== 'ok') {
    throw new DomainError('CORRUPT', `integrity_check failed after migrating: ${rows.slice(0, 5).join('; ')}`, {
      details: { backupFile },
    });
  }
}

function isOwnFailure(error: unknown, migration: Migration): boolean {
  return (
    error instanceof DomainError &&
    error.code === 'MIGRATION_FAILED' &&
    error.details?.['version'] === migration.version
  );
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
