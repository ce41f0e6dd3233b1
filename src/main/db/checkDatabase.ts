import type BetterSqlite3 from 'better-sqlite3';
import { latestVersion, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';

export interface DatabaseCheck {
  ok: boolean;
  integrity: string[];
  foreignKeyViolations: number;
  schemaVersion: number;
  expectedVersion: number;
}

/** Full integrity_check plus foreign_key_check and the schema version: what `partnerdesk check` reports. */
export function checkDatabase(sqlite: BetterSqlite3.Database): DatabaseCheck {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyViolations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  const version = schemaVersion(sqlite);
  const expected = latestVersion(MIGRATIONS);
  return {
    ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyViolations === 0 && version === expected,
    integrity,
    foreignKeyViolations,
    schemaVersion: version,
    expectedVersion: expected,
  };
}
