import os from 'node:os';
import type BetterSqlite3 from 'better-sqlite3';
import { fullPinyin, pinyinInitials } from '../search/pinyinKeys';

/** Where the audit columns get their values; injected so tests and the CLI control them. */
export interface SqlFunctionSources {
  actor: () => string;
  now: () => Date;
}

/**
 * Registers `pd_actor()`, `pd_now()`, `pd_pinyin()` and `pd_pinyin_initials()` on a connection. Audit triggers call them, so every
 * open path must register them or the first audited write fails with "no such function".
 *
 * `deterministic: false` because both change between calls; `directOnly` stays off because
 * triggers are exactly where they are used. Caveat: better-sqlite3 cannot mark a function
 * SQLITE_INNOCUOUS, so with `trusted_schema=OFF` (untrusted files) a trigger calling them
 * fails with "unsafe use of pd_actor()"; untrusted files are therefore for reading.
 */
export function registerSqlFunctions(sqlite: BetterSqlite3.Database, sources: SqlFunctionSources): void {
  sqlite.function('pd_actor', { deterministic: false }, (): string => sources.actor());
  sqlite.function('pd_now', { deterministic: false }, (): string => sources.now().toISOString());
  // The search triggers (migration 0006) index partner names by pinyin on every write path,
  // the bulk seeder included; pure functions of their argument, hence deterministic.
  sqlite.function('pd_pinyin', { deterministic: true }, (text: unknown): string | null =>
    fullPinyin(typeof text === 'string' ? text : null),
  );
  sqlite.function('pd_pinyin_initials', { deterministic: true }, (text: unknown): string | null =>
    pinyinInitials(typeof text === 'string' ? text : null),
  );
}

/** The OS account name; `os.userInfo()` throws on accounts without a passwd entry (some containers, domain setups). */
export function currentOsUser(): string {
  try {
    const name = os.userInfo().username;
    return name.length > 0 ? name : 'unknown';
  } catch {
    return 'unknown';
  }
}
