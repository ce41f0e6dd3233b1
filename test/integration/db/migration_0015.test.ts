import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { IMPORT_BATCH_COLUMNS } from '../../../src/main/db/migrations/0009_import_batches_and_mappings';
import { IMPORT_MAPPING_COLUMNS_0013 } from '../../../src/main/db/migrations/0013_import_mapping_values';
import { CONTRIBUTION_COLUMNS_0015, PART_TIME_TEACHER_COLUMNS_0015 } from '../../../src/main/db/migrations/0015_record_majors';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { expectDocumentedAuditedTables, foreignKeysOf, lastAuditKeys, migrateTo, snapshot } from './schemaChecks';

// Migration 0015 gives part_time_teacher and contribution a major_id and fills the
// contribution's from its agreement when that agreement covers exactly one live major:
//   c1 under A1 (covers 汽车检测 only)            → 汽车检测
//   c2 under A2 (汽车检测 and 新能源)             → NULL (R1 could not choose either)
//   c3 under A3 (新能源 live + 旧专业 in the trash) → 新能源 (the one live major)
//   c4 without agreement                          → NULL
// It also lets import_batch / import_mapping hold 'partTimeTeachers' and 'contributions'.

const T = '2026-09-01T00:00:00.000Z';
const SHA = 'a'.repeat(64);
const ORG = 'org-1';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionFourteen(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 14, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into major (id, code, name, level, created_at, updated_at, deleted_at) values
      ('m-auto', '460702', '汽车检测与维修技术', 'higher_vocational', '${T}', '${T}', null),
      ('m-ev', '460701', '新能源汽车技术', 'higher_vocational', '${T}', '${T}', null),
      ('m-old', '460799', '旧专业', 'higher_vocational', '${T}', '${T}', '${T}');
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '比亚迪汽车工业有限公司', 'active', '${T}', '${T}');
    insert into contact (id, organisation_id, name, is_part_time_teacher, created_at, updated_at)
      values ('ct-1', '${ORG}', '王工', 1, '${T}', '${T}');
    insert into agreement (id, title, type, status, created_at, updated_at) values
      ('A1', '协议一', 'framework', 'active', '${T}', '${T}'),
      ('A2', '协议二', 'framework', 'active', '${T}', '${T}'),
      ('A3', '协议三', 'framework', 'active', '${T}', '${T}');
    insert into agreement_major (agreement_id, major_id) values
      ('A1', 'm-auto'), ('A2', 'm-auto'), ('A2', 'm-ev'), ('A3', 'm-ev'), ('A3', 'm-old');
    insert into contribution (id, organisation_id, agreement_id, kind, value_fen, date, created_at, updated_at) values
      ('c1', '${ORG}', 'A1', 'donated_equipment', 1000000, '2026-03-01', '${T}', '${T}'),
      ('c2', '${ORG}', 'A2', 'technical_service_income', 500000, '2026-03-02', '${T}', '${T}'),
      ('c3', '${ORG}', 'A3', 'quasi_donated_equipment', 200000, '2026-03-03', '${T}', '${T}'),
      ('c4', '${ORG}', null, 'donated_equipment', 100000, '2026-03-04', '${T}', '${T}');
    insert into part_time_teacher (id, contact_id, organisation_id, academic_year, hours, created_at, updated_at)
      values ('t1', 'ct-1', '${ORG}', 2025, 32, '${T}', '${T}');
    insert into import_batch values ('b1', 'placementStats', '合作数据.xlsx', '${SHA}', 'valid-only', 2, 1, 3, 2, 'pre-import.db', '${T}');
    insert into import_mapping (id, entity, name, columns_json, values_json, created_at, updated_at, deleted_at) values
      ('im1', 'partners', '去年', '{"企业名称":"fullName"}', '{"nature":{"国企":"state_owned"}}', '${T}', '${T}', null);
  `);
  return t;
}

describe('migration 0015 majors of part-time teachers and contributions', () => {
  it('adds audited major_id columns and fills a contribution’s from its agreement’s single live major, without audit rows', async () => {
    db = await atVersionFourteen();
    const sqlite = db.app.sqlite;
    const before = snapshot(sqlite, ['contribution', 'part_time_teacher', 'audit_log', 'import_batch', 'import_mapping']);
    await migrateTo(db, 15);
    expect(schemaVersion(sqlite)).toBe(15);
    expectDocumentedAuditedTables(sqlite, ['part_time_teacher', 'contribution'], {
      part_time_teacher: PART_TIME_TEACHER_COLUMNS_0015,
      contribution: CONTRIBUTION_COLUMNS_0015,
    });
    expect(foreignKeysOf(sqlite, 'part_time_teacher')).toContainEqual({ from: 'major_id', table: 'major', onDelete: 'RESTRICT' });
    expect(foreignKeysOf(sqlite, 'contribution')).toContainEqual({ from: 'major_id', table: 'major', onDelete: 'RESTRICT' });

    const majors = sqlite.prepare('select id, major_id from contribution order by id').all();
    expect(majors).toEqual([
      { id: 'c1', major_id: 'm-auto' },
      { id: 'c2', major_id: null },
      { id: 'c3', major_id: 'm-ev' },
      { id: 'c4', major_id: null },
    ]);
    expect(sqlite.prepare(`select major_id from part_time_teacher where id = 't1'`).pluck().get()).toBeNull();

    // Nothing else changed, and the backfill wrote no history; batches and mappings were copied as they were.
    const after = snapshot(sqlite, ['contribution', 'part_time_teacher', 'audit_log', 'import_batch', 'import_mapping']);
    const withoutMajor = (rows: unknown[]) => rows.map((r) => {
      const { major_id: _ignored, ...rest } = r as Record<string, unknown>;
      return rest;
    });
    expect(withoutMajor(after['contribution'] ?? [])).toEqual(before['contribution']);
    expect(withoutMajor(after['part_time_teacher'] ?? [])).toEqual(before['part_time_teacher']);
    expect(after['audit_log']).toEqual(before['audit_log']);
    expect(after['import_batch']).toEqual(before['import_batch']);
    expect(after['import_mapping']).toEqual(before['import_mapping']);

    // Setting a major later is audited with every column.
    sqlite.exec(`update part_time_teacher set major_id = 'm-ev' where id = 't1'`);
    expect(lastAuditKeys(sqlite, 'part_time_teacher')).toEqual([...PART_TIME_TEACHER_COLUMNS_0015]);
    sqlite.exec(`update contribution set major_id = 'm-ev' where id = 'c2'`);
    expect(lastAuditKeys(sqlite, 'contribution')).toEqual([...CONTRIBUTION_COLUMNS_0015]);
    const audit = sqlite
      .prepare(`select before_json, after_json from audit_log where table_name = 'contribution' order by id desc limit 1`)
      .get() as { before_json: string; after_json: string };
    expect(JSON.parse(audit.before_json)).toMatchObject({ major_id: null });
    expect(JSON.parse(audit.after_json)).toMatchObject({ major_id: 'm-ev' });
    expect(() => sqlite.exec(`update contribution set major_id = 'no-such-major' where id = 'c4'`)).toThrow(/FOREIGN KEY/);
  });

  it('accepts the two new import entities, still refuses unknown ones, and keeps both tables audited', async () => {
    db = await atVersionFourteen();
    await migrateTo(db, 15);
    const sqlite = db.app.sqlite;
    expectDocumentedAuditedTables(sqlite, ['import_batch', 'import_mapping'], {
      import_batch: IMPORT_BATCH_COLUMNS,
      import_mapping: IMPORT_MAPPING_COLUMNS_0013,
    });
    const batch = (id: string, entity: string) =>
      sqlite.prepare(`insert into import_batch values (?, ?, 'f', '${SHA}', 'all-or-nothing', 1, 0, 0, 0, null, '${T}')`).run(id, entity);
    batch('b2', 'partTimeTeachers');
    batch('b3', 'contributions');
    expect(lastAuditKeys(sqlite, 'import_batch')).toEqual([...IMPORT_BATCH_COLUMNS]);
    expect(() => batch('b4', 'contacts')).toThrow(/CHECK constraint/);
    const mapping = (id: string, entity: string) =>
      sqlite.prepare(`insert into import_mapping (id, entity, name, columns_json, created_at, updated_at) values (?, ?, '去年', '{}', '${T}', '${T}')`).run(id, entity);
    mapping('m1', 'contributions');
    expect(lastAuditKeys(sqlite, 'import_mapping')).toEqual([...IMPORT_MAPPING_COLUMNS_0013]);
    expect(() => mapping('m2', 'contributions')).toThrow(/UNIQUE constraint/);
    expect(() => mapping('m3', 'contacts')).toThrow(/CHECK constraint/);
  });
});
