import type BetterSqlite3 from 'better-sqlite3';
import { newId } from '../../../src/main/ids';

// Raw-SQL builders for the rows courses and funding point at (partners, majors, staff,
// agreements, programmes). Raw SQL on purpose: these tests must not depend on the other
// capabilities' services, only on their tables.

const STAMP = '2025-01-01T00:00:00.000Z';

/** A clock that moves one second per call, so created_at values are distinct and ordered. */
export function tickingClock(startIso = '2025-03-01T08:00:00.000Z'): () => Date {
  let t = Date.parse(startIso);
  return () => {
    const now = new Date(t);
    t += 1000;
    return now;
  };
}

export function seedOrganisation(sqlite: BetterSqlite3.Database, fullName = '深圳市示例科技有限公司'): string {
  const id = newId();
  sqlite
    .prepare(
      `insert into organisation (id, kind, full_name, status, created_at, updated_at)
       values (?, 'enterprise', ?, 'active', ?, ?)`,
    )
    .run(id, fullName, STAMP, STAMP);
  return id;
}

export function seedMajor(sqlite: BetterSqlite3.Database, code = '510201'): string {
  const id = newId();
  sqlite
    .prepare(
      `insert into major (id, code, name, level, created_at, updated_at)
       values (?, ?, '计算机应用技术', 'higher_vocational', ?, ?)`,
    )
    .run(id, code, STAMP, STAMP);
  return id;
}

export function seedStaff(sqlite: BetterSqlite3.Database, name = '李老师'): string {
  const id = newId();
  sqlite.prepare(`insert into staff (id, name, created_at, updated_at) values (?, ?, ?, ?)`).run(id, name, STAMP, STAMP);
  return id;
}

export function seedContact(sqlite: BetterSqlite3.Database, organisationId: string): string {
  const id = newId();
  sqlite
    .prepare(`insert into contact (id, organisation_id, name, created_at, updated_at) values (?, ?, '王工', ?, ?)`)
    .run(id, organisationId, STAMP, STAMP);
  return id;
}

export function seedAgreement(sqlite: BetterSqlite3.Database, title = '校企合作框架协议'): string {
  const id = newId();
  sqlite
    .prepare(`insert into agreement (id, title, type, created_at, updated_at) values (?, ?, 'framework', ?, ?)`)
    .run(id, title, STAMP, STAMP);
  return id;
}

export function seedOrderClass(sqlite: BetterSqlite3.Database, organisationId: string): string {
  const id = newId();
  sqlite
    .prepare(
      `insert into order_class (id, name, organisation_id, cohort_year, created_at, updated_at)
       values (?, '示例订单班', ?, 2024, ?, ?)`,
    )
    .run(id, organisationId, STAMP, STAMP);
  return id;
}

export function seedInternshipBase(sqlite: BetterSqlite3.Database, organisationId: string): string {
  const id = newId();
  sqlite
    .prepare(
      `insert into internship_base (id, name, kind, organisation_id, created_at, updated_at)
       values (?, '校外实习基地', 'external', ?, ?, ?)`,
    )
    .run(id, organisationId, STAMP, STAMP);
  return id;
}

/** Moves a row of any soft-delete table into the trash, bypassing services. */
export function trash(sqlite: BetterSqlite3.Database, table: string, id: string): void {
  const changed = sqlite.prepare(`update ${table} set deleted_at = ? where id = ?`).run(STAMP, id).changes;
  if (changed !== 1) throw new Error(`trash: no ${table} row ${id}`);
}

export function countRows(sqlite: BetterSqlite3.Database, table: string): number {
  return sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;
}

/** The audit actions recorded for one row, oldest first. */
export function auditActions(sqlite: BetterSqlite3.Database, table: string, rowId: string): string[] {
  return sqlite
    .prepare(`select action from audit_log where table_name = ? and row_id = ? order by id`)
    .pluck()
    .all(table, rowId) as string[];
}

/**
 * Makes every audit write for `table` fail, so a write path's second statement (the
 * trigger's audit row) aborts: the transaction must then leave nothing behind.
 */
export function breakAuditFor(sqlite: BetterSqlite3.Database, table: string): void {
  sqlite.exec(`CREATE TEMP TRIGGER break_audit_${table} BEFORE INSERT ON audit_log
    WHEN NEW.table_name = '${table}' BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END;`);
}

/** Runs `fn` and returns what it threw; fails the test when it did not throw. */
export async function caught(fn: () => Promise<unknown>): Promise<unknown> {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}
