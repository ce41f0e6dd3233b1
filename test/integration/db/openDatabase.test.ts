import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { type AppDatabase, openDatabase, readPragmas } from '../../../src/main/db/openDatabase';
import { makeTempDir } from '../../helpers/tempDir';

function openForTest(file: string, options: Parameters<typeof openDatabase>[1] = {}): AppDatabase {
  const app = openDatabase(file, options);
  onTestFinished(() => app.close());
  return app;
}

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

function createPlainDatabase(file: string, setup: string): void {
  const raw = new BetterSqlite3(file);
  raw.exec(setup);
  raw.close();
}

describe('openDatabase: connection policy', () => {
  it('applies and reports every pragma on the live (exclusive) open', async () => {
    const file = path.join(makeTempDir(), 'nested', 'dir', 'live.db');
    const app = openForTest(file);

    expect(app.file).toBe(path.resolve(file));
    expect(readPragmas(app.sqlite)).toEqual({
      journalMode: 'wal',
      synchronous: 2,
      foreignKeys: 1,
      secureDelete: 1,
      busyTimeout: 5000,
      trustedSchema: 1,
      lockingMode: 'exclusive',
    });
    // Exclusive mode set before the first read keeps the WAL index in memory.
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    const rows = await sql<{ v: number }>`select 41 + 1 as v`.execute(app.db);
    expect(rows.rows).toEqual([{ v: 42 }]);
  });

  it('applies the policy to a non-exclusive writable open', () => {
    const app = openForTest(path.join(makeTempDir(), 'shared.db'), { exclusive: false });
    const pragmas = readPragmas(app.sqlite);
    expect(pragmas).toMatchObject({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, secureDelete: 1, busyTimeout: 5000 });
    expect(pragmas.lockingMode).toBe('normal');
  });

  it('applies what it can on a readonly open and changes nothing on disk', () => {
    const file = path.join(makeTempDir(), 'plain.db');
    createPlainDatabase(file, 'create table t(x); insert into t values (1);');
    const before = fs.readFileSync(file);

    const app = openForTest(file, { readonly: true });
    expect(readPragmas(app.sqlite)).toMatchObject({
      journalMode: 'delete',
      synchronous: 2,
      foreignKeys: 1,
      secureDelete: 1,
      busyTimeout: 5000,
      lockingMode: 'normal',
    });
    expect(() => app.sqlite.exec('insert into t values (2)')).toThrow(/readonly/);
    app.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('turns trusted_schema off and runs quick_check for untrusted files', () => {
    const file = path.join(makeTempDir(), 'picked.db');
    createPlainDatabase(file, 'create table t(x);');
    const ro = openForTest(file, { readonly: true, untrusted: true });
    expect(readPragmas(ro.sqlite).trustedSchema).toBe(0);
    ro.close();
    const rw = openForTest(file, { untrusted: true });
    expect(readPragmas(rw.sqlite)).toMatchObject({ trustedSchema: 0, journalMode: 'wal', lockingMode: 'exclusive' });
  });

  it('close() can be called twice', () => {
    const app = openDatabase(path.join(makeTempDir(), 'twice.db'));
    app.close();
    expect(() => app.close()).not.toThrow();
    expect(app.sqlite.open).toBe(false);
  });
});

describe('openDatabase: SQL functions for audit triggers', () => {
  it('pd_actor() and pd_now() return the injected values, also from triggers', () => {
    const at = new Date('2025-03-05T08:09:10.123Z');
    const app = openForTest(path.join(makeTempDir(), 'fn.db'), { actor: () => '王老师', now: () => at });
    expect(app.sqlite.prepare('select pd_actor() as actor, pd_now() as ts').get()).toEqual({
      actor: '王老师',
      ts: '2025-03-05T08:09:10.123Z',
    });

    app.sqlite.exec(`
      create table t(x);
      create table log(actor text, ts text);
      create trigger t_ai after insert on t begin insert into log values (pd_actor(), pd_now()); end;
      insert into t values (1);
    `);
    expect(app.sqlite.prepare('select * from log').all()).toEqual([{ actor: '王老师', ts: '2025-03-05T08:09:10.123Z' }]);
  });

  it('registers them on readonly opens and defaults the actor to the OS user', () => {
    const file = path.join(makeTempDir(), 'ro.db');
    createPlainDatabase(file, 'create table t(x);');
    const app = openForTest(file, { readonly: true });
    const row = app.sqlite.prepare('select pd_actor() as actor, pd_now() as ts').get() as { actor: string; ts: string };
    expect(row.actor.length).toBeGreaterThan(0);
    expect(Number.isNaN(Date.parse(row.ts))).toBe(false);
  });
});

describe('openDatabase: exclusive lock', () => {
  it('a second connection gets DB_BUSY quickly and opens once the first closes', () => {
    const file = path.join(makeTempDir(), 'locked.db');
    const first = openDatabase(file);
    onTestFinished(() => first.close());

    const started = Date.now();
    const error = catchError(() => openDatabase(file));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DB_BUSY');
    expect((error as DomainError).message).toMatch(/in use by another program or user/);
    expect((catchError(() => openDatabase(file, { readonly: true })) as DomainError).code).toBe('DB_BUSY');

    first.close();
    const second = openForTest(file);
    expect(readPragmas(second.sqlite).lockingMode).toBe('exclusive');
  });

  it('another process holding the lock makes the open fail with DB_BUSY in under a second', async () => {
    const file = path.join(makeTempDir(), 'other-process.db');
    const holder = await startLockHolder(file);

    const started = Date.now();
    const error = catchError(() => openDatabase(file));
    expect(Date.now() - started).toBeLessThan(1000);
    expect((error as DomainError).code).toBe('DB_BUSY');

    await stopLockHolder(holder);
    const app = openForTest(file);
    expect(app.sqlite.prepare('select count(*) as n from held').get()).toEqual({ n: 1 });
  });
});

describe('openDatabase: files that are not databases', () => {
  it('maps a text file to CORRUPT on every open path', () => {
    const file = path.join(makeTempDir(), 'notes.db');
    fs.writeFileSync(file, '这不是数据库 — this is not a database file. '.repeat(200));
    for (const options of [{}, { readonly: true }, { readonly: true, untrusted: true }, { exclusive: false }]) {
      const error = catchError(() => openDatabase(file, options));
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CORRUPT');
    }
  });

  it('maps a damaged b-tree page in an untrusted file to CORRUPT via quick_check', () => {
    const file = path.join(makeTempDir(), 'damaged.db');
    createPlainDatabase(
      file,
      `create table t(id integer primary key, v text);
       with recursive n(i) as (select 1 union all select i + 1 from n where i < 2000)
       insert into t select i, printf('row %d', i) from n;`,
    );
    const pageSize = 4096;
    const bytes = fs.readFileSync(file);
    bytes.fill(0xff, pageSize, pageSize * 2); // page 2: the root of t
    fs.writeFileSync(file, bytes);

    const error = catchError(() => openDatabase(file, { readonly: true, untrusted: true }));
    expect((error as DomainError).code).toBe('CORRUPT');
  });
});

const requireFromTest = createRequire(import.meta.url);

async function startLockHolder(file: string): Promise<ChildProcessWithoutNullStreams> {
  const script = `
    const Database = require(${JSON.stringify(requireFromTest.resolve('better-sqlite3'))});
    const db = new Database(${JSON.stringify(file)});
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.exec('create table held(x); insert into held values (1); BEGIN IMMEDIATE; COMMIT');
    process.stdout.write('LOCKED\\n');
    process.stdin.on('data', () => { db.close(); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['-e', script]);
  onTestFinished(() => {
    if (child.exitCode === null) child.kill();
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('LOCKED')) resolve();
    });
    child.stderr.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    child.on('exit', (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
  return child;
}

async function stopLockHolder(child: ChildProcessWithoutNullStreams): Promise<void> {
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.stdin.write('close\n');
  await exited;
}
