// The envelope every IPC call returns. Errors carry a stable code the renderer
// translates; the message is for logs, never shown raw, and never a stack trace.
export const APP_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'USCC_CHECK_FAILED',
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'DISK_FULL',
  'IO_ERROR',
  'DB_BUSY',
  'DB_TOO_NEW',
  'CORRUPT',
  'MIGRATION_FAILED',
  'UNSAFE_LOCATION',
  'CANCELLED',
  'INTERNAL',
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export interface ValidationIssue {
  path: (string | number)[];
  /** Stable message key (see i18n `errors.field.*`) or zod's own message. */
  message: string;
  code?: string;
}

export interface AppErrorPayload {
  code: AppErrorCode;
  message: string;
  issues?: ValidationIssue[];
  /** Extra machine-readable facts, e.g. the id of the conflicting record. */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorPayload): Result<never> => ({ ok: false, error });
