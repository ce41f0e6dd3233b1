import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import {
  BASE_YEAR_STAT_COLUMNS_0016,
  INTERNSHIP_BASE_COLUMNS_0016,
  ORGANISATION_COLUMNS_0016,
} from '../../../src/main/db/migrations/0016_base_full_table';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, foreignKeysOf, isStrict, lastAuditKeys, migrateTo, snapshot, triggersOf } from './schemaChecks';

// Migration 0016 rebuilds internship_base (kind 'internal', nullable partner, 批准日期, 支持部门),
// adds the 校内实践基地 figures to base_year_stat and 在岗职工总数 to organisation. The rebuild must
// keep every row, the links that point at the bases (majors, yearly figures), the audit history,
// the audit triggers and the indexes.

const T = '2026-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const AGR = '01900000-0000-7000-8000-000000000002';
const MAJ = '01900000-0000-7000-8000-000000000003';
const EXT = '01900000-0000-7000-8000-00000000000a';
const JNT = '01900000-0000-7000-8000-00000000000b';
const NEW_BASE = '01900000-0000-7000-8000-00000000000c';
const STAT = '01900000-0000-7000-8000-0000000000a1';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionFifteen(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 15, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '比亚迪汽车工业有限公司', 'active', '${T}', '${T}');
    insert into agreement (id, title, type, status, created_at, updated_at)
      values ('${AGR}', '比亚迪共建实训基地协议', 'training_base', 'active', '${T}', '${T}');
    insert into major (id, code, name, level, created_at, updated_at) values ('${MAJ}', '460702', '新能源汽车技术', 'higher_vocational', '${T}', '${T}');
    insert into internship_base (id, name, kind, organisation_id, agreement_id, established_date, capacity, has_housing, created_at, updated_at)
      values ('${EXT}', '比亚迪深圳实习基地', 'external', '${ORG}', null, '2021-05-10', 60, 1, '${T}', '${T}'),
             ('${JNT}', '新能源汽车实训中心', 'internal_joint', '${ORG}', '${AGR}', '2022-03-01', 40, 0, '${T}', '${T}');
    insert into internship_base_major (base_id, major_id) values ('${EXT}', '${MAJ}'), ('${JNT}', '${MAJ}');
    insert into base_year_stat (id, base_id, academic_year, project_count, usage_days, equipment_total_fen)
      values ('${STAT}', '${JNT}', 2025, 3, 120, 123456789);
    update internship_base set plaque_name = '比亚迪产教融合实训中心' where id = '${JNT}';
  `);
  return t;
}

const auditRows = (t: TestDb, table: string) =>
  t.app.sqlite.prepare('select * from audit_log where table_name = ? order by id').all(table);

describe('migration 0016 full 校内实践基地 table', () => {
  it('rebuilds internship_base keeping rows, links, audit history, triggers and indexes', async () => {
    db = await atVersionFifteen();
    const sqlite = db.app.sqlite;
    const before = snapshot(sqlite, ['internship_base', 'internship_base_major', 'base_year_stat', 'organisation']);
    const baseAudit = auditRows(db, 'internship_base');
    expect(baseAudit).toHaveLength(3);
    const fksBefore = { major: foreignKeysOf(sqlite, 'internship_base_major'), stat: foreignKeysOf(sqlite, 'base_year_stat') };

    await migrateTo(db, 16);
    expect(schemaVersion(sqlite)).toBe(16);
    expect(columnsOf(sqlite, 'internship_base')).toEqual([...INTERNSHIP_BASE_COLUMNS_0016]);
    expect(columnsOf(sqlite, 'base_year_stat')).toEqual([...BASE_YEAR_STAT_COLUMNS_0016]);
    expect(columnsOf(sqlite, 'organisation').at(-1)).toBe('employee_count');
    expect(columnsOf(sqlite, 'organisation').filter((c) => c !== 'name_key').sort()).toEqual([...ORGANISATION_COLUMNS_0016].sort());
    for (const table of ['internship_base', 'base_year_stat', 'organisation']) {
      expect(isStrict(sqlite, table)).toBe(true);
      expect(triggersOf(sqlite, table).filter((n) => n.startsWith('audit_'))).toEqual([
        `audit_${table}_delete`, `audit_${table}_insert`, `audit_${table}_update`,
      ]);
    }
    const indexes = sqlite.prepare(`select name from pragma_index_list('internship_base') where origin = 'c' order by name`).pluck().all();
    expect(indexes).toEqual(['internship_base_by_agreement_id', 'internship_base_by_organisation_id']);

    // Rows unchanged (new columns blank), links and history intact, the copy wrote no audit row.
    const stripNew = (rows: unknown[], cols: string[]) =>
      (rows as Record<string, unknown>[]).map((r) => {
        const copy = { ...r };
        for (const c of cols) {
          expect(copy[c]).toBeNull();
          delete copy[c];
        }
        return copy;
      });
    const after = snapshot(sqlite, ['internship_base', 'internship_base_major', 'base_year_stat', 'organisation']);
    expect(stripNew(after['internship_base']!, ['approval_date', 'supporting_department'])).toEqual(before['internship_base']);
    expect(after['internship_base_major']).toEqual(before['internship_base_major']);
    expect(stripNew(after['base_year_stat']!, BASE_YEAR_STAT_COLUMNS_0016.slice(-8))).toEqual(before['base_year_stat']);
    expect(stripNew(after['organisation']!, ['employee_count'])).toEqual(before['organisation']);
    expect(auditRows(db, 'internship_base')).toEqual(baseAudit);
    expect(foreignKeysOf(sqlite, 'internship_base_major')).toEqual(fksBefore.major);
    expect(foreignKeysOf(sqlite, 'base_year_stat')).toEqual(fksBefore.stat);
    expect(foreignKeysOf(sqlite, 'internship_base')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'RESTRICT' },
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
    ]);

    // The foreign keys still act on the rebuilt table: a figure for a missing base is refused,
    // deleting a base cascades to its majors and figures, a partner with a base cannot be deleted.
    expect(() =>
      sqlite.exec(`insert into base_year_stat (id, base_id, academic_year) values ('x', 'no-such-base', 2025)`),
    ).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`delete from organisation where id = '${ORG}'`)).toThrow(/FOREIGN KEY/);
    sqlite.exec(`delete from internship_base where id = '${JNT}'`);
    expect(sqlite.prepare('select count(*) from base_year_stat').pluck().get()).toBe(0);
    expect(sqlite.prepare(`select count(*) from internship_base_major where base_id = '${JNT}'`).pluck().get()).toBe(0);
    const deleted = sqlite
      .prepare(`select action, before_json from audit_log where table_name = 'internship_base' order by id desc limit 1`)
      .get() as { action: string; before_json: string };
    expect(deleted.action).toBe('delete');
    expect(Object.keys(JSON.parse(deleted.before_json) as object)).toEqual([...INTERNSHIP_BASE_COLUMNS_0016]);
  });

  it('lets only an internal base lack a partner and audits the new columns', async () => {
    db = await atVersionFifteen();
    await migrateTo(db, 16);
    const sqlite = db.app.sqlite;
    const insertBase = (kind: string) => () =>
      sqlite.exec(`insert into internship_base (id, name, kind, organisation_id, approval_date, supporting_department, created_at, updated_at)
        values ('${NEW_BASE}', '智能制造实训中心', '${kind}', null, '2023-06-15', '教务处', '${T}', '${T}')`);
    expect(insertBase('external')).toThrow(/CHECK constraint/);
    expect(insertBase('internal_joint')).toThrow(/CHECK constraint/);
    expect(insertBase('internal')).not.toThrow();
    expect(JSON.parse(sqlite.prepare(`select after_json from audit_log where table_name = 'internship_base' order by id desc limit 1`).pluck().get() as string))
      .toMatchObject({ kind: 'internal', organisation_id: null, approval_date: '2023-06-15', supporting_department: '教务处' });
    expect(() => sqlite.exec(`update internship_base set approval_date = '2023/6/15' where id = '${NEW_BASE}'`)).toThrow(/CHECK constraint/);

    sqlite.exec(`update base_year_stat set building_area_m2 = 1250.5, internal_person_hours = 36000, social_person_hours = 0,
      self_developed_equipment_fen = 5000000, consumables_fen = 1234500, maintenance_fen = 800000,
      full_time_managers = 2, part_time_managers = 5 where id = '${STAT}'`);
    expect(lastAuditKeys(sqlite, 'base_year_stat')).toEqual([...BASE_YEAR_STAT_COLUMNS_0016]);
    expect(JSON.parse(sqlite.prepare(`select after_json from audit_log where table_name = 'base_year_stat' order by id desc limit 1`).pluck().get() as string))
      .toMatchObject({ building_area_m2: 1250.5, social_person_hours: 0, part_time_managers: 5 });
    for (const col of BASE_YEAR_STAT_COLUMNS_0016.slice(-8)) {
      expect(() => sqlite.exec(`update base_year_stat set ${col} = -1 where id = '${STAT}'`)).toThrow(/CHECK constraint/);
    }

    sqlite.exec(`update organisation set employee_count = 5200 where id = '${ORG}'`);
    expect(lastAuditKeys(sqlite, 'organisation')).toEqual([...ORGANISATION_COLUMNS_0016]);
    expect(() => sqlite.exec(`update organisation set employee_count = -3 where id = '${ORG}'`)).toThrow(/CHECK constraint/);
  });
});
