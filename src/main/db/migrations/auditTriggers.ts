// SQL that migrations use to audit a table. Triggers write the audit row inside the
// same transaction as the change, so no write path can forget it. pd_actor() and
// pd_now() are registered on every connection by openDatabase.
//
// Shipped migrations call this at migration time and the checksum test covers their
// output, so changing this file in a way that alters old migrations' SQL fails a test.

export const AUDIT_LOG_SQL = `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  ts TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'trash', 'restore')),
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id, id);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;

export interface AuditOptions {
  table: string;
  columns: readonly string[];
  /** SQL expression (over a row alias) identifying the row; default `<alias>.id`. */
  rowId?: (alias: 'NEW' | 'OLD') => string;
  /** The table has deleted_at: updates that set or clear it are logged as trash / restore. */
  softDelete?: boolean;
}

const jsonOf = (alias: 'NEW' | 'OLD', columns: readonly string[]): string =>
  `json_object(${columns.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;

export function auditTriggersSql(o: AuditOptions): string {
  const rowId = o.rowId ?? ((alias: 'NEW' | 'OLD') => `${alias}.id`);
  const updateAction = o.softDelete
    ? `CASE WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN 'trash'
            WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN 'restore'
            ELSE 'update' END`
    : `'update'`;
  const insertRow = (action: string, before: string, after: string, alias: 'NEW' | 'OLD') =>
    `INSERT INTO audit_log (ts, actor, action, table_name, row_id, before_json, after_json)
     VALUES (pd_now(), pd_actor(), ${action}, '${o.table}', ${rowId(alias)}, ${before}, ${after});`;
  return `
CREATE TRIGGER audit_${o.table}_insert AFTER INSERT ON ${o.table}
BEGIN ${insertRow(`'insert'`, 'NULL', jsonOf('NEW', o.columns), 'NEW')} END;
CREATE TRIGGER audit_${o.table}_update AFTER UPDATE ON ${o.table}
WHEN ${jsonOf('OLD', o.columns)} IS NOT ${jsonOf('NEW', o.columns)}
BEGIN ${insertRow(updateAction, jsonOf('OLD', o.columns), jsonOf('NEW', o.columns), 'NEW')} END;
CREATE TRIGGER audit_${o.table}_delete AFTER DELETE ON ${o.table}
BEGIN ${insertRow(`'delete'`, jsonOf('OLD', o.columns), 'NULL', 'OLD')} END;
`;
}

/** Columns every entity table starts and ends with. */
export const ENTITY_HEAD = ['id'] as const;
export const ENTITY_TAIL = ['created_at', 'updated_at', 'deleted_at'] as const;
