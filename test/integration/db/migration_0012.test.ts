import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { ORGANISATION_COLUMNS_0012 } from '../../../src/main/db/migrations/0012_partner_industry_code';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, lastAuditKeys, migrateTo, triggersOf } from './schemaChecks';

const T = '2026-09-01T00:00:00.000Z';
const A = '01900000-0000-7000-8000-000000000001';
const B = '01900000-0000-7000-8000-000000000002';
const C = '01900000-0000-7000-8000-000000000003';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

/** A version-11 database with a partner with a 大类, one with only a 门类 and one with a 大类 GB/T 4754 lacks. */
async function atVersionEleven(): Promise<TestDb> {
  const t = await createTestDb({ upTo: 11, now: () => new Date(T) });
  t.app.sqlite.exec(`
    insert into organisation (id, kind, full_name, status, industry_section, industry_division, created_at, updated_at)
      values ('${A}', 'enterprise', '比亚迪汽车工业有限公司', 'active', 'C', '36', '${T}', '${T}'),
             ('${B}', 'enterprise', '某制造企业', 'active', 'C', null, '${T}', '${T}'),
             ('${C}', 'enterprise', '旧数据企业', 'active', null, '98', '${T}', '${T}');
  `);
  return t;
}

const row = (t: TestDb, id: string) => t.app.sqlite.prepare('select * from organisation where id = ?').get(id) as Record<string, unknown>;
const auditCount = (t: TestDb) => t.app.sqlite.prepare(`select count(*) from audit_log where table_name = 'organisation'`).pluck().get();

describe('migration 0012 partner industry code', () => {
  it('adds industry_code, fills it from existing 大类 without audit noise, and audits it afterwards', async () => {
    db = await atVersionEleven();
    const sqlite = db.app.sqlite;
    const auditBefore = auditCount(db);
    await migrateTo(db, 12);
    expect(schemaVersion(sqlite)).toBe(12);
    // ADD COLUMN appends; name_key (0006) is not audited.
    const columns = columnsOf(sqlite, 'organisation');
    expect(columns.at(-1)).toBe('industry_code');
    expect(columns.filter((c) => c !== 'name_key').sort()).toEqual([...ORGANISATION_COLUMNS_0012].sort());
    expect(isStrict(sqlite, 'organisation')).toBe(true);
    expect(triggersOf(sqlite, 'organisation')).toEqual(expect.arrayContaining(['audit_organisation_delete', 'audit_organisation_insert', 'audit_organisation_update']));
    // The backfill: a 大类 becomes the code; no 大类 or one outside 01–97 stays without code.
    expect(row(db, A)).toMatchObject({ industry_division: '36', industry_code: '36', updated_at: T });
    expect(row(db, B)).toMatchObject({ industry_section: 'C', industry_code: null });
    expect(row(db, C)).toMatchObject({ industry_division: '98', industry_code: null });
    expect(auditCount(db)).toBe(auditBefore);

    sqlite.exec(`update organisation set industry_code = '3611' where id = '${A}'`);
    const audit = sqlite
      .prepare(`select action, before_json, after_json from audit_log where table_name = 'organisation' order by id desc limit 1`)
      .get() as { action: string; before_json: string; after_json: string };
    expect(audit.action).toBe('update');
    expect(JSON.parse(audit.before_json)).toMatchObject({ industry_code: '36' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ industry_code: '3611' });
    expect(lastAuditKeys(sqlite, 'organisation')).toEqual([...ORGANISATION_COLUMNS_0012]);
  });

  it('refuses a code that is not 2–4 digits or not under the stored 大类', async () => {
    db = await atVersionEleven();
    await migrateTo(db, 12);
    const sqlite = db.app.sqlite;
    const set = (assignments: string) => () => sqlite.exec(`update organisation set ${assignments} where id = '${A}'`);
    expect(set(`industry_code = '3'`)).toThrow(/CHECK constraint/);
    expect(set(`industry_code = '36111'`)).toThrow(/CHECK constraint/);
    expect(set(`industry_code = '36a'`)).toThrow(/CHECK constraint/);
    expect(set(`industry_code = '3911'`)).toThrow(/CHECK constraint/);
    expect(set(`industry_division = null, industry_code = '3611'`)).toThrow(/CHECK constraint/);
    expect(set(`industry_division = '39', industry_code = '3911'`)).not.toThrow();
    expect(set(`industry_code = null`)).not.toThrow();
  });
});
