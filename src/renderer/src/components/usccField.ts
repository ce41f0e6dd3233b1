import { checkUscc } from '@shared/domain/rules/uscc';
import type { ValidationIssue } from '@shared/ipc/result';

// The USCC field checked when the user leaves it, with the very issue the save would report
// (same rule, same message key), so the message seen on blur and on save is one message.

export interface UsccFieldIssue {
  issue: ValidationIssue;
  /** For 'uscc.check': the check character the code should end in. */
  expected?: string;
}

/**
 * The problem with a typed USCC, or null when it is blank, valid, or its failing check
 * character was explicitly confirmed (`overridden`). A format problem is never overridable.
 */
export function usccFieldIssue(raw: string | null | undefined, overridden = false): UsccFieldIssue | null {
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const check = checkUscc(raw);
  if (check.valid) return null;
  if (check.reason === 'format') return { issue: { path: ['uscc'], message: 'uscc.format' } };
  if (overridden) return null;
  return { issue: { path: ['uscc'], message: 'uscc.check' }, expected: check.expectedCheckChar ?? '?' };
}
