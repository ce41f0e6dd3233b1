import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CJRH_LEVELS,
  INDUSTRY_SECTIONS,
  MAJOR_LEVELS,
  ORG_KINDS,
  ORG_NATURES,
  ORG_SIZES,
  ORG_UNIT_KINDS,
  PARTNER_SOURCES,
  PARTNER_STATUSES,
} from '../../../src/shared/domain/enums';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createTestDb, type TestDb } from '../../helpers/testDb';

const NEW_TABLES = ['app_setting', 'audit_log', 'contact', 'major', 'org_unit', 'organisation', 'staff'];
const AUDITED = ['app_setting', 'contact', 'major', 'org_unit', 'organisation', 'staff'];
const TS = '2026-03-01T08:00:00.000Z';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function migratedTo1(): Promise<BetterSqlite3.Database> {
  db = await createTestDb({ upTo: 0 });
  expect(schemaVersion(db.app.sqlite)).toBe(0);
  await migrate(db.app, { migrations: MIGRATIONS.slice(0, 1), backupDir: path.join(db.dir, 'backups') });
  return db.app.sqlite;
}

const columnsOf = (sqlite: BetterSqlite3.Database, table: string): string[] =>
  sqlite.prepare(`select name from pragma_table_info(?) order by cid`).pluck().all(table) as string[];

function insertOrgUnit(sqlite: BetterSqlite3.Database, id: string, parentId: string | null = null): void {
  sqlite
    .prepare(`insert into org_unit (id, name, kind, parent_id, created_at, updated_at) values (?, ?, 'college', ?, ?, ?)`)
    .run(id, `unit ${id}`, parentId, TS, TS);
}

function insertOrganisation(sqlite: BetterSqlite3.Database, id: string, fields: Record<string, unknown> = {}): void {
  const row = { id, kind: 'enterprise', full_name: `org ${id}`, status: 'active', created_at: TS, updated_at: TS, ...fields };
  const columns = Object.keys(row);
  sqlite
    .prepare(`insert into organisation (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`)
    .run(row);
}

function insertContact(sqlite: BetterSqlite3.Database, id: string, organisationId: string, isPrimary = 0): void {
  sqlite
    .prepare(
      `insert into contact (id, organisation_id, name, is_primary, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`,
    )
    .run(id, organisationId, `contact ${id}`, isPrimary, TS, TS);
}

describe('migration 0001: reference and partners', () => {
  it('creates the seven tables, STRICT, with the documented columns', async () => {
    const sqlite = await migratedTo1();
    expect(schemaVersion(sqlite)).toBe(1);
    const tables = sqlite
      .prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name`)
      .pluck()
      .all();
    expect(tables).toEqual(NEW_TABLES);
    for (const table of NEW_TABLES) {
      const ddl = sqlite.prepare(`select sql from sqlite_schema where name = ?`).pluck().get(table) as string;
      expect(ddl.trimEnd().endsWith('STRICT'), table).toBe(true);
    }
    expect(columnsOf(sqlite, 'app_setting')).toEqual(['key', 'value', 'updated_at']);
    expect(columnsOf(sqlite, 'org_unit')).toEqual([
      'id', 'name', 'code', 'kind', 'parent_id', 'head', 'phone', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnsOf(sqlite, 'major')).toEqual([
      'id', 'code', 'name', 'level', 'org_unit_id', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnsOf(sqlite, 'staff')).toEqual([
      'id', 'name', 'staff_no', 'org_unit_id', 'title', 'phone', 'email', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnsOf(sqlite, 'organisation')).toEqual([
      'id', 'kind', 'full_name', 'uscc', 'uscc_check_overridden', 'aliases_json', 'industry_section',
      'industry_division', 'size', 'nature', 'region_code', 'region_name', 'address', 'website',
      'legal_representative', 'cjrh_level', 'status', 'source', 'owner_org_unit_id', 'tags_json', 'notes',
      'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnsOf(sqlite, 'contact')).toEqual([
      'id', 'organisation_id', 'name', 'title', 'department', 'mobile', 'phone', 'email', 'wechat', 'is_primary',
      'is_part_time_teacher', 'notes', 'created_at', 'updated_at', 'deleted_at',
    ]);
  });

  it('creates insert/update/delete audit triggers on every table but audit_log itself', async () => {
    const sqlite = await migratedTo1();
    const triggers = sqlite
      .prepare(`select name from sqlite_schema where type = 'trigger' order by name`)
      .pluck()
      .all();
    const expected = [
      ...AUDITED.flatMap((t) => [`audit_${t}_delete`, `audit_${t}_insert`, `audit_${t}_update`]),
      'audit_log_is_append_only_delete',
      'audit_log_is_append_only_update',
    ].sort();
    expect(triggers).toEqual(expected);
  });

  it('audits a setting by its key and makes audit_log append-only', async () => {
    const sqlite = await migratedTo1();
    sqlite.prepare(`insert into app_setting (key, value, updated_at) values ('language', '"zh-CN"', ?)`).run(TS);
    const row = sqlite.prepare(`select action, table_name, row_id, actor from audit_log`).get();
    expect(row).toEqual({ action: 'insert', table_name: 'app_setting', row_id: 'language', actor: 'tester' });
    expect(() => sqlite.exec(`update audit_log set actor = 'mallory'`)).toThrow(/append-only/);
    expect(() => sqlite.exec(`delete from audit_log`)).toThrow(/append-only/);
    expect(sqlite.prepare(`select count(*) from audit_log`).pluck().get()).toBe(1);
  });

  it('accepts every current enum code and rejects unknown ones', async () => {
    const sqlite = await migratedTo1();
    let n = 0;
    const tryOrg = (fields: Record<string, unknown>): void => insertOrganisation(sqlite, `o${n++}`, fields);
    for (const kind of ORG_KINDS) tryOrg({ kind });
    for (const status of PARTNER_STATUSES) tryOrg({ status });
    for (const source of PARTNER_SOURCES) tryOrg({ source });
    for (const size of ORG_SIZES) tryOrg({ size });
    for (const nature of ORG_NATURES) tryOrg({ nature });
    for (const cjrh_level of CJRH_LEVELS) tryOrg({ cjrh_level });
    for (const industry_section of INDUSTRY_SECTIONS) tryOrg({ industry_section });
    for (const bad of [{ kind: 'company' }, { status: 'gone' }, { industry_section: 'Z' }, { size: 'huge' }]) {
      expect(() => tryOrg(bad), JSON.stringify(bad)).toThrow(/CHECK constraint failed/);
    }
    expect(() => tryOrg({ aliases_json: '{"a":1}' })).toThrow(/CHECK constraint failed/);
    expect(() => tryOrg({ uscc_check_overridden: 2 })).toThrow(/CHECK constraint failed/);

    for (const kind of ORG_UNIT_KINDS) {
      sqlite
        .prepare(`insert into org_unit (id, name, kind, created_at, updated_at) values (?, 'u', ?, ?, ?)`)
        .run(`u-${kind}`, kind, TS, TS);
    }
    for (const level of MAJOR_LEVELS) {
      sqlite
        .prepare(`insert into major (id, code, name, level, created_at, updated_at) values (?, '460104', 'm', ?, ?, ?)`)
        .run(`m-${level}`, level, TS, TS);
    }
    expect(() =>
      sqlite
        .prepare(`insert into major (id, code, name, level, created_at, updated_at) values ('m-x', '1', 'm', 'phd', ?, ?)`)
        .run(TS, TS),
    ).toThrow(/CHECK constraint failed/);
  });

  it('keeps a USCC unique over trashed rows too, and (code, level) unique among live majors only', async () => {
    const sqlite = await migratedTo1();
    insertOrganisation(sqlite, 'a', { uscc: '914403001922038216', deleted_at: TS });
    expect(() => insertOrganisation(sqlite, 'b', { uscc: '914403001922038216' })).toThrow(
      /UNIQUE constraint failed: organisation.uscc/,
    );
    insertOrganisation(sqlite, 'c');
    insertOrganisation(sqlite, 'd');
    expect(sqlite.prepare(`select count(*) from organisation where uscc is null`).pluck().get()).toBe(2);

    const addMajor = (id: string, deletedAt: string | null): unknown =>
      sqlite
        .prepare(
          `insert into major (id, code, name, level, created_at, updated_at, deleted_at)
           values (?, '460104', 'm', 'higher_vocational', ?, ?, ?)`,
        )
        .run(id, TS, TS, deletedAt);
    addMajor('m1', TS);
    addMajor('m2', null);
    expect(() => addMajor('m3', null)).toThrow(/UNIQUE constraint failed: major.code, major.level/);
  });

  it('allows one live primary contact per organisation', async () => {
    const sqlite = await migratedTo1();
    insertOrganisation(sqlite, 'o');
    insertContact(sqlite, 'c1', 'o', 1);
    expect(() => insertContact(sqlite, 'c2', 'o', 1)).toThrow(/UNIQUE constraint failed: contact.organisation_id/);
    sqlite.prepare(`update contact set deleted_at = ? where id = 'c1'`).run(TS);
    insertContact(sqlite, 'c2', 'o', 1);
    expect(sqlite.prepare(`select count(*) from contact where is_primary = 1`).pluck().get()).toBe(2);
  });

  it('enforces foreign keys (RESTRICT) between the new tables', async () => {
    const sqlite = await migratedTo1();
    expect(() => insertContact(sqlite, 'c', 'no-such-org')).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertOrganisation(sqlite, 'o', { owner_org_unit_id: 'no-such-unit' })).toThrow(
      /FOREIGN KEY constraint failed/,
    );
    expect(() => insertOrgUnit(sqlite, 'child', 'no-such-parent')).toThrow(/FOREIGN KEY constraint failed/);
    insertOrgUnit(sqlite, 'u');
    insertOrganisation(sqlite, 'o', { owner_org_unit_id: 'u' });
    insertContact(sqlite, 'c', 'o');
    expect(() => sqlite.exec(`delete from organisation where id = 'o'`)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => sqlite.exec(`delete from org_unit where id = 'u'`)).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => insertOrgUnit(sqlite, 'self', 'self')).toThrow(/CHECK constraint failed/);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('indexes the partner list filters and sorts', async () => {
    const sqlite = await migratedTo1();
    const plan = (query: string): string =>
      (sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`select * from organisation where deleted_at is null order by updated_at desc, id desc limit 20`)).toMatch(
      /USING INDEX organisation_live_by_updated/,
    );
    expect(plan(`select * from organisation where deleted_at is null order by full_name, id limit 20`)).toMatch(
      /USING INDEX organisation_live_by_name/,
    );
    expect(plan(`select * from organisation where status = 'active' and deleted_at is null`)).toMatch(
      /USING INDEX organisation_by_status/,
    );
    expect(plan(`select * from organisation where region_name >= '广东省' and region_name < '广东省\u{10FFFF}'`)).toMatch(
      /USING INDEX organisation_by_region/,
    );
  });
});
