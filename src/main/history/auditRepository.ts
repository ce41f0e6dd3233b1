import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../db/tables/reference';
import type { Executor } from '../services/context';

export type AuditRow = Selectable<AuditLogTable>;

/** Every audit row of one table row, newest first (served by the audit_log_by_row index). */
export async function listAuditRows(db: Executor, tableName: string, rowId: string): Promise<AuditRow[]> {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('table_name', '=', tableName)
    .where('row_id', '=', rowId)
    .orderBy('id', 'desc')
    .execute();
}
