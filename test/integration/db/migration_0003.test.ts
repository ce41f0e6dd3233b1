import { afterEach, describe, expect, it } from 'vitest';
import { INTERNSHIP_BASE_KINDS, ORDER_CLASS_KINDS, PROGRAMME_LEVELS } from '@shared/domain/enums';
import { schemaVersion } from '../../../src/main/db/migrate';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import {
  auditCount,
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
const CONTACT = '01900000-0000-7000-8000-000000000005';
const AGR = '01900000-0000-7000-8000-000000000010';
const BASE = '01900000-0000-7000-8000-000000000020';
const COLLEGE = '01900000-0000-7000-8000-000000000021';
const CERT = '01900000-0000-7000-8000-000000000022';
const TS = ['created_at', 'updated_at', 'deleted_at'];

// data-model.md §3, column for column.
const EXPECTED_COLUMNS: Record<string, string[]> = {
  internship_base: [
    'id', 'name', 'kind', 'organisation_id', 'agreement_id', 'address', 'established_date', 'plaque_name',
    'capacity', 'has_housing', 'pays_allowance', 'fund_per_student_fen', 'status', ...TS,
  ],
  internship_base_major: ['base_id', 'major_id'],
  base_year_stat: [
    'id', 'base_id', 'academic_year', 'project_count', 'project_names', 'student_visits', 'usage_days',
    'half_year_interns', 'supervisors_sent', 'graduates_employed',
  ],
  order_class: [
    'id', 'name', 'organisation_id', 'agreement_id', 'major_id', 'kind', 'cohort_year', 'start_date', 'end_date',
    'planned', 'enrolled', 'employment_commitment_pct', 'employed', ...TS,
  ],
  apprenticeship: ['id', 'organisation_id', 'agreement_id', 'major_id', 'level', 'cohort_year', 'apprentices', 'mentors', ...TS],
  industry_college: ['id', 'name', 'level', 'established_date', 'agreement_id', ...TS],
  industry_college_partner: ['college_id', 'organisation_id'],
  industry_college_major: ['college_id', 'major_id'],
  part_time_teacher: [
    'id', 'contact_id', 'organisation_id', 'academic_year', 'courses', 'hours', 'pay_fen', 'qualification', ...TS,
  ],
  teacher_practice: ['id', 'staff_id', 'organisation_id', 'academic_year', 'start_date', 'end_date', 'days', 'content', ...TS],
  cert_1x: ['id', 'name', 'level', 'organisation_id', 'academic_year', 'trained', 'examined', 'passed', ...TS],
  cert_1x_major: ['cert_id', 'major_id'],
  placement_stat: ['id', 'organisation_id', 'major_id', 'academic_year', 'order_trainees', 'interns', 'graduates_employed', ...TS],
};
const NEW_TABLES = Object.keys(EXPECTED_COLUMNS);
const OLD_TABLES = ['org_unit', 'major', 'staff', 'organisation', 'contact', 'agreement'];

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionTwoWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 2, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into org_unit (id, name, kind, created_at, updated_at)
      values ('01900000-0000-7000-8000-000000000002', '智能制造学院', 'college', '${T}', '${T}');
    insert into major (id, code, name, level, created_at, updated_at)
      values ('${MAJOR}', '460104', '机械制造及自动化', 'higher_vocational', '${T}', '${T}');
    insert into staff (id, name, created_at, updated_at) values ('${STAFF}', '王老师', '${T}', '${T}');
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '深圳市示例科技有限公司', 'active', '${T}', '${T}');
    insert into contact (id, organisation_id, name, created_at, updated_at) values ('${CONTACT}', '${ORG}', '张工', '${T}', '${T}');
    insert into agreement (id, title, type, created_at, updated_at) values ('${AGR}', '实习基地协议', 'internship_base', '${T}', '${T}');
  `);
  return t;
}

/** One valid row in every new table, each referencing the rows of migrations 1 and 2. */
function insertProgrammeRows(t: TestDb): void {
  const id = (n: number): string => `01900000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;
  t.app.sqlite.exec(`
    insert into internship_base (id, name, kind, organisation_id, agreement_id, capacity, has_housing, fund_per_student_fen, created_at, updated_at)
      values ('${BASE}', '示例实训基地', 'external', '${ORG}', '${AGR}', 40, 1, 150000, '${T}', '${T}');
    insert into internship_base_major (base_id, major_id) values ('${BASE}', '${MAJOR}');
    insert into base_year_stat (id, base_id, academic_year, student_visits, usage_days) values ('${id(1)}', '${BASE}', 2025, 320, 120);
    insert into order_class (id, name, organisation_id, agreement_id, major_id, kind, cohort_year, planned, employment_commitment_pct, created_at, updated_at)
      values ('${id(2)}', '示例班', '${ORG}', '${AGR}', '${MAJOR}', 'industry', 2025, 40, 80, '${T}', '${T}');
    insert into apprenticeship (id, organisation_id, major_id, level, cohort_year, apprentices, mentors, created_at, updated_at)
      values ('${id(3)}', '${ORG}', '${MAJOR}', 'provincial', 2024, 30, 6, '${T}', '${T}');
    insert into industry_college (id, name, level, agreement_id, created_at, updated_at)
      values ('${COLLEGE}', '示例产业学院', 'municipal', '${AGR}', '${T}', '${T}');
    insert into industry_college_partner (college_id, organisation_id) values ('${COLLEGE}', '${ORG}');
    insert into industry_college_major (college_id, major_id) values ('${COLLEGE}', '${MAJOR}');
    insert into part_time_teacher (id, contact_id, organisation_id, academic_year, hours, pay_fen, created_at, updated_at)
      values ('${id(4)}', '${CONTACT}', '${ORG}', 2025, 64, 960000, '${T}', '${T}');
    insert into teacher_practice (id, staff_id, organisation_id, academic_year, start_date, end_date, days, created_at, updated_at)
      values ('${id(5)}', '${STAFF}', '${ORG}', 2024, '2025-07-01', '2025-08-15', 46, '${T}', '${T}');
    insert into cert_1x (id, name, level, organisation_id, academic_year, trained, examined, passed, created_at, updated_at)
      values ('${CERT}', '工业机器人操作与运维', '中级', '${ORG}', 2025, 50, 48, 45, '${T}', '${T}');
    insert into cert_1x_major (cert_id, major_id) values ('${CERT}', '${MAJOR}');
    insert into placement_stat (id, organisation_id, major_id, academic_year, order_trainees, interns, graduates_employed, created_at, updated_at)
      values ('${id(6)}', '${ORG}', '${MAJOR}', 2025, 40, 35, 20, '${T}', '${T}');
  `);
}

describe('migration 0003 programmes', () => {
  it('adds the documented STRICT tables and keeps the rows of migrations 1 and 2', async () => {
    db = await atVersionTwoWithRows();
    const before = snapshot(db.app.sqlite, OLD_TABLES);
    await migrateTo(db, 3);
    expect(schemaVersion(db.app.sqlite)).toBe(3);
    expect(snapshot(db.app.sqlite, OLD_TABLES)).toEqual(before);
    expectDocumentedAuditedTables(db.app.sqlite, NEW_TABLES, EXPECTED_COLUMNS);
  });

  it('audits every column of every new table, link rows keyed by both ids', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    insertProgrammeRows(db);
    for (const table of NEW_TABLES) {
      expect(lastAuditKeys(db.app.sqlite, table), table).toEqual(EXPECTED_COLUMNS[table]);
    }
    expect(auditCount(db.app.sqlite, 'internship_base_major', `${BASE}:${MAJOR}`)).toBe(1);
    expect(auditCount(db.app.sqlite, 'industry_college_partner', `${COLLEGE}:${ORG}`)).toBe(1);
    db.app.sqlite.exec(`update internship_base set deleted_at = '${T}' where id = '${BASE}'`);
    const action = db.app.sqlite.prepare(`select action from audit_log where row_id = ? order by id desc limit 1`).pluck();
    expect(action.get(BASE)).toBe('trash');
  });

  it('holds its foreign keys: RESTRICT to partners and majors, CASCADE from owners', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    expect(foreignKeysOf(db.app.sqlite, 'order_class')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'RESTRICT' },
      { from: 'major_id', table: 'major', onDelete: 'RESTRICT' },
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(db.app.sqlite, 'part_time_teacher').map((f) => f.table)).toEqual(['contact', 'organisation']);
    expect(foreignKeysOf(db.app.sqlite, 'teacher_practice').map((f) => f.table)).toEqual(['organisation', 'staff']);
    expect(foreignKeysOf(db.app.sqlite, 'base_year_stat')).toEqual([
      { from: 'base_id', table: 'internship_base', onDelete: 'CASCADE' },
    ]);
    insertProgrammeRows(db);
    const sqlite = db.app.sqlite;
    expect(() =>
      sqlite.exec(`insert into order_class (id, name, organisation_id, created_at, updated_at)
        values ('01900000-0000-7000-8000-000000000999', 'x', '01900000-0000-7000-8000-00000000dead', '${T}', '${T}')`),
    ).toThrow(/FOREIGN KEY/);
    // A partner referenced only by a programme link row (the seeded one also has a contact).
    const lone = '01900000-0000-7000-8000-000000000777';
    sqlite.exec(`insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${lone}', 'enterprise', '产业学院伙伴', 'active', '${T}', '${T}');
      insert into industry_college_partner (college_id, organisation_id) values ('${COLLEGE}', '${lone}');`);
    expect(() => sqlite.exec(`delete from organisation where id = '${lone}'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`delete from major where id = '${MAJOR}'`)).toThrow(/FOREIGN KEY/);
    sqlite.exec(`delete from cert_1x where id = '${CERT}'`);
    expect(sqlite.prepare('select count(*) from cert_1x_major').pluck().get()).toBe(0);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('indexes every foreign key column and academic_year', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    for (const table of NEW_TABLES) {
      const fkColumns = foreignKeysOf(db.app.sqlite, table).map((f) => f.from);
      const yearColumns = EXPECTED_COLUMNS[table]?.filter((c) => c === 'academic_year' || c === 'cohort_year') ?? [];
      const unindexed = unindexedColumns(db.app.sqlite, table, [...fkColumns, ...yearColumns]);
      expect(unindexed, table).toEqual([]);
    }
  });

  it('checks counts, years, percentages, dates and enumerations', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    insertProgrammeRows(db);
    const sqlite = db.app.sqlite;
    const fails = (statement: string): void => expect(() => sqlite.exec(statement), statement).toThrow(/CHECK constraint/);
    const oc = (set: string): string => `update order_class set ${set}`;
    fails(oc('planned = -1'));
    fails(oc('employment_commitment_pct = 101'));
    fails(oc('cohort_year = 1989'));
    fails(oc('cohort_year = 2101'));
    fails(oc(`kind = 'elite'`));
    fails(oc(`start_date = '2025-09-01', end_date = '2025-08-31'`));
    fails(`update base_year_stat set academic_year = 1989`);
    fails(`update internship_base set has_housing = 2`);
    fails(`update internship_base set established_date = '2025/9/1'`);
    fails(`update cert_1x set passed = 49`);
    fails(`update teacher_practice set days = -3`);
    expect(() => sqlite.exec(`update base_year_stat set usage_days = 'twelve'`)).toThrow(/cannot store TEXT value in INTEGER/);
    // Blank stays blank: NULL figures pass every CHECK.
    sqlite.exec(oc('planned = NULL, employment_commitment_pct = NULL, cohort_year = NULL, kind = NULL'));
    sqlite.exec(oc('cohort_year = 1990, employment_commitment_pct = 100'));
  });

  it('accepts every current enumeration code', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    insertProgrammeRows(db);
    const sqlite = db.app.sqlite;
    // 'internal' came with 0016 (it needs a nullable partner); 0003 knew these two.
    for (const kind of INTERNSHIP_BASE_KINDS.filter((k) => k !== 'internal')) sqlite.prepare('update internship_base set kind = ?').run(kind);
    for (const kind of ORDER_CLASS_KINDS) sqlite.prepare('update order_class set kind = ?').run(kind);
    for (const level of PROGRAMME_LEVELS) {
      sqlite.prepare('update apprenticeship set level = ?').run(level);
      sqlite.prepare('update industry_college set level = ?').run(level);
    }
    expect(sqlite.prepare('select level from industry_college').pluck().get()).toBe(PROGRAMME_LEVELS.at(-1));
  });

  it('keeps one live placement figure set per partner, major and year', async () => {
    db = await atVersionTwoWithRows();
    await migrateTo(db, 3);
    insertProgrammeRows(db);
    const sqlite = db.app.sqlite;
    const insert = (id: string): void => {
      sqlite.exec(`insert into placement_stat (id, organisation_id, major_id, academic_year, created_at, updated_at)
        values ('${id}', '${ORG}', '${MAJOR}', 2025, '${T}', '${T}')`);
    };
    expect(() => insert('01900000-0000-7000-8000-000000000301')).toThrow(/UNIQUE/);
    sqlite.exec(`update placement_stat set deleted_at = '${T}'`);
    insert('01900000-0000-7000-8000-000000000302');
    expect(sqlite.prepare('select count(*) from placement_stat').pluck().get()).toBe(2);
  });
});
