import { afterEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../src/main/db/migrate';
import { AGREEMENT_COLUMNS_0014 } from '../../../src/main/db/migrations/0014_agreement_terminated_on';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { columnsOf, isStrict, lastAuditKeys, migrateTo, snapshot, triggersOf } from './schemaChecks';

// Migration 0014 adds agreement.terminated_on and fills it for agreements already terminated:
// the Asia/Shanghai day of the audited transition to 'terminated', else of updated_at.
//   A: terminated at 2026-03-01T17:30Z (= 2026-03-02 01:30 in Shanghai), touched again on
//      2026-05-20 (updated_at later than the termination) → 2026-03-02 from the audit row.
//   B: written as terminated with no audited transition, updated_at 2025-12-31T16:00Z
//      (= 2026-01-01 00:00 in Shanghai) → 2026-01-01.
//   C: active → NULL.

const ORG = '01900000-0000-7000-8000-000000000001';
const A = '01900000-0000-7000-8000-00000000000a';
const B = '01900000-0000-7000-8000-00000000000b';
const C = '01900000-0000-7000-8000-00000000000c';

let db: TestDb | undefined;
afterEach(() => {
  db?.close();
  db = undefined;
});

async function atVersionThirteen(): Promise<TestDb> {
  let clock = '2025-09-01T00:00:00.000Z';
  const t = await createTestDb({ upTo: 13, now: () => new Date(clock) });
  const sqlite = t.app.sqlite;
  const T0 = clock;
  sqlite.exec(`
    insert into organisation (id, kind, full_name, status, created_at, updated_at)
      values ('${ORG}', 'enterprise', '华为技术有限公司', 'active', '${T0}', '${T0}');
    insert into agreement (id, title, type, start_date, end_date, status, created_at, updated_at)
      values ('${A}', '华为实习基地协议', 'internship_base', '2024-09-01', '2027-08-31', 'active', '${T0}', '${T0}'),
             ('${B}', '华为订单培养协议', 'order_class', '2023-09-01', null, 'terminated', '${T0}', '2025-12-31T16:00:00.000Z'),
             ('${C}', '华为框架协议', 'framework', '2022-01-01', null, 'active', '${T0}', '${T0}');
  `);
  clock = '2026-03-01T17:30:00.000Z';
  sqlite.exec(`update agreement set status = 'terminated', terminated_reason = '企业搬迁', updated_at = '${clock}' where id = '${A}'`);
  clock = '2026-05-20T01:00:00.000Z';
  sqlite.exec(`update agreement set signed_scan_attachment_id = 'scan-1', updated_at = '${clock}' where id = '${A}'`);
  return t;
}

describe('migration 0014 agreement terminated_on', () => {
  it('adds an audited terminated_on and fills it from the audited termination, else updated_at', async () => {
    db = await atVersionThirteen();
    const sqlite = db.app.sqlite;
    const auditRows = () => sqlite.prepare('select count(*) from audit_log').pluck().get();
    const before = snapshot(sqlite, ['agreement']);
    const auditBefore = auditRows();
    await migrateTo(db, 14);
    expect(schemaVersion(sqlite)).toBe(14);
    expect(columnsOf(sqlite, 'agreement')).toEqual([...AGREEMENT_COLUMNS_0014]);
    expect(isStrict(sqlite, 'agreement')).toBe(true);
    expect(triggersOf(sqlite, 'agreement').filter((n) => n.startsWith('audit_'))).toEqual([
      'audit_agreement_delete', 'audit_agreement_insert', 'audit_agreement_update',
    ]);

    const terminatedOn = (id: string) => sqlite.prepare('select terminated_on from agreement where id = ?').pluck().get(id);
    expect(terminatedOn(A)).toBe('2026-03-02');
    expect(terminatedOn(B)).toBe('2026-01-01');
    expect(terminatedOn(C)).toBeNull();
    // The backfill wrote no history and left every other column (updated_at too) as it was.
    expect(auditRows()).toBe(auditBefore);
    const after = sqlite.prepare('select * from agreement order by rowid').all() as Record<string, unknown>[];
    expect(after.map(({ terminated_on: _ignored, ...rest }) => rest)).toEqual(before['agreement']);

    // Setting it later is audited, with every column in the images.
    sqlite.exec(`update agreement set terminated_on = '2026-02-28' where id = '${A}'`);
    const audit = sqlite
      .prepare(`select before_json, after_json from audit_log where table_name = 'agreement' order by id desc limit 1`)
      .get() as { before_json: string; after_json: string };
    expect(JSON.parse(audit.before_json)).toMatchObject({ terminated_on: '2026-03-02' });
    expect(JSON.parse(audit.after_json)).toMatchObject({ terminated_on: '2026-02-28', status: 'terminated' });
    expect(lastAuditKeys(sqlite, 'agreement')).toEqual([...AGREEMENT_COLUMNS_0014]);
  });

  it('accepts terminated_on only as an ISO date on a terminated agreement', async () => {
    db = await atVersionThirteen();
    await migrateTo(db, 14);
    const sqlite = db.app.sqlite;
    const set = (id: string, assignments: string) => () => sqlite.exec(`update agreement set ${assignments} where id = '${id}'`);
    expect(set(C, "terminated_on = '2026-01-01'")).toThrow(/CHECK constraint/);
    expect(set(A, "terminated_on = '2026/01/01'")).toThrow(/CHECK constraint/);
    expect(set(A, "terminated_on = '20260101'")).toThrow(/CHECK constraint/);
    expect(set(A, "status = 'active'")).toThrow(/CHECK constraint/);
    expect(set(C, "status = 'terminated', terminated_on = '2026-01-01'")).not.toThrow();
    expect(set(B, 'terminated_on = null')).not.toThrow();
  });
});
