import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { DomainError, toDomainError } from '../errors';
import type { DB } from './schema';
import { currentOsUser, registerSqlFunctions } from './sqlFunctions';
import { RollbackSafeSqliteDialect } from './rollbackSafeDialect';

export interface OpenDatabaseOptions {
  /** Electron-ABI better-sqlite3 binary; tests and the CLI leave it unset (Node-ABI default). */
  nativeBinding?: string;
  readonly?: boolean;
  /** A file the user picked (restore, import): `trusted_schema=OFF` and `quick_check` before use. */
  untrusted?: boolean;
  /** Default true: `locking_mode=EXCLUSIVE` and take the lock now. Ignored for readonly opens. */
  exclusive?: boolean;
  /** Who is making changes, for audit triggers via `pd_actor()`. */
  actor?: () => string;
  /** Clock for `pd_now()`. */
  now?: () => Date;
}

export interface AppDatabase {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<DB>;
  close(): void;
}

export interface ConnectionPragmas {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  secureDelete: number;
  busyTimeout: number;
  trustedSchema: number;
  lockingMode: string;
}

/** reliability.md §1: the normal busy timeout once the connection is ours. */
export const BUSY_TIMEOUT_MS = 5000;
/**
 * While taking the lock we wait only briefly: another holder keeps it for as long as it
 * runs, so waiting 5 s would only delay the "in use" message.
 */
const LOCK_ATTEMPT_TIMEOUT_MS = 200;
const SYNCHRONOUS_FULL = 2;

// Backups must verify with the same native binary the source connection was opened with
// (in Electron the default Node-ABI build cannot load).
const nativeBindingByConnection = new WeakMap<BetterSqlite3.Database, string>();

/** The `nativeBinding` a connection from `openDatabase` was opened with, if any. */
export function nativeBindingOf(sqlite: BetterSqlite3.Database): string | undefined {
  return nativeBindingByConnection.get(sqlite);
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): AppDatabase {
  const resolved = path.resolve(file);
  const readonly = options.readonly ?? false;
  const takeLock = !readonly && (options.exclusive ?? true);
  if (!readonly) fs.mkdirSync(path.dirname(resolved), { recursive: true });

  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(resolved, {
      readonly,
      fileMustExist: readonly,
      timeout: LOCK_ATTEMPT_TIMEOUT_MS,
      ...(options.nativeBinding === undefined ? {} : { nativeBinding: options.nativeBinding }),
    });
  } catch (error) {
    throw mapOpenError(error, resolved);
  }

  try {
    const actor = options.actor ?? memoize(currentOsUser);
    const now = options.now ?? ((): Date => new Date());
    registerSqlFunctions(sqlite, { actor, now });
    applyConnectionPolicy(sqlite, { readonly, untrusted: options.untrusted ?? false, takeLock });
  } catch (error) {
    sqlite.close();
    throw mapOpenError(error, resolved);
  }

  if (options.nativeBinding !== undefined) nativeBindingByConnection.set(sqlite, options.nativeBinding);
  const db = new Kysely<DB>({ dialect: new RollbackSafeSqliteDialect({ database: sqlite }) });
  return {
    file: resolved,
    sqlite,
    db,
    close(): void {
      if (sqlite.open) sqlite.close();
    },
  };
}

/**
 * Order matters: locking_mode before the first read (so WAL keeps its index in heap memory
 * and no `-shm` appears), quick_check before anything writes to an untrusted file, and
 * synchronous after the WAL switch (better-sqlite3 builds with WAL meaning NORMAL).
 */
function applyConnectionPolicy(
  sqlite: BetterSqlite3.Database,
  policy: { readonly: boolean; untrusted: boolean; takeLock: boolean },
): void {
  if (policy.takeLock) sqlite.pragma('locking_mode = EXCLUSIVE');
  if (policy.untrusted) sqlite.pragma('trusted_schema = OFF');

  // The first real read: surfaces SQLITE_NOTADB and SQLITE_BUSY here rather than later.
  sqlite.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
  if (policy.untrusted) assertQuickCheck(sqlite);

  if (!policy.readonly) {
    const mode = sqlite.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw policyError('journal_mode', mode, 'wal');
  }
  if (policy.takeLock) sqlite.exec('BEGIN IMMEDIATE; COMMIT');

  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  assertPolicyApplied(readPragmas(sqlite), policy);
}

function assertPolicyApplied(
  actual: ConnectionPragmas,
  policy: { readonly: boolean; untrusted: boolean; takeLock: boolean },
): void {
  const expected: Partial<ConnectionPragmas> = {
    synchronous: SYNCHRONOUS_FULL,
    foreignKeys: 1,
    secureDelete: 1,
    busyTimeout: BUSY_TIMEOUT_MS,
  };
  if (!policy.readonly) expected.journalMode = 'wal';
  if (policy.untrusted) expected.trustedSchema = 0;
  if (policy.takeLock) expected.lockingMode = 'exclusive';
  for (const [key, want] of Object.entries(expected)) {
    const got = actual[key as keyof ConnectionPragmas];
    if (got !== want) throw policyError(key, got, want);
  }
}

function assertQuickCheck(sqlite: BetterSqlite3.Database): void {
  const rows = sqlite.prepare('PRAGMA quick_check').pluck().all();
  if (rows.length !== 1 || rows[0] !== 'ok') {
    throw new DomainError('CORRUPT', `quick_check failed: ${rows.slice(0, 5).join('; ')}`, {
      details: { file: sqlite.name },
    });
  }
}

export function readPragmas(sqlite: BetterSqlite3.Database): ConnectionPragmas {
  return {
    journalMode: readPragmaString(sqlite, 'journal_mode'),
    synchronous: readPragmaNumber(sqlite, 'synchronous'),
    foreignKeys: readPragmaNumber(sqlite, 'foreign_keys'),
    secureDelete: readPragmaNumber(sqlite, 'secure_delete'),
    busyTimeout: readPragmaNumber(sqlite, 'busy_timeout'),
    trustedSchema: readPragmaNumber(sqlite, 'trusted_schema'),
    lockingMode: readPragmaString(sqlite, 'locking_mode'),
  };
}

export function readPragmaNumber(sqlite: BetterSqlite3.Database, name: string): number {
  const value = sqlite.pragma(name, { simple: true });
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'number') throw new DomainError('INTERNAL', `PRAGMA ${name} returned ${String(value)}`);
  return value;
}

function readPragmaString(sqlite: BetterSqlite3.Database, name: string): string {
  const value = sqlite.pragma(name, { simple: true });
  if (typeof value !== 'string') throw new DomainError('INTERNAL', `PRAGMA ${name} returned ${String(value)}`);
  return value.toLowerCase();
}

function policyError(pragma: string, got: unknown, want: unknown): DomainError {
  return new DomainError('INTERNAL', `PRAGMA ${pragma} is ${String(got)}, expected ${String(want)}`, {
    details: { pragma, got, want },
  });
}

function mapOpenError(error: unknown, file: string): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) {
    return new DomainError(
      'DB_BUSY',
      `The database is in use by another program or user (数据库正被另一程序/用户使用): ${file}`,
      { details: { file }, cause: error },
    );
  }
  if (typeof code === 'string' && (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'))) {
    const reason = error instanceof Error ? error.message : String(error);
    return new DomainError('CORRUPT', `Not a usable database file (${reason}): ${file}`, {
      details: { file },
      cause: error,
    });
  }
  return toDomainError(error);
}

function memoize(compute: () => string): () => string {
  let cached: string | undefined;
  return () => (cached ??= compute());
}
