import { sql, type SelectQueryBuilder } from 'kysely';
import type { Executor } from '../services/context';

/** Runs a list query twice: once counted, once paged. The caller has applied filters and order. */
export async function paginate<DB, TB extends keyof DB, O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  page: number,
  pageSize: number,
): Promise<{ rows: O[]; total: number }> {
  const counted = await qb
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)`.as('total'))
    .executeTakeFirst();
  const rows = await qb
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { rows, total: Number((counted as { total?: number } | undefined)?.total ?? 0) };
}

/** Tables that follow the soft-delete convention (id, updated_at, deleted_at). */
export type SoftDeleteTable =
  | 'organisation'
  | 'contact'
  | 'agreement'
  | 'interaction'
  | 'joint_course'
  | 'funding_source'
  | 'funding_txn'
  | 'contribution'
  | 'org_unit'
  | 'major'
  | 'staff';

/** Moves a row into the trash. Returns false when there was no live row. */
export async function softDelete(db: Executor, table: SoftDeleteTable, id: string, nowIso: string): Promise<boolean> {
  const r = await sql`update ${sql.table(table)} set deleted_at = ${nowIso}, updated_at = ${nowIso}
    where id = ${id} and deleted_at is null`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/** Brings a row back from the trash. Returns false when it was not in the trash. */
export async function restoreRow(db: Executor, table: SoftDeleteTable, id: string, nowIso: string): Promise<boolean> {
  const r = await sql`update ${sql.table(table)} set deleted_at = null, updated_at = ${nowIso}
    where id = ${id} and deleted_at is not null`.execute(db);
  return Number(r.numAffectedRows ?? 0) > 0;
}

/** Escapes LIKE wildcards so user text matches literally (used with `escape '\'`). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
