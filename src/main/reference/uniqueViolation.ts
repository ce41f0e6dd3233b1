/**
 * True when `error` is SQLite's UNIQUE failure on `table.column` (as named in the message,
 * e.g. "UNIQUE constraint failed: organisation.uscc"). Services check uniqueness first
 * to name the existing row; this is the fallback that still turns the constraint into
 * a CONFLICT instead of INTERNAL.
 */
export function isUniqueViolation(error: unknown, tableColumn: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(tableColumn);
}
