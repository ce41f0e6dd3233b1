import { afterEach, describe, expect, it } from 'vitest';
import { CONTRIBUTION_KINDS, COURSE_KINDS, FUNDING_SOURCE_KINDS, PROGRAMME_TYPES } from '@shared/domain/enums';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  foreignKeysOf,
  lastAuditKeys,
  migrateTo,
  snapshot,
  unindexedColumns,
  expectDocumentedAuditedTables,
} from './schemaChecks';

const T = '2025-09-01T00:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const MAJOR = '01900000-0000-7000-8000-000000000003';
const STAFF = '01900000-0000-7000-8000-000000000004';
const AGR = '01900000-0000-7000-8000-000000000010';
const BASE = '01900000-0000-7000-8000-000000000020';
const SOURCE = '01900000-0000-7000-8000-000000000030';
const TXN = '01900000-0000-7000-8000-000000000031';
const TS = ['created_at', 'updated_at', 'deleted_at'];

const EXPECTED_COLUMNS: Record<string, string[]> = {
  joint_course: [
    'id', 'kind', 'code', 'name', 'summary', 'organisation_id', 'major_id', 'start_date', 'end_date',
    'school_lead_staff_id', 'enterprise_lead', 'isbn', 'published_date', ...TS,
  ],
  funding_source: ['id', 'kind', 'name', 'notes', ...TS],
  funding_txn: [
    'id', 'source_id', 'direction', 'amount_fen', 'date', 'voucher_no', 'agreement_id', 'programme_type',
    'programme_id', 'summary', 'attachment_id', ...TS,
  ],
  contribution: [
    'id', 'organisation_id', 'agreement_id', 'kind', 'items', 'value_fen', 'date', 'target', 'trainee_person_days', ...TS,
  ],
};
const NEW_TABLES = Object.keys(EXPECTED_COLUMNS);
const OLD_TABLES = ['major', 'staff', 'organisation', 'agreement', 'internship_base', 'order_class'];

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionThreeWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 3, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into major (id, code, name, level, created_at, updated_at)
      values ('${MAJOR}', '510201', '计算机应用技术', 'higher_vocational', '${T}', '${T}');
    insert into staff (id, name, created_at, updated_at) values ('${STAFF}', '李老师', '${T}', '${T}');
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '示例信息技术有限公司', 'active', '${T}', '${T}');
    insert into agreement (id, title, type, created_at, updated_at) values ('${AGR}', '共建课程协议', 'joint_course_textbook', '${T}', '${T}');
    insert into internship_base (id, name, kind, organisation_id, created_at, updated_at)
      values ('${BASE}', '示例基地', 'external', '${ORG}', '${T}', '${T}');
    insert into order_class (id, name, organisation_id, cohort_year, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000040', '示例班', '${ORG}', 2025, '${T}', '${T}');
  `);
  return t;
}

function insertRows(t: TestDb): void {
  t.app.sqlite.exec(`
    insert into joint_course (id, kind, code, name, organisation_id, major_id, school_lead_staff_id, isbn, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000050', 'textbook', 'JC-1', '示例教材', '${ORG}', '${MAJOR}', '${STAFF}',
              '9787111547426', '${T}', '${T}');
    insert into funding_source (id, kind, name, created_at, updated_at) values ('${SOURCE}', 'fiscal_special', '中央财政专项', '${T}', '${T}');
    insert into funding_txn (id, source_id, direction, amount_fen, date, agreement_id, programme_type, programme_id, created_at, updated_at)
      values ('${TXN}', '${SOURCE}', 'in', 12345678901, '2025-03-01', '${AGR}', 'internship_base', '${BASE}', '${T}', '${T}');
    insert into contribution (id, organisation_id, agreement_id, kind, value_fen, date, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000060', '${ORG}', '${AGR}', 'donated_equipment', 5800000, '2025-04-01', '${T}', '${T}');
  `);
}

describe('migration 0004 courses and funding', () => {
  it('adds the documented STRICT, audited tables and keeps the earlier rows', async () => {
    db = await atVersionThreeWithRows();
    const before = snapshot(db.app.sqlite, OLD_TABLES);
    await migrateTo(db, 4);
    expect(schemaVersion(db.app.sqlite)).toBe(4);
    expect(snapshot(db.app.sqlite, OLD_TABLES)).toEqual(before);
    expectDocumentedAuditedTables(db.app.sqlite, NEW_TABLES, EXPECTED_COLUMNS);
    insertRows(db);
    for (const table of NEW_TABLES) expect(lastAuditKeys(db.app.sqlite, table), table).toEqual(EXPECTED_COLUMNS[table]);
    // 123,456,789.01 元 survives as an exact integer.
    expect(db.app.sqlite.prepare('select amount_fen from funding_txn').safeIntegers().pluck().get()).toBe(12345678901n);
  });

  it('holds and indexes its foreign keys; attachment_id and programme_id stay plain ids', async () => {
    db = await atVersionThreeWithRows();
    await migrateTo(db, 4);
    const sqlite = db.app.sqlite;
    expect(foreignKeysOf(sqlite, 'joint_course')).toEqual([
      { from: 'major_id', table: 'major', onDelete: 'RESTRICT' },
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
      { from: 'school_lead_staff_id', table: 'staff', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'funding_txn')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'RESTRICT' },
      { from: 'source_id', table: 'funding_source', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'contribution').map((f) => f.table)).toEqual(['agreement', 'organisation']);
    for (const table of NEW_TABLES) {
      const fkColumns = foreignKeysOf(sqlite, table).map((f) => f.from);
      expect(unindexedColumns(sqlite, table, fkColumns), table).toEqual([]);
    }
    insertRows(db);
    expect(() => sqlite.exec(`delete from funding_source where id = '${SOURCE}'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`update funding_txn set source_id = '01900000-0000-7000-8000-00000000dead'`)).toThrow(
      /FOREIGN KEY/,
    );
    sqlite.exec(`update funding_txn set attachment_id = '01900000-0000-7000-8000-00000000beef'`);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('checks amounts, programme pairs, contribution figures and live uniqueness', async () => {
    db = await atVersionThreeWithRows();
    await migrateTo(db, 4);
    insertRows(db);
    const sqlite = db.app.sqlite;
    const fails = (statement: string, pattern = /CHECK constraint/): void =>
      expect(() => sqlite.exec(statement), statement).toThrow(pattern);
    fails(`update funding_txn set amount_fen = 0`);
    fails(`update funding_txn set amount_fen = -1`);
    fails(`update funding_txn set amount_fen = 1.5`, /cannot store REAL value in INTEGER/);
    fails(`update funding_txn set programme_id = NULL`);
    fails(`update funding_txn set direction = 'sideways'`);
    fails(`update funding_txn set date = '20250301'`);
    fails(`update contribution set value_fen = NULL`);
    fails(`update contribution set kind = 'employee_training'`);
    sqlite.exec(`update contribution set kind = 'employee_training', trainee_person_days = 30, value_fen = NULL`);
    fails(`update joint_course set start_date = '2025-09-01', end_date = '2025-01-01'`);

    const course = (id: string, code: string, kind = 'textbook'): string =>
      `insert into joint_course (id, kind, code, name, organisation_id, created_at, updated_at)
       values ('${id}', '${kind}', '${code}', '另一本', '${ORG}', '${T}', '${T}')`;
    fails(course('01900000-0000-7000-8000-000000000051', 'JC-1'), /UNIQUE/);
    sqlite.exec(course('01900000-0000-7000-8000-000000000052', 'JC-1', 'course'));
    fails(
      `insert into funding_source (id, kind, name, created_at, updated_at)
       values ('01900000-0000-7000-8000-000000000032', 'other', '中央财政专项', '${T}', '${T}')`,
      /UNIQUE/,
    );
  });

  it('accepts every current enumeration code', async () => {
    db = await atVersionThreeWithRows();
    await migrateTo(db, 4);
    insertRows(db);
    const sqlite = db.app.sqlite;
    for (const kind of COURSE_KINDS) sqlite.prepare('update joint_course set kind = ?').run(kind);
    for (const kind of FUNDING_SOURCE_KINDS) sqlite.prepare('update funding_source set kind = ?').run(kind);
    for (const type of PROGRAMME_TYPES) sqlite.prepare('update funding_txn set programme_type = ?').run(type);
    sqlite.exec('update contribution set trainee_person_days = 1');
    for (const kind of CONTRIBUTION_KINDS) sqlite.prepare('update contribution set kind = ?').run(kind);
    expect(sqlite.prepare('select kind from contribution').pluck().get()).toBe(CONTRIBUTION_KINDS.at(-1));
  });
});
