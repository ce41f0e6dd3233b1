import type { FormInstance } from 'antd';
import type { z } from 'zod';
import type { ValidationIssue } from '@shared/ipc/result';
import { translator } from '../i18n';
import { placeIssues } from './errorText';

/** zod's issues in the envelope's shape, so client and server failures share one path. */
export function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
    code: i.code,
  }));
}

/**
 * Shows issues as field-level messages on an antd form (clearing the other fields)
 * and returns the messages that match no field, for an alert above the form.
 */
export function showIssuesOnForm(
  // FormInstance's default value type takes any field name; our field lists are plain strings.
  form: Pick<FormInstance, 'setFields' | 'scrollToField'>,
  issues: readonly ValidationIssue[],
  fieldNames: readonly string[],
  interpolation: Record<string, unknown> = {},
): string[] {
  const placed = placeIssues(translator, issues, fieldNames, interpolation);
  form.setFields(fieldNames.map((name) => ({ name, errors: placed.fields.get(name) ?? [], warnings: [] })));
  // Keyboard and screen-reader users land on the first field to correct.
  const first = fieldNames.find((name) => placed.fields.has(name));
  if (first !== undefined) form.scrollToField(first, { focus: true, block: 'center' });
  return placed.unplaced;
}

/** Spread into props objects (okButtonProps…) whose types do not list data-* attributes. */
export function testId(id: string): Record<string, string> {
  return { 'data-testid': id };
}

/** Field messages set by hand do not clear themselves: call on change for the edited fields. */
export function clearFieldErrors(form: Pick<FormInstance, 'setFields'>, names: readonly string[]): void {
  if (names.length > 0) form.setFields(names.map((name) => ({ name, errors: [], warnings: [] })));
}
