import type { PROGRAMME_TYPES } from '@shared/domain/enums';
import type { ValidationIssue } from '@shared/ipc/result';
import { DomainError } from '../errors';
import type { Executor } from '../services/context';
import { type LinkedTable, programmeExists, rowExists } from './linkedRowRepository';

/** One id field of a draft that must point at an existing (or live) row. */
export interface ReferenceCheck {
  field: string;
  id: string | null;
  table: LinkedTable;
  /** Require the row to be out of the trash too. */
  live: boolean;
}

export interface ProgrammeCheck {
  field: string;
  type: (typeof PROGRAMME_TYPES)[number] | null;
  id: string | null;
}

/**
 * Checks every reference and reports all dangling ones at once as VALIDATION issues,
 * so a form can mark each field. `pathPrefix` is ['patch'] for updates, matching the
 * shape of the input the caller sent.
 */
export async function assertReferences(
  db: Executor,
  checks: readonly ReferenceCheck[],
  options: { pathPrefix?: readonly string[]; programme?: ProgrammeCheck } = {},
): Promise<void> {
  const prefix = options.pathPrefix ?? [];
  const missing: { field: string; table: string; id: string }[] = [];
  for (const check of checks) {
    if (check.id === null) continue;
    if (!(await rowExists(db, check.table, check.id, { live: check.live }))) {
      missing.push({ field: check.field, table: check.table, id: check.id });
    }
  }
  const programme = options.programme;
  if (programme && programme.type !== null && programme.id !== null) {
    if (!(await programmeExists(db, programme.type, programme.id))) {
      missing.push({ field: programme.field, table: programme.type, id: programme.id });
    }
  }
  if (missing.length > 0) {
    // Same message key as the reference service uses for a dangling id.
    const issues: ValidationIssue[] = missing.map((m) => ({ path: [...prefix, m.field], message: 'reference.notFound' }));
    throw new DomainError('VALIDATION', 'references missing or in the trash', { issues, details: { missing } });
  }
}

/**
 * The id an update must re-check: the new value when the patch changed it, else null.
 * An unchanged reference was valid when saved; re-checking it would block editing a
 * record whose partner was trashed since.
 */
export function idIfChanged<T extends object, K extends keyof T>(current: T, next: T, field: K): T[K] | null {
  return current[field] === next[field] ? null : next[field];
}
