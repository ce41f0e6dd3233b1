import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { MAJOR_COLUMNS_0017 } from '../../../src/main/db/migrations/0017_major_directions';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, lastAuditKeys, migrateTo, snapshot, triggersOf } from './schemaChecks';

// Migration 0017 adds major.parent_major_id (专业方向, one level under a 专业), audited.
//   M: 510201 计算机应用技术 (a 专业), N: 460701 汽车检测与维修技术 (a 专业).
//   After 0017: D = 软件测试, a direction of M with M's code, is accepted (code uniqueness is
//   among 专业 only); a second live 软件测试 under M is refused; a direction of D is refused;
//   M (which has a direction) cannot become a direction of N.

const T = '2026-09-01T00:00:00.000Z';
const M = '01900000-0000-7000-8000-0000000000a1';
const N = '01900000-0000-7000-8000-0000000000a2';
const D = '01900000-0000-7000-8000-0000000000d1';
const E = '01900000-0000-7000-8000-0000000000d2';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionSixteen(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 16, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into major (id, code, name, level, created_at, updated_at)
      values ('${M}', '510201', '计算机应用技术', 'higher_vocational', '${T}', '${T}'),
             ('${N}', '460701', '汽车检测与维修技术', 'higher_vocational', '${T}', '${T}');
  `);
  return t;
}

const insertMajor = (t: TestDb, id: string, code: string, name: string, parent: string | null) => () =>
  t.app.sqlite
    .prepare(`insert into major (id, code, name, level, parent_major_id, created_at, updated_at) values (?, ?, ?, 'higher_vocational', ?, ?, ?)`)
    .run(id, code, name, parent, T, T);

describe('migration 0017 major directions', () => {
  it('adds an audited parent_major_id and leaves existing majors as 专业', async () => {
    db = await atVersionSixteen();
    const sqlite = db.app.sqlite;
    const before = snapshot(sqlite, ['major']);
    await migrateTo(db, 17);
    expect(schemaVersion(sqlite)).toBe(17);
    expect(columnsOf(sqlite, 'major')).toEqual([...MAJOR_COLUMNS_0017]);
    expect(isStrict(sqlite, 'major')).toBe(true);
    expect(triggersOf(sqlite, 'major').filter((n) => n.startsWith('audit_'))).toEqual([
      'audit_major_delete', 'audit_major_insert', 'audit_major_update',
    ]);
    const after = sqlite.prepare('select * from major order by rowid').all() as Record<string, unknown>[];
    expect(after.map(({ parent_major_id: parent, ...rest }) => ({ parent, rest }))).toEqual(
      (before['major'] as Record<string, unknown>[]).map((rest) => ({ parent: null, rest })),
    );

    insertMajor(db, D, '510201', '软件测试', M)();
    expect(JSON.parse(sqlite.prepare(`select after_json from audit_log where table_name = 'major' order by id desc limit 1`).pluck().get() as string))
      .toMatchObject({ id: D, parent_major_id: M, code: '510201' });
    expect(lastAuditKeys(sqlite, 'major')).toEqual([...MAJOR_COLUMNS_0017]);
  });

  it('keeps directions one level deep and their names unique under a 专业', async () => {
    db = await atVersionSixteen();
    await migrateTo(db, 17);
    const sqlite = db.app.sqlite;
    expect(insertMajor(db, D, '510201', '软件测试', M)).not.toThrow();
    // Same name under the same 专业: refused; under another 专业: fine.
    expect(insertMajor(db, E, '510201', '软件测试', M)).toThrow(/UNIQUE constraint failed: major.parent_major_id, major.name/);
    // A 专业 code stays unique among 专业.
    expect(insertMajor(db, E, '510201', '另一个专业', null)).toThrow(/UNIQUE constraint failed: major.code, major.level/);
    // A direction of a direction.
    expect(insertMajor(db, E, '510201', '自动化测试', D)).toThrow(/major.directionTooDeep/);
    // A 专业 with a direction cannot become a direction; a direction cannot point at itself.
    expect(() => sqlite.exec(`update major set parent_major_id = '${N}' where id = '${M}'`)).toThrow(/major.directionTooDeep/);
    expect(() => sqlite.exec(`update major set parent_major_id = '${N}' where id = '${N}'`)).toThrow(/CHECK constraint/);
    // Moving the direction to another 专业 is fine; its 专业 cannot be deleted under it.
    expect(() => sqlite.exec(`update major set parent_major_id = '${N}' where id = '${D}'`)).not.toThrow();
    expect(() => sqlite.exec(`delete from major where id = '${N}'`)).toThrow(/FOREIGN KEY constraint/);
  });
});
