import { createHash } from 'node:crypto';

// Pure planning for "清除示例数据": which sample rows may go. Kept apart from SQL so the
// rules are testable and readable on their own.
//
// A sample row goes when
//   1. it is unchanged since the seed (same fingerprint), and
//   2. nothing that stays points at it: no row the officer added (a contact of a sample
//      partner, an agreement with it, an attachment filed under it) and no sample row that
//      stays (because it was edited, or is itself pointed at), and
//   3. if it is a part of another record (a CASCADE reference: an agreement's parties, a
//      base's yearly figures), that record goes too: parts follow their owner.
// Rules 2 and 3 feed each other, so the plan is computed to a fixed point.

/** Bookkeeping every write touches: a row saved with no change is not an edit. */
const UNTRACKED_COLUMNS = new Set(['updated_at', 'deleted_at']);

/** The row's content as the sample wrote it (trashing or restoring it does not count as an edit). */
export function fingerprintRow(row: Record<string, unknown>): string {
  const content = Object.keys(row)
    .filter((column) => !UNTRACKED_COLUMNS.has(column))
    .sort()
    .map((column) => [column, row[column] ?? null]);
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 24);
}

export interface PlanTable {
  table: string;
  hasId: boolean;
  /** Reference columns to the parts' owners (ON DELETE CASCADE). */
  cascade: readonly string[];
  /** Every other reference column, foreign key or not (attachment.entity_id, funding_txn.programme_id). */
  restrict: readonly string[];
  rows: readonly Record<string, unknown>[];
}

const idOf = (value: unknown): string | null => (typeof value === 'string' || typeof value === 'number' ? String(value) : null);

/**
 * Shrinks `deletable` (ids of unchanged sample rows) until every rule above holds; returns
 * how many ids were taken out. Ids are UUIDs, unique across tables, so one set serves all.
 */
export function protectReferenced(deletable: Set<string>, tables: readonly PlanTable[]): number {
  let protectedCount = 0;
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of tables) {
      for (const row of t.rows) {
        const id = t.hasId ? idOf(row['id']) : null;
        const ownerGoes = t.cascade.length === 0 || t.cascade.some((c) => deletable.has(idOf(row[c]) ?? ''));
        const goes = (t.hasId ? id !== null && deletable.has(id) : t.cascade.length > 0) && ownerGoes;
        if (goes) continue;
        // This row stays: so does everything it points at, its owner included.
        if (id !== null && deletable.delete(id)) {
          protectedCount++;
          changed = true;
        }
        for (const column of [...t.cascade, ...t.restrict]) {
          const target = idOf(row[column]);
          if (target !== null && deletable.delete(target)) {
            protectedCount++;
            changed = true;
          }
        }
      }
    }
  }
  return protectedCount;
}
