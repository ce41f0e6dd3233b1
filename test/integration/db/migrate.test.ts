import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { verifyDatabaseFile } from '../../../src/main/db/backup';
import { latestVersion, type Migration, migrate, schemaVersion } from '../../../src/main/db/migrate';
import { type AppDatabase, openDatabase, readPragmas } from '../../../src/main/db/openDatabase';
import { makeTempDir } from '../../helpers/tempDir';

const FIXED_NOW = (): Date => new Date(2025, 8, 1, 14, 30, 5);

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'partners',
    up: (s) =>
      s.exec(`create table partner(id integer primary key, name text not null) strict;
              insert into partner(name) values ('示例企业');`),
  },
  {
    version: 2,
    name: 'agreements',
    up: (s) =>
      s.exec(`create table agreement(id integer primary key,
                partner_id integer not null references partner(id), title text not null) strict;
              create index agreement_partner on agreement(partner_id);`),
  },
  {
    version: 3,
    name: 'partner_phone',
    up: (s) => s.exec(`alter table partner add column phone text; update partner set phone = '';`),
  },
  {
    version: 4,
    name: 'reminders',
    up: (s) => s.exec('create table reminder(id integer primary key, due text not null) strict;'),
  },
];

interface Dump {
  userVersion: number;
  schema: unknown[];
  tables: Record<string, string[]>;
}

/** Everything a migration could touch: schema objects, every row, and the version. */
function dump(sqlite: BetterSqlite3.Database): Dump {
  const schema = sqlite.prepare('select type, name, tbl_name, rootpage, sql from sqlite_schema order by type, name').all();
  const tableNames = sqlite
    .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name")
    .pluck()
    .all() as string[];
  const tables: Record<string, string[]> = {};
  for (const name of tableNames) {
    tables[name] = sqlite.prepare(`select * from "${name}"`).all().map((row) => JSON.stringify(row)).sort();
  }
  return { userVersion: schemaVersion(sqlite), schema, tables };
}

function setup(): { dir: string; backupDir: string; open: () => AppDatabase } {
  const dir = makeTempDir();
  const file = path.join(dir, 'partnerdesk.db');
  return {
    dir,
    backupDir: path.join(dir, 'backups'),
    open: () => {
      const app = openDatabase(file, { actor: () => 'test', now: FIXED_NOW });
      onTestFinished(() => app.close());
      return app;
    },
  };
}

async function migratedTo(version: number): Promise<{ app: AppDatabase; backupDir: string }> {
  const { open, backupDir } = setup();
  const app = open();
  await migrate(app, { migrations: MIGRATIONS.slice(0, version), backupDir, now: FIXED_NOW });
  return { app, backupDir };
}

async function expectMigrationFailed(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe('MIGRATION_FAILED');
  return error as DomainError;
}

describe('migrate: happy paths', () => {
  it('brings a fresh database to the latest version without a backup', async () => {
    const { open, backupDir } = setup();
    const app = open();
    const report = await migrate(app, { migrations: MIGRATIONS, backupDir });

    expect(report).toEqual({ from: 0, to: 4, applied: [1, 2, 3, 4] });
    expect(schemaVersion(app.sqlite)).toBe(4);
    expect(latestVersion(MIGRATIONS)).toBe(4);
    expect(fs.existsSync(backupDir)).toBe(false);
    expect(await migrate(app, { migrations: MIGRATIONS, backupDir })).toEqual({ from: 4, to: 4, applied: [] });
  });

  it.each([1, 2, 3])('upgrades from version %i to the same schema as a fresh install', async (start) => {
    const fresh = await migratedTo(4);
    const { app, backupDir } = await migratedTo(start);
    const report = await migrate(app, { migrations: MIGRATIONS, backupDir, now: FIXED_NOW });

    expect(report.from).toBe(start);
    expect(report.to).toBe(4);
    expect(report.applied).toEqual([1, 2, 3, 4].slice(start));
    expect(dump(app.sqlite)).toEqual(dump(fresh.app.sqlite));
    expect(readPragmas(app.sqlite).foreignKeys).toBe(1);
  });

  it('takes a verified pre-migration backup at the old version before the first pending migration runs', async () => {
    const { app, backupDir } = await migratedTo(2);
    app.sqlite.exec(`insert into agreement(partner_id, title) values (1, '订单班协议')`);
    let backupsSeenByMigration: string[] = [];
    const spying: Migration[] = MIGRATIONS.map((m) =>
      m.version === 3
        ? { ...m, up: (s) => ((backupsSeenByMigration = fs.readdirSync(backupDir)), m.up(s)) }
        : m,
    );

    const report = await migrate(app, { migrations: spying, backupDir, now: FIXED_NOW });

    expect(report.backupFile).toBe(path.join(backupDir, 'pre-migration-20250901-143005-v2.sqlite'));
    expect(backupsSeenByMigration).toEqual(['pre-migration-20250901-143005-v2.sqlite']);
    expect(verifyDatabaseFile(report.backupFile ?? '', { expectedVersion: 2 })).toEqual({ ok: true, schemaVersion: 2 });
    const old = openDatabase(report.backupFile ?? '', { readonly: true, untrusted: true });
    try {
      expect(old.sqlite.prepare('select title from agreement').pluck().all()).toEqual(['订单班协议']);
      const partnerColumns = old.sqlite.prepare("select name from pragma_table_info('partner')").pluck().all();
      expect(partnerColumns).toEqual(['id', 'name']);
    } finally {
      old.close();
    }
  });

  it('rebuilds a referenced table when the migration declares rebuildsTables', async () => {
    const { app, backupDir } = await migratedTo(4);
    app.sqlite.exec(`insert into agreement(partner_id, title) values (1, '实习协议')`);
    const rebuild: Migration = {
      version: 5,
      name: 'partner_name_unique',
      rebuildsTables: true,
      up: (s) =>
        s.exec(`create table partner_new(id integer primary key, name text not null unique, phone text) strict;
                insert into partner_new select id, name, phone from partner;
                drop table partner;
                alter table partner_new rename to partner;`),
    };
    const report = await migrate(app, { migrations: [...MIGRATIONS, rebuild], backupDir, now: FIXED_NOW });

    expect(report.applied).toEqual([5]);
    expect(readPragmas(app.sqlite).foreignKeys).toBe(1);
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(() => app.sqlite.exec(`insert into agreement(partner_id, title) values (99, 'x')`)).toThrow(/FOREIGN KEY/);
  });
});

describe('migrate: failures leave the database exactly as it was', () => {
  it('rolls back a migration that fails on its third statement', async () => {
    const { app, backupDir } = await migratedTo(4);
    app.sqlite.exec(`insert into agreement(partner_id, title) values (1, '共建实训基地')`);
    const before = dump(app.sqlite);
    const failing: Migration = {
      version: 5,
      name: 'broken',
      up: (s) => {
        s.exec('create table left_behind(x)');
        s.exec('alter table partner add column wechat text');
        s.exec('insert into no_such_table values (1)');
      },
    };

    const error = await expectMigrationFailed(migrate(app, { migrations: [...MIGRATIONS, failing], backupDir, now: FIXED_NOW }));

    expect(error.message).toMatch(/0005_broken/);
    expect(error.details).toEqual({
      version: 5,
      name: 'broken',
      backupFile: path.join(backupDir, 'pre-migration-20250901-143005-v4.sqlite'),
    });
    expect(dump(app.sqlite)).toEqual(before);
    expect(app.sqlite.inTransaction).toBe(false);
    expect(verifyDatabaseFile(String(error.details?.['backupFile']), { expectedVersion: 4 }).ok).toBe(true);

    // Nothing half-applied remains, so the fixed migration runs cleanly.
    const fixed: Migration = { ...failing, up: (s) => s.exec('alter table partner add column wechat text') };
    const report = await migrate(app, { migrations: [...MIGRATIONS, fixed], backupDir });
    expect(report.applied).toEqual([5]);
  });

  it('keeps earlier migrations of the same run that already committed', async () => {
    const { app, backupDir } = await migratedTo(2);
    const failing: Migration = { version: 5, name: 'boom', up: () => { throw new Error('boom'); } };
    const error = await expectMigrationFailed(migrate(app, { migrations: [...MIGRATIONS, failing], backupDir }));
    expect(error.details?.['version']).toBe(5);
    expect(schemaVersion(app.sqlite)).toBe(4);
  });

  it('rolls back when foreign_key_check finds violations', async () => {
    const { app, backupDir } = await migratedTo(4);
    const before = dump(app.sqlite);
    const orphaning: Migration = {
      version: 5,
      name: 'orphans',
      rebuildsTables: true,
      up: (s) => s.exec(`insert into agreement(partner_id, title) values (404, '孤儿协议')`),
    };

    const error = await expectMigrationFailed(migrate(app, { migrations: [...MIGRATIONS, orphaning], backupDir }));
    expect(error.message).toMatch(/foreign_key_check/);
    expect(dump(app.sqlite)).toEqual(before);
    expect(readPragmas(app.sqlite).foreignKeys).toBe(1);
  });

  it('rejects an async up() and rolls back what it did synchronously', async () => {
    const { app, backupDir } = await migratedTo(4);
    const before = dump(app.sqlite);
    const asyncUp = async (s: BetterSqlite3.Database): Promise<void> => {
      s.exec('create table sneaky(x)');
      await Promise.resolve();
    };
    const sneaky: Migration = { version: 5, name: 'async', up: asyncUp };
    const error = await expectMigrationFailed(migrate(app, { migrations: [...MIGRATIONS, sneaky], backupDir }));
    expect(error.message).toMatch(/synchronous/);
    expect(dump(app.sqlite)).toEqual(before);
  });

  it('aborts with MIGRATION_FAILED before touching anything when the backup fails', async () => {
    const { app } = await migratedTo(2);
    const before = dump(app.sqlite);
    const notADirectory = path.join(makeTempDir(), 'file-not-dir');
    fs.writeFileSync(notADirectory, 'x');

    const error = await expectMigrationFailed(migrate(app, { migrations: MIGRATIONS, backupDir: notADirectory }));
    expect(error.details).toMatchObject({ stage: 'backup' });
    expect(dump(app.sqlite)).toEqual(before);
  });

  it('refuses a database newer than the app with DB_TOO_NEW and changes nothing', async () => {
    const { app, backupDir } = await migratedTo(4);
    app.sqlite.pragma('user_version = 9');
    const before = dump(app.sqlite);
    const error = await migrate(app, { migrations: MIGRATIONS, backupDir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('DB_TOO_NEW');
    expect((error as DomainError).message).toMatch(/9/);
    expect((error as DomainError).message).toMatch(/4/);
    expect(dump(app.sqlite)).toEqual(before);
    expect(fs.existsSync(backupDir)).toBe(false);
  });
});

describe('migrate: malformed migration lists', () => {
  const up = (): void => undefined;
  const lists: [string, Migration[]][] = [
    ['gap', [{ version: 1, name: 'a', up }, { version: 3, name: 'c', up }]],
    ['starts at 2', [{ version: 2, name: 'b', up }]],
    ['duplicate version', [{ version: 1, name: 'a', up }, { version: 1, name: 'b', up }]],
    ['out of order', [{ version: 2, name: 'b', up }, { version: 1, name: 'a', up }]],
    ['fractional', [{ version: 1, name: 'a', up }, { version: 1.5, name: 'b', up }]],
    ['duplicate name', [{ version: 1, name: 'a', up }, { version: 2, name: 'a', up }]],
    ['blank name', [{ version: 1, name: ' ', up }]],
  ];

  it.each(lists)('rejects a malformed list (%s) and runs nothing', async (_label, migrations) => {
    const { open, backupDir } = setup();
    const app = open();
    const error = await migrate(app, { migrations, backupDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(/Malformed migration list/);
    expect(schemaVersion(app.sqlite)).toBe(0);
  });
});
