import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { createVerifiedBackup, verifyDatabaseFile } from '../../../src/main/db/backup';
import { type AppDatabase, openDatabase, readPragmas } from '../../../src/main/db/openDatabase';
import { makeTempDir } from '../../helpers/tempDir';

function openLive(dir: string): AppDatabase {
  const app = openDatabase(path.join(dir, 'partnerdesk.db'));
  onTestFinished(() => app.close());
  return app;
}

function seedPartners(app: AppDatabase): void {
  app.sqlite.exec(`
    create table partner(id integer primary key, name text not null) strict;
    create table agreement(id integer primary key, partner_id integer not null references partner(id)) strict;
    insert into partner(name) values ('深圳某科技有限公司'), ('杭州某网络技术有限公司');
    insert into agreement(partner_id) values (1), (2), (2);
    pragma user_version = 3;
  `);
}

function readBackup<T>(file: string, read: (sqlite: BetterSqlite3.Database) => T): T {
  const app = openDatabase(file, { readonly: true, untrusted: true });
  try {
    return read(app.sqlite);
  } finally {
    app.close();
  }
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe('createVerifiedBackup', () => {
  it('writes a verified, self-contained copy that holds the rows', async () => {
    const dir = makeTempDir();
    const app = openLive(dir);
    seedPartners(app);
    const target = path.join(dir, 'backups', '20250901-143005-v3.sqlite');

    const backup = await createVerifiedBackup(app.sqlite, target);

    expect(backup).toEqual({ file: target, bytes: fs.statSync(target).size, schemaVersion: 3 });
    expect(verifyDatabaseFile(target, { expectedVersion: 3 })).toEqual({ ok: true, schemaVersion: 3 });
    expect(readBackup(target, (s) => s.prepare('select name from partner order by id').pluck().all())).toEqual([
      '深圳某科技有限公司',
      '杭州某网络技术有限公司',
    ]);
    expect(readBackup(target, (s) => readPragmas(s).journalMode)).toBe('delete');
    expect(fs.readdirSync(path.dirname(target))).toEqual([path.basename(target)]);
    expect(readPragmas(app.sqlite)).toMatchObject({ journalMode: 'wal', lockingMode: 'exclusive' });
  });

  it('never promotes a copy that fails verification and leaves no temp file', async () => {
    const dir = makeTempDir();
    const app = openLive(dir);
    seedPartners(app);
    const backupDir = path.join(dir, 'backups');
    const target = path.join(backupDir, 'wrong-version.sqlite');

    const error = await rejection(createVerifiedBackup(app.sqlite, target, { expectedVersion: 7 }));

    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/user_version is 3, expected 7/);
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(backupDir)).toEqual([]);
  });

  it('refuses with DISK_FULL when free space is below 2 × database + 50 MB', async () => {
    const dir = makeTempDir();
    const app = openLive(dir);
    seedPartners(app);
    const real = fs.statfsSync(dir);
    const statfs = vi.spyOn(fs, 'statfsSync').mockReturnValue({ ...real, bsize: 4096, bavail: 1000 });
    onTestFinished(() => statfs.mockRestore());
    const target = path.join(dir, 'backups', 'no-room.sqlite');

    const error = await rejection(createVerifiedBackup(app.sqlite, target));

    expect(error.code).toBe('DISK_FULL');
    expect(error.details).toMatchObject({ availableBytes: 4096 * 1000 });
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
  });

  it('keeps every acknowledged commit in each of 20 backups taken under continuous writes', async () => {
    const dir = makeTempDir();
    const app = openLive(dir);
    app.sqlite.exec('create table txn(id integer primary key, payload blob not null)');
    // A few MB so each backup needs many steps and the writer commits between them.
    const seed = app.sqlite.prepare('insert into txn(payload) values (randomblob(1024))');
    app.sqlite.transaction(() => {
      for (let i = 0; i < 4000; i += 1) seed.run();
    })();

    const insert = app.sqlite.prepare('insert into txn(payload) values (randomblob(64))');
    let acked = 4000;
    let stop = false;
    const writer = (async (): Promise<void> => {
      while (!stop) {
        acked = Number(insert.run().lastInsertRowid); // autocommit: returned = committed
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    const results: { ackedBefore: number; ackedAfter: number; maxId: number; count: number; ok: boolean }[] = [];
    try {
      for (let i = 0; i < 20; i += 1) {
        const ackedBefore = acked;
        const target = path.join(dir, 'backups', `run-${String(i).padStart(2, '0')}.sqlite`);
        const backup = await createVerifiedBackup(app.sqlite, target);
        const ackedAfter = acked;
        const { maxId, count } = readBackup(target, (s) =>
          s.prepare('select max(id) as maxId, count(*) as count from txn').get() as { maxId: number; count: number },
        );
        results.push({ ackedBefore, ackedAfter, maxId, count, ok: verifyDatabaseFile(backup.file).ok });
      }
    } finally {
      stop = true;
      await writer;
    }

    expect(results).toHaveLength(20);
    for (const r of results) {
      expect(r.ok).toBe(true);
      expect(r.maxId).toBeGreaterThanOrEqual(r.ackedBefore);
      expect(r.count).toBe(r.maxId); // no hole: every commit up to the copy's last one is there
    }
    // The writer really committed while backups were in progress, not only between them.
    const committedDuringBackups = results.reduce((sum, r) => sum + (r.ackedAfter - r.ackedBefore), 0);
    expect(committedDuringBackups).toBeGreaterThan(20);
    const names = fs.readdirSync(path.join(dir, 'backups'));
    expect(names.filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    expect(names).toHaveLength(20);
  });
});

describe('verifyDatabaseFile', () => {
  it('reports a file that is not a database', () => {
    const file = path.join(makeTempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'not a database at all '.repeat(100));
    const result = verifyDatabaseFile(file);
    expect(result.ok).toBe(false);
  });

  it('reports a missing file', () => {
    expect(verifyDatabaseFile(path.join(makeTempDir(), 'missing.sqlite')).ok).toBe(false);
  });

  it('reports foreign key violations', () => {
    const file = path.join(makeTempDir(), 'orphans.sqlite');
    const raw = new BetterSqlite3(file);
    raw.pragma('foreign_keys = OFF');
    raw.exec(`create table p(id integer primary key);
              create table c(id integer primary key, p_id integer references p(id));
              insert into c(p_id) values (42);`);
    raw.close();
    expect(verifyDatabaseFile(file)).toEqual({ ok: false, reason: 'foreign_key_check: 1 violation(s)' });
  });

  it('reports a schema version mismatch and accepts the right one', () => {
    const file = path.join(makeTempDir(), 'v5.sqlite');
    const raw = new BetterSqlite3(file);
    raw.exec('create table t(x); pragma user_version = 5;');
    raw.close();
    expect(verifyDatabaseFile(file, { expectedVersion: 4 })).toEqual({
      ok: false,
      reason: 'user_version is 5, expected 4',
    });
    expect(verifyDatabaseFile(file, { expectedVersion: 5 })).toEqual({ ok: true, schemaVersion: 5 });
    expect(verifyDatabaseFile(file)).toEqual({ ok: true, schemaVersion: 5 });
  });
});
