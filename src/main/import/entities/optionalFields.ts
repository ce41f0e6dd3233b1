import type { z } from 'zod';
import { schemaIssues } from './draftIssues';
import type { FieldIssue } from './entityDef';

// Issue 10: only a row's identity and required fields reject it. A problem in an optional
// field (an unknown major, a status no one recognises, an end date before the start) is
// still reported on that field, but the row is prepared without it; the import core shows
// it as a warning and keeps the cell's text in the notes.

/** True when an issue concerns the row as a whole or one of its required fields. */
export function blocksRow(issues: readonly FieldIssue[], required: readonly string[]): boolean {
  return issues.some((i) => i.field === null || required.includes(i.field));
}

/**
 * Validates the draft `build` makes; fields with issues (found before or by the schema)
 * are left out (`build` gets their names) and the draft validated again. Returns the
 * parsed draft, or null when a required field is at fault, with every issue found.
 */
export function draftWithoutFaultyFields<S extends z.ZodType>(
  schema: S,
  build: (leftOut: ReadonlySet<string>) => z.input<S>,
  fieldOf: (path: readonly PropertyKey[]) => string | null,
  required: readonly string[],
  issues: FieldIssue[],
): { draft: z.input<S>; data: z.output<S> } | null {
  const first = build(new Set(issues.flatMap((i) => i.field ?? [])));
  const parsed = schemaIssues(schema, first, fieldOf);
  issues.push(...parsed.issues.filter((i) => !issues.some((x) => x.field !== null && x.field === i.field)));
  if (blocksRow(issues, required)) return null;
  if (parsed.data !== null) return { draft: first, data: parsed.data };
  const draft = build(new Set(issues.flatMap((i) => i.field ?? [])));
  const again = schemaIssues(schema, draft, fieldOf);
  return again.data !== null ? { draft, data: again.data } : null;
}
