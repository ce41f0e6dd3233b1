import { afterEach, describe, expect, it } from 'vitest';
import { PROGRAMME_LEVELS } from '@shared/domain/enums';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, foreignKeysOf, isStrict, lastAuditKeys, migrateTo, triggersOf, unindexedColumns } from './schemaChecks';

const T = '2026-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const MAJOR = '01900000-0000-7000-8000-000000000002';
const CBM = '01900000-0000-7000-8000-000000000003';

const EXPECTED_COLUMNS: Record<string, string[]> = {
  co_built_major: ['id', 'major_id', 'agreement_id', 'start_year', 'level', 'content', 'created_at', 'updated_at', 'deleted_at'],
  co_built_major_partner: ['co_built_major_id', 'organisation_id'],
};

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionSixWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 6, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '华为技术有限公司', 'active', '${T}', '${T}');
    insert into major (id, code, name, level, created_at, updated_at)
      values ('${MAJOR}', '510203', '软件技术', 'higher_vocational', '${T}', '${T}');
  `);
  return t;
}

function insertRows(t: TestDb): void {
  t.app.sqlite.exec(`
    insert into co_built_major (id, major_id, start_year, level, content, created_at, updated_at)
      values ('${CBM}', '${MAJOR}', 2025, 'provincial', '共建课程体系', '${T}', '${T}');
    insert into co_built_major_partner (co_built_major_id, organisation_id) values ('${CBM}', '${ORG}');
  `);
}

describe('migration 0007 co-built majors', () => {
  it('adds STRICT, audited tables with the documented columns and keeps earlier rows', async () => {
    db = await atVersionSixWithRows();
    await migrateTo(db, 7);
    const sqlite = db.app.sqlite;
    expect(schemaVersion(sqlite)).toBe(7);
    expect(sqlite.prepare('select full_name from organisation').pluck().all()).toEqual(['华为技术有限公司']);
    for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) {
      expect(columnsOf(sqlite, table), table).toEqual(columns);
      expect(isStrict(sqlite, table), table).toBe(true);
      expect(triggersOf(sqlite, table), table).toEqual([`audit_${table}_delete`, `audit_${table}_insert`, `audit_${table}_update`]);
    }
    insertRows(db);
    for (const [table, columns] of Object.entries(EXPECTED_COLUMNS)) expect(lastAuditKeys(sqlite, table), table).toEqual(columns);
    const linkAudit = sqlite.prepare(`select row_id from audit_log where table_name = 'co_built_major_partner'`).pluck().all();
    expect(linkAudit).toEqual([`${CBM}:${ORG}`]);
    sqlite.exec(`update co_built_major set deleted_at = '${T}' where id = '${CBM}'`);
    const actions = sqlite.prepare(`select action from audit_log where table_name = 'co_built_major' order by id`).pluck().all();
    expect(actions).toEqual(['insert', 'trash']);
  });

  it('restricts deleting a referenced major or partner, cascades links, and indexes every foreign key', async () => {
    db = await atVersionSixWithRows();
    await migrateTo(db, 7);
    insertRows(db);
    const sqlite = db.app.sqlite;
    expect(foreignKeysOf(sqlite, 'co_built_major')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'RESTRICT' },
      { from: 'major_id', table: 'major', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'co_built_major_partner')).toEqual([
      { from: 'co_built_major_id', table: 'co_built_major', onDelete: 'CASCADE' },
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
    ]);
    expect(unindexedColumns(sqlite, 'co_built_major', ['major_id', 'agreement_id', 'start_year'])).toEqual([]);
    expect(unindexedColumns(sqlite, 'co_built_major_partner', ['co_built_major_id', 'organisation_id'])).toEqual([]);
    expect(() => sqlite.exec(`delete from major where id = '${MAJOR}'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`delete from organisation where id = '${ORG}'`)).toThrow(/FOREIGN KEY/);
    sqlite.exec(`delete from co_built_major where id = '${CBM}'`);
    expect(sqlite.prepare('select count(*) from co_built_major_partner').pluck().get()).toBe(0);
  });

  it('checks level and start year, and accepts every programme level', async () => {
    db = await atVersionSixWithRows();
    await migrateTo(db, 7);
    insertRows(db);
    const sqlite = db.app.sqlite;
    expect(() => sqlite.exec(`update co_built_major set level = 'county'`)).toThrow(/CHECK constraint/);
    expect(() => sqlite.exec(`update co_built_major set start_year = 1989`)).toThrow(/CHECK constraint/);
    expect(() => sqlite.exec(`update co_built_major set start_year = '2025'`)).not.toThrow();
    expect(() => sqlite.exec(`update co_built_major set start_year = 'next year'`)).toThrow(/cannot store TEXT value in INTEGER column/);
    for (const level of PROGRAMME_LEVELS) sqlite.prepare('update co_built_major set level = ?').run(level);
    expect(sqlite.prepare('select level from co_built_major').pluck().get()).toBe(PROGRAMME_LEVELS.at(-1));
  });
});
