import type { AppErrorCode, ValidationIssue } from '@shared/ipc/result';

/**
 * The only error services throw on purpose. The IPC wrapper and the CLI turn it into
 * a stable code; anything else becomes INTERNAL and is logged without reaching the user.
 */
export class DomainError extends Error {
  readonly code: AppErrorCode;
  readonly issues?: ValidationIssue[];
  readonly details?: Record<string, unknown>;

  constructor(
    code: AppErrorCode,
    message: string,
    extra: { issues?: ValidationIssue[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, extra.cause === undefined ? undefined : { cause: extra.cause });
    this.name = 'DomainError';
    this.code = code;
    if (extra.issues) this.issues = extra.issues;
    if (extra.details) this.details = extra.details;
  }
}

export const notFound = (entity: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${entity} ${id} not found`, { details: { entity, id } });

/** Maps SQLite's own failures (disk full, I/O, busy, corrupt) and the file system's ENOSPC/EIO onto stable codes. */
export function sqliteErrorCode(error: unknown): AppErrorCode | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'DISK_FULL';
  if (code === 'EIO') return 'IO_ERROR';
  // A failed read or write (a removed USB stick, a bad sector) is not a full disk: it says so.
  if (code.startsWith('SQLITE_IOERR')) return 'IO_ERROR';
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return 'DB_BUSY';
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return 'CORRUPT';
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'CONFLICT';
  return undefined;
}

export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const mapped = sqliteErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return new DomainError(mapped ?? 'INTERNAL', message, { cause: error });
}
