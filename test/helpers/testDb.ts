import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { type AppDatabase, openDatabase } from '../../src/main/db/openDatabase';
import type { ServiceContext } from '../../src/main/services/context';
import { usccCheckChar } from '../../src/shared/domain/rules/uscc';

export interface TestDbOptions {
  now?: () => Date;
  actor?: string;
  /** Migrate only the first `upTo` migrations (migration tests start from N-1). */
  upTo?: number;
}

export interface TestDb {
  ctx: ServiceContext;
  app: AppDatabase;
  dir: string;
  close(): void;
}

/**
 * A fresh, migrated database file in its own temp folder: real files, because WAL,
 * locking and backups behave differently in :memory:. Plain mkdtemp (not makeTempDir)
 * so it also works from beforeAll/beforeEach hooks; close() removes the folder.
 */
export async function createTestDb(options: TestDbOptions = {}): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-db-'));
  const now = options.now ?? ((): Date => new Date());
  const actor = options.actor ?? 'tester';
  const app = openDatabase(path.join(dir, 'partnerdesk.db'), { actor: () => actor, now });
  const remove = (): void => {
    app.close();
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await migrate(app, {
      migrations: MIGRATIONS.slice(0, options.upTo ?? MIGRATIONS.length),
      backupDir: path.join(dir, 'backups'),
    });
  } catch (error) {
    remove();
    throw error;
  }
  return {
    ctx: { db: app.db, sqlite: app.sqlite, now },
    app,
    dir,
    close: remove,
  };
}

/** A clock that advances `stepMs` on every reading, so rows written in order sort in order. */
export function steppingClock(startIso = '2026-03-01T08:00:00.000Z', stepMs = 1000): () => Date {
  let t = Date.parse(startIso) - stepMs;
  return () => new Date((t += stepMs));
}

/** A USCC with a correct check character, distinct per `n` (Shenzhen division code). */
export function validUscc(n: number): string {
  const body = `91440300${String(n).padStart(9, '0')}`;
  return body + usccCheckChar(body);
}

/** Audit rows written for one row of one table. */
export function auditCount(db: TestDb, table: string, rowId?: string): number {
  const query =
    rowId === undefined
      ? db.app.sqlite.prepare('select count(*) from audit_log where table_name = ?').pluck()
      : db.app.sqlite.prepare('select count(*) from audit_log where table_name = ? and row_id = ?').pluck();
  return Number(rowId === undefined ? query.get(table) : query.get(table, rowId));
}

/** Rows in a table, trashed ones included. */
export function rowCount(db: TestDb, table: string): number {
  return Number(db.app.sqlite.prepare(`select count(*) from "${table.replace(/"/g, '')}"`).pluck().get());
}
