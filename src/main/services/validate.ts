import type { z } from 'zod';
import { DomainError } from '../errors';

/**
 * Services parse their own input: the IPC wrapper already did, but the CLI, the seeder and
 * other services call them directly, and the rules must hold on every way in.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new DomainError('VALIDATION', 'invalid input', {
    issues: parsed.error.issues.map((i) => ({
      path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
      message: i.message,
      code: i.code,
    })),
  });
}

/** A single-field validation failure raised by a rule the schema cannot see (e.g. uniqueness). */
export function fieldError(path: string, message: string, details?: Record<string, unknown>): DomainError {
  return new DomainError('VALIDATION', message, {
    issues: [{ path: [path], message }],
    ...(details ? { details } : {}),
  });
}
