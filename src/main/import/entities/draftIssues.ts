import type { z } from 'zod';
import { FIELD_ERROR_KEYS, ZOD_ISSUE_CODES } from '@shared/i18n';
import type { FieldIssue } from './entityDef';

const KNOWN = new Set<string>(FIELD_ERROR_KEYS);
const ZOD_CODES = new Set<string>(ZOD_ISSUE_CODES);

/** The same translation the forms use: our own keys as such, else zod's issue code. */
export function fieldErrorKey(message: string, code: string | undefined): string {
  if (KNOWN.has(message)) return `fieldErrors.${message}`;
  return code && ZOD_CODES.has(code) ? `fieldErrors.${code}` : 'fieldErrors.invalid';
}

/**
 * Validates a draft with the entity's zod schema and reports issues against import
 * fields: `fieldOf` maps a schema path to the import field (null: the row as a whole).
 */
export function schemaIssues<S extends z.ZodType>(
  schema: S,
  draft: unknown,
  fieldOf: (path: readonly PropertyKey[]) => string | null,
): { data: z.output<S> | null; issues: FieldIssue[] } {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return { data: parsed.data, issues: [] };
  return {
    data: null,
    issues: parsed.error.issues.map((i) => ({
      field: fieldOf(i.path),
      code: 'VALIDATION',
      key: fieldErrorKey(i.message, i.code),
      params: {},
    })),
  };
}

/** Domain errors a service raised while writing, in the same shape. */
export function serviceIssues(error: { code: string; issues?: { path: (string | number)[]; message: string }[]; message: string }, fieldOf: (path: readonly PropertyKey[]) => string | null): FieldIssue[] {
  if (error.issues && error.issues.length > 0) {
    return error.issues.map((i) => ({ field: fieldOf(i.path), code: error.code, key: fieldErrorKey(i.message, undefined), params: {} }));
  }
  return [{ field: null, code: error.code, key: `errors.${error.code}`, params: {} }];
}
