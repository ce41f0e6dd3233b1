import type { AppErrorCode, ValidationIssue } from '@shared/ipc/result';
import { usccCheckChar } from '@shared/domain/rules/uscc';

// Turns errors from the core into the user's language. Pure (no React, no i18next
// instance) so unit tests can run it against the real resources in Node.

export interface Translator {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string): boolean;
}

/** What the helpers need from an error: the shape of AppError. */
export interface ErrorLike {
  code: AppErrorCode;
  issues: readonly ValidationIssue[];
  details: Readonly<Record<string, unknown>>;
}

// Only dotted identifiers are looked up as keys; zod's own English sentences are not.
const MESSAGE_KEY = /^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/;

/** The translated message of any error: a known code, else the generic INTERNAL text. */
export function errorMessage(tr: Translator, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && tr.exists(`errors.${code}`)) return tr.t(`errors.${code}`);
  return tr.t('errors.INTERNAL');
}

/** The expected USCC check character, from the core's details or computed from the value. */
export function expectedUsccCheckChar(details: Readonly<Record<string, unknown>>, value?: string | null): string {
  const fromCore = details['expectedCheckChar'];
  if (typeof fromCore === 'string' && fromCore) return fromCore;
  if (value && value.length === 18) {
    try {
      return usccCheckChar(value.slice(0, 17));
    } catch {
      // Not made of USCC characters: the format message applies instead.
    }
  }
  return '?';
}

/**
 * One field issue in the user's language: the stable message key
 * (`fieldErrors.<key>`), else zod's issue code, else a generic "not valid".
 */
export function issueMessage(tr: Translator, issue: ValidationIssue, interpolation: Record<string, unknown> = {}): string {
  if (MESSAGE_KEY.test(issue.message) && tr.exists(`fieldErrors.${issue.message}`)) {
    return tr.t(`fieldErrors.${issue.message}`, interpolation);
  }
  if (issue.code && tr.exists(`fieldErrors.${issue.code}`)) return tr.t(`fieldErrors.${issue.code}`);
  return tr.t('fieldErrors.invalid');
}

export interface PlacedIssues {
  /** Messages per form field name (the first path segment the form knows). */
  fields: Map<string, string[]>;
  /** Issues that belong to no field on the form; shown above it. */
  unplaced: string[];
}

/** Sorts issues onto the form's fields; `aliases.2` lands on the `aliases` field. */
export function placeIssues(
  tr: Translator,
  issues: readonly ValidationIssue[],
  fieldNames: readonly string[],
  interpolation: Record<string, unknown> = {},
): PlacedIssues {
  const fields = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const message = issueMessage(tr, issue, interpolation);
    // Update inputs are { id, patch: {...} }: the field is after 'patch'.
    const path = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path;
    const field = typeof path[0] === 'string' && fieldNames.includes(path[0]) ? path[0] : undefined;
    if (field === undefined) {
      if (!unplaced.includes(message)) unplaced.push(message);
      continue;
    }
    const list = fields.get(field) ?? [];
    if (!list.includes(message)) list.push(message);
    fields.set(field, list);
  }
  return { fields, unplaced };
}
