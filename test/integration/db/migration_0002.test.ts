import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  INTERACTION_KINDS,
  MAJOR_LEVELS,
  OBLIGATION_RECURRENCES,
  PARTY_ROLES,
  PARTY_TYPES,
} from '@shared/domain/enums';
import { migrate, schemaVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { foreignKeysOf, lastAuditKeys, snapshot, unindexedColumns } from './schemaChecks';

const T = '2026-11-28T02:00:00.000Z';
const ORG = '01900000-0000-7000-8000-000000000001';
const UNIT = '01900000-0000-7000-8000-000000000002';
const MAJOR = '01900000-0000-7000-8000-000000000003';
const STAFF = '01900000-0000-7000-8000-000000000004';
const AGR = '01900000-0000-7000-8000-000000000010';

const NEW_TABLES = ['agreement', 'agreement_major', 'agreement_party', 'obligation', 'interaction'] as const;

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionOneWithRows(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 1, now: () => new Date(T) });
  const run = (sqlText: string, ...params: unknown[]): void => {
    t.app.sqlite.prepare(sqlText).run(...params);
  };
  run(`insert into org_unit (id, name, kind, created_at, updated_at) values (?, '智能制造学院', 'college', ?, ?)`, UNIT, T, T);
  run(
    `insert into major (id, code, name, level, org_unit_id, created_at, updated_at)
     values (?, '460104', '机械制造及自动化', 'higher_vocational', ?, ?, ?)`,
    MAJOR, UNIT, T, T,
  );
  run(`insert into staff (id, name, created_at, updated_at) values (?, '王老师', ?, ?)`, STAFF, T, T);
  run(
    `insert into organisation (id, kind, full_name, status, created_at, updated_at)
     values (?, 'enterprise', '深圳市示例科技有限公司', 'active', ?, ?)`,
    ORG, T, T,
  );
  return t;
}

async function migrateToTwo(t: TestDb): Promise<void> {
  await migrate(t.app, { migrations: MIGRATIONS.slice(0, 2), backupDir: path.join(t.dir, 'backups') });
}

function columnsOf(t: TestDb, table: string): string[] {
  return (t.app.sqlite.prepare(`select name from pragma_table_info(?) order by cid`).all(table) as { name: string }[]).map(
    (r) => r.name,
  );
}

function insertAgreement(t: TestDb, values: { id: string; agreementNo?: string | null; status?: string; type?: string }): void {
  t.app.sqlite
    .prepare(
      `insert into agreement (id, agreement_no, title, type, status, created_at, updated_at)
       values (?, ?, '校企合作框架协议书', ?, ?, ?, ?)`,
    )
    .run(values.id, values.agreementNo ?? null, values.type ?? 'framework', values.status ?? 'draft', T, T);
}

describe('migration 0002 agreements and interactions', () => {
  it('adds the five tables with the documented columns and keeps the rows of migration 1', async () => {
    db = await atVersionOneWithRows();
    expect(schemaVersion(db.app.sqlite)).toBe(1);
    await migrateToTwo(db);
    expect(schemaVersion(db.app.sqlite)).toBe(2);

    expect(columnsOf(db, 'agreement')).toEqual([
      'id', 'agreement_no', 'title', 'type', 'org_unit_id', 'sign_date', 'start_date', 'end_date', 'auto_renew',
      'notice_days', 'amount_fen', 'copies_total', 'copies_each', 'status', 'renewal_of_id', 'template_id',
      'merge_values_json', 'signed_scan_attachment_id', 'terminated_reason', 'notes', 'created_at', 'updated_at',
      'deleted_at',
    ]);
    expect(columnsOf(db, 'agreement_major')).toEqual(['agreement_id', 'major_id']);
    expect(columnsOf(db, 'agreement_party')).toEqual([
      'id', 'agreement_id', 'role', 'party_type', 'organisation_id', 'display_name', 'uscc', 'legal_representative',
      'address', 'signatory', 'signed_date', 'sealed',
    ]);
    expect(columnsOf(db, 'obligation')).toEqual([
      'id', 'agreement_id', 'party_role', 'text', 'quantity', 'unit', 'due_date', 'recurrence', 'done_at',
    ]);
    expect(columnsOf(db, 'interaction')).toEqual([
      'id', 'organisation_id', 'kind', 'date', 'staff_id', 'staff_title', 'host_name', 'host_title', 'event_name',
      'location', 'summary', 'outcome_form', 'demand_major_code', 'demand_major_name', 'demand_major_level',
      'positions_offered', 'average_salary_fen', 'intern_majors', 'intern_count', 'intern_pay_fen', 'employ_majors',
      'employ_count', 'starting_salary_fen', 'other_intents', 'next_action', 'follow_up_date', 'follow_up_done_at',
      'created_at', 'updated_at', 'deleted_at',
    ]);

    const sqlite = db.app.sqlite;
    expect(sqlite.prepare('select full_name from organisation where id = ?').pluck().get(ORG)).toBe('深圳市示例科技有限公司');
    expect(sqlite.prepare('select name from major where id = ?').pluck().get(MAJOR)).toBe('机械制造及自动化');
    expect(sqlite.prepare('select count(*) from staff').pluck().get()).toBe(1);
    expect(sqlite.prepare('select count(*) from org_unit').pluck().get()).toBe(1);
  });

  it('makes every new table STRICT and audited on insert, update and delete', async () => {
    db = await atVersionOneWithRows();
    await migrateToTwo(db);
    const sqlite = db.app.sqlite;
    for (const table of NEW_TABLES) {
      const ddl = sqlite.prepare(`select sql from sqlite_schema where type = 'table' and name = ?`).pluck().get(table);
      expect(String(ddl)).toMatch(/\)\s*STRICT$/);
      const triggers = sqlite
        .prepare(`select name from sqlite_schema where type = 'trigger' and tbl_name = ? order by name`)
        .pluck()
        .all(table);
      expect(triggers).toEqual([`audit_${table}_delete`, `audit_${table}_insert`, `audit_${table}_update`]);
    }
  });

  it('links the tables with the documented ON DELETE rules, indexes every link and audits every column', async () => {
    db = await atVersionOneWithRows();
    const oldTables = ['org_unit', 'major', 'staff', 'organisation', 'app_setting'];
    const before = snapshot(db.app.sqlite, oldTables);
    await migrateToTwo(db);
    const sqlite = db.app.sqlite;
    expect(snapshot(sqlite, oldTables)).toEqual(before);
    expect(foreignKeysOf(sqlite, 'agreement')).toEqual([
      { from: 'org_unit_id', table: 'org_unit', onDelete: 'RESTRICT' },
      { from: 'renewal_of_id', table: 'agreement', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'agreement_major')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'CASCADE' },
      { from: 'major_id', table: 'major', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'agreement_party')).toEqual([
      { from: 'agreement_id', table: 'agreement', onDelete: 'CASCADE' },
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
    ]);
    expect(foreignKeysOf(sqlite, 'obligation')).toEqual([{ from: 'agreement_id', table: 'agreement', onDelete: 'CASCADE' }]);
    expect(foreignKeysOf(sqlite, 'interaction')).toEqual([
      { from: 'organisation_id', table: 'organisation', onDelete: 'RESTRICT' },
      { from: 'staff_id', table: 'staff', onDelete: 'RESTRICT' },
    ]);
    for (const table of NEW_TABLES) {
      expect(unindexedColumns(sqlite, table, foreignKeysOf(sqlite, table).map((k) => k.from))).toEqual([]);
    }

    insertAgreement(db, { id: AGR });
    sqlite.prepare(`insert into agreement_major (agreement_id, major_id) values (?, ?)`).run(AGR, MAJOR);
    sqlite.prepare(`insert into agreement_party (id, agreement_id, role, party_type) values (?, ?, '甲', 'school')`).run(ORG, AGR);
    sqlite.prepare(`insert into obligation (id, agreement_id, party_role, text) values (?, ?, '甲', 'x')`).run(ORG, AGR);
    sqlite
      .prepare(`insert into interaction (id, organisation_id, kind, date, created_at, updated_at) values (?, ?, 'call', '2026-11-01', ?, ?)`)
      .run(AGR, ORG, T, T);
    for (const table of NEW_TABLES) expect(lastAuditKeys(sqlite, table)).toEqual(columnsOf(db, table));
  });

  it('creates the indexes the lists and the agreement number rule rely on', async () => {
    db = await atVersionOneWithRows();
    await migrateToTwo(db);
    const indexes = db.app.sqlite
      .prepare(`select name from sqlite_schema where type = 'index' and sql is not null and tbl_name in
        ('agreement', 'agreement_major', 'agreement_party', 'obligation', 'interaction') order by name`)
      .pluck()
      .all();
    expect(indexes).toEqual([
      'agreement_by_end_date', 'agreement_by_org_unit', 'agreement_by_renewal_of', 'agreement_by_status',
      'agreement_by_type', 'agreement_by_updated_at', 'agreement_major_by_major', 'agreement_no_unique',
      'agreement_party_by_organisation', 'interaction_by_date', 'interaction_by_organisation', 'interaction_by_staff',
      'interaction_open_follow_ups', 'obligation_by_agreement',
    ]);
  });

  it('enforces foreign keys, cascades from the agreement and logs each row in audit_log', async () => {
    db = await atVersionOneWithRows();
    await migrateToTwo(db);
    const sqlite = db.app.sqlite;
    insertAgreement(db, { id: AGR, agreementNo: 'XQHZ-2026-001' });
    sqlite.prepare(`insert into agreement_major (agreement_id, major_id) values (?, ?)`).run(AGR, MAJOR);
    sqlite
      .prepare(`insert into agreement_party (id, agreement_id, role, party_type, organisation_id) values (?, ?, '乙', 'enterprise', ?)`)
      .run('01900000-0000-7000-8000-000000000011', AGR, ORG);
    sqlite
      .prepare(`insert into obligation (id, agreement_id, party_role, text) values (?, ?, '乙', '每年接收实习学生')`)
      .run('01900000-0000-7000-8000-000000000012', AGR);
    sqlite
      .prepare(`insert into interaction (id, organisation_id, kind, date, staff_id, created_at, updated_at)
        values (?, ?, 'visit', '2026-11-20', ?, ?, ?)`)
      .run('01900000-0000-7000-8000-000000000013', ORG, STAFF, T, T);

    expect(() =>
      sqlite
        .prepare(`insert into agreement_party (id, agreement_id, role, party_type, organisation_id) values (?, ?, '丙', 'enterprise', ?)`)
        .run('01900000-0000-7000-8000-000000000014', AGR, '01900000-0000-7000-8000-0000000000ff'),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() =>
      sqlite.prepare(`insert into agreement_major (agreement_id, major_id) values (?, ?)`).run(AGR, UNIT),
    ).toThrow(/FOREIGN KEY constraint failed/);
    expect(() => sqlite.prepare('delete from organisation where id = ?').run(ORG)).toThrow(/FOREIGN KEY constraint failed/);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    const audited = (table: string): number =>
      Number(sqlite.prepare('select count(*) from audit_log where table_name = ?').pluck().get(table));
    expect(NEW_TABLES.map(audited)).toEqual([1, 1, 1, 1, 1]);
    expect(sqlite.prepare(`select row_id from audit_log where table_name = 'agreement_major'`).pluck().get()).toBe(
      `${AGR}:${MAJOR}`,
    );

    sqlite.prepare('delete from agreement where id = ?').run(AGR);
    const left = ['agreement_major', 'agreement_party', 'obligation'].map((table) =>
      Number(sqlite.prepare(`select count(*) from ${table}`).pluck().get()),
    );
    expect(left).toEqual([0, 0, 0]);
    expect(
      sqlite.prepare(`select table_name, action from audit_log where action = 'delete' order by table_name`).all(),
    ).toEqual([
      { table_name: 'agreement', action: 'delete' },
      { table_name: 'agreement_major', action: 'delete' },
      { table_name: 'agreement_party', action: 'delete' },
      { table_name: 'obligation', action: 'delete' },
    ]);
  });

  it('keeps agreement numbers unique among live rows only, and one party per role', async () => {
    db = await atVersionOneWithRows();
    await migrateToTwo(db);
    const sqlite = db.app.sqlite;
    insertAgreement(db, { id: AGR, agreementNo: 'XQHZ-2026-001' });
    const twin = '01900000-0000-7000-8000-000000000020';
    expect(() => insertAgreement(db as TestDb, { id: twin, agreementNo: 'XQHZ-2026-001' })).toThrow(/UNIQUE constraint failed: agreement.agreement_no/);
    sqlite.prepare('update agreement set deleted_at = ? where id = ?').run(T, AGR);
    insertAgreement(db, { id: twin, agreementNo: 'XQHZ-2026-001' });
    insertAgreement(db, { id: '01900000-0000-7000-8000-000000000021', agreementNo: null });
    insertAgreement(db, { id: '01900000-0000-7000-8000-000000000022', agreementNo: null });

    const party = sqlite.prepare(
      `insert into agreement_party (id, agreement_id, role, party_type, display_name) values (?, ?, '甲', 'school', '本校')`,
    );
    party.run('01900000-0000-7000-8000-000000000030', twin);
    expect(() => party.run('01900000-0000-7000-8000-000000000031', twin)).toThrow(
      /UNIQUE constraint failed: agreement_party.agreement_id, agreement_party.role/,
    );
  });

  it('accepts every current enum code and rejects unknown ones', async () => {
    db = await atVersionOneWithRows();
    await migrateToTwo(db);
    const sqlite = db.app.sqlite;
    let n = 0;
    const id = (): string => `01900000-0000-7000-8000-1${String(n++).padStart(11, '0')}`;
    for (const type of AGREEMENT_TYPES) insertAgreement(db, { id: id(), type });
    for (const status of AGREEMENT_STATUSES) insertAgreement(db, { id: id(), status });
    expect(() => insertAgreement(db as TestDb, { id: id(), status: 'expiring' })).toThrow(/CHECK constraint failed/);
    insertAgreement(db, { id: AGR });
    PARTY_ROLES.forEach((role, i) => {
      sqlite
        .prepare(`insert into agreement_party (id, agreement_id, role, party_type, display_name) values (?, ?, ?, ?, 'x')`)
        .run(id(), AGR, role, PARTY_TYPES[i] ?? 'other');
    });
    for (const partyType of PARTY_TYPES) {
      const other = id();
      insertAgreement(db, { id: other });
      sqlite
        .prepare(`insert into agreement_party (id, agreement_id, role, party_type, display_name) values (?, ?, '甲', ?, 'x')`)
        .run(id(), other, partyType);
    }
    for (const recurrence of OBLIGATION_RECURRENCES) {
      sqlite
        .prepare(`insert into obligation (id, agreement_id, party_role, text, recurrence) values (?, ?, '甲', 'x', ?)`)
        .run(id(), AGR, recurrence);
    }
    for (const kind of INTERACTION_KINDS) {
      for (const level of MAJOR_LEVELS) {
        sqlite
          .prepare(`insert into interaction (id, organisation_id, kind, date, demand_major_level, created_at, updated_at)
            values (?, ?, ?, '2026-11-01', ?, ?, ?)`)
          .run(id(), ORG, kind, level, T, T);
      }
    }
    expect(sqlite.prepare('select count(*) from interaction').pluck().get()).toBe(INTERACTION_KINDS.length * MAJOR_LEVELS.length);
    expect(() =>
      sqlite
        .prepare(`insert into interaction (id, organisation_id, kind, date, created_at, updated_at) values (?, ?, 'email', '2026-11-01', ?, ?)`)
        .run(id(), ORG, T, T),
    ).toThrow(/CHECK constraint failed/);
  });
});
