import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { BASE_YEAR_STAT_COLUMNS } from '../../../src/main/db/migrations/0010_base_equipment_figures';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, lastAuditKeys, migrateTo, snapshot, triggersOf } from './schemaChecks';

const T = '2026-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const BASE = '01900000-0000-7000-8000-000000000002';
const STAT = '01900000-0000-7000-8000-000000000003';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** A version-9 database with one on-campus base and its 2025 figures (no equipment columns yet). */
async function atVersionNineWithStat(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 9, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '华为技术有限公司', 'active', '${T}', '${T}');
    insert into internship_base (id, name, kind, organisation_id, capacity, created_at, updated_at)
      values ('${BASE}', '云计算实训室', 'internal_joint', '${ORG}', 40, '${T}', '${T}');
    insert into base_year_stat (id, base_id, academic_year, student_visits, usage_days) values ('${STAT}', '${BASE}', 2025, 320, 120);
  `);
  return t;
}

describe('migration 0010 base equipment figures', () => {
  it('adds nullable equipment columns, keeps the existing figures and audits the new columns', async () => {
    db = await atVersionNineWithStat();
    const sqlite = db.app.sqlite;
    const before = snapshot(sqlite, ['base_year_stat']);
    await migrateTo(db, 10);
    expect(schemaVersion(sqlite)).toBe(10);
    expect(columnsOf(sqlite, 'base_year_stat')).toEqual([...BASE_YEAR_STAT_COLUMNS]);
    expect(isStrict(sqlite, 'base_year_stat')).toBe(true);
    expect(triggersOf(sqlite, 'base_year_stat')).toEqual(['audit_base_year_stat_delete', 'audit_base_year_stat_insert', 'audit_base_year_stat_update']);
    // Old rows keep their figures; the new ones are NULL ("not recorded"), never 0.
    const row = sqlite.prepare('select * from base_year_stat').get() as Record<string, unknown>;
    expect(row).toMatchObject({ ...(before['base_year_stat']![0] as object), equipment_total_fen: null, equipment_new_fen: null });
    expect(row['equipment_count']).toBeNull();
    expect(row['large_equipment_count']).toBeNull();

    // Changing only an equipment figure is audited, with every column in the images.
    sqlite.exec(`update base_year_stat set equipment_total_fen = 125000000, equipment_new_fen = 30000000 where id = '${STAT}'`);
    const audit = sqlite
      .prepare(`select action, before_json, after_json from audit_log where table_name = 'base_year_stat' order by id desc limit 1`)
      .get() as { action: string; before_json: string; after_json: string };
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before_json)).toMatchObject({ equipment_total_fen: null, student_visits: 320 });
    expect(JSON.parse(audit.after_json)).toMatchObject({ equipment_total_fen: 125_000_000, equipment_new_fen: 30_000_000 });
    expect(lastAuditKeys(sqlite, 'base_year_stat')).toEqual([...BASE_YEAR_STAT_COLUMNS]);
    sqlite.exec(`delete from base_year_stat where id = '${STAT}'`);
    const deleted = sqlite.prepare(`select before_json from audit_log where table_name = 'base_year_stat' and action = 'delete'`).pluck().get();
    expect(JSON.parse(String(deleted))).toMatchObject({ equipment_new_fen: 30_000_000 });
  });

  it('rejects negative figures, new equipment above the total and large equipment above the count', async () => {
    db = await atVersionNineWithStat();
    await migrateTo(db, 10);
    const sqlite = db.app.sqlite;
    const set = (assignments: string) => () => sqlite.exec(`update base_year_stat set ${assignments} where id = '${STAT}'`);
    expect(set('equipment_total_fen = -1')).toThrow(/CHECK constraint/);
    expect(set('equipment_new_fen = -1')).toThrow(/CHECK constraint/);
    expect(set('equipment_count = -1')).toThrow(/CHECK constraint/);
    expect(set('equipment_total_fen = 100, equipment_new_fen = 101')).toThrow(/CHECK constraint/);
    expect(set('equipment_count = 5, large_equipment_count = 6')).toThrow(/CHECK constraint/);
    expect(set("equipment_total_fen = 'viel'")).toThrow(/cannot store TEXT value in INTEGER column/);
    // Equal is fine; so is new equipment without a recorded total.
    expect(set('equipment_total_fen = 100, equipment_new_fen = 100, equipment_count = 5, large_equipment_count = 5')).not.toThrow();
    expect(set('equipment_total_fen = null, equipment_new_fen = 500')).not.toThrow();
    // Lowering the total below the recorded new value is refused too.
    set('equipment_total_fen = 600')();
    expect(set('equipment_total_fen = 499')).toThrow(/CHECK constraint/);
  });
});
