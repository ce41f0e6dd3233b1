import type { z } from 'zod';
import { DomainError } from '../errors';
import { parseInput } from '../services/validate';

/**
 * Re-parses a record after a patch was merged onto it, so cross-field rules (end ≥ start,
 * both-or-neither) hold for the whole record, not just the patched keys. Issues come back
 * under ['patch', …], the shape of the update input the caller sent.
 */
export function parseMergedDraft<S extends z.ZodType>(schema: S, merged: z.input<S>): z.output<S> {
  try {
    return parseInput(schema, merged);
  } catch (error) {
    if (!(error instanceof DomainError) || !error.issues) throw error;
    throw new DomainError(error.code, error.message, {
      issues: error.issues.map((issue) => ({ ...issue, path: ['patch', ...issue.path] })),
    });
  }
}
