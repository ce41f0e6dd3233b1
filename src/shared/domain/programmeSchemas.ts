import { z } from 'zod';
import { Count, Fen, Id, IsoDate, paging, pageOf, timestamps } from './common';
import type { RuleIssue } from './programmeRules';

// Building blocks shared by every programme kind (issue 3): nullable figures (NULL is
// "no data" and must stay blank in official exports, never 0), 学年 start years, id
// lists for link tables, and one builder for the draft / patch / entity / query quartet.

export const nullableId = Id.nullish().transform((v) => v ?? null);
export const nullableDate = IsoDate.nullish().transform((v) => v ?? null);
export const nullableCount = Count.nullish().transform((v) => v ?? null);
export const nullableFen = Fen.nullish().transform((v) => v ?? null);
/** A 学年 or cohort named by its start year (2025 = 2025-2026); the database allows 1990–2100. */
export const StartYear = z.int().min(1990).max(2100);
export const nullableStartYear = StartYear.nullish().transform((v) => v ?? null);
/** No `.default()`: a default would fill absent keys of a patch and overwrite stored values. */
export const flag = z.boolean().nullish().transform((v) => v ?? false);
/** Ids of a link table (majors, partners), duplicates dropped; absent means none. */
export const idList = z
  .array(Id)
  .max(100)
  .nullish()
  .transform((v) => [...new Set(v ?? [])]);
export const requiredIdList = z
  .array(Id)
  .min(1, { message: 'required' })
  .max(100)
  .transform((v) => [...new Set(v)]);

/** Names of the rows a record points at, for lists; read-only, filled by the core. */
export const ProgrammeDisplay = z.object({
  partnerNames: z.array(z.string()),
  majorNames: z.array(z.string()),
  /** Title of the linked agreement, when the kind has one and it is set. */
  agreementTitle: z.string().nullable(),
});
export type ProgrammeDisplay = z.output<typeof ProgrammeDisplay>;

/** Filters every programme list accepts: partner, major, 学年/cohort year, text. */
export const programmeFilters = {
  organisationId: Id.optional(),
  majorId: Id.optional(),
  year: StartYear.optional(),
  q: z.string().trim().max(100).optional(),
};

type SortKeys = readonly [string, ...string[]];

/**
 * The schemas of one programme kind. `rules` are the cross-field checks (from
 * programmeRules.ts) run on a whole draft; the service re-runs them on a patched record.
 */
export function programmeSchemas<F extends z.ZodRawShape, S extends SortKeys, X extends z.ZodRawShape>(spec: {
  fields: F;
  rules: (draft: z.output<z.ZodObject<F>>) => RuleIssue[];
  sortBy: S;
  extraFilters: X;
}) {
  const object = z.object(spec.fields);
  const draft = object.superRefine((value, ctx) => {
    for (const issue of spec.rules(value)) ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
  const entity = z.object({ id: Id, ...spec.fields, ...timestamps, display: ProgrammeDisplay });
  const query = z.object({
    ...paging,
    sortBy: z.enum(spec.sortBy).default(spec.sortBy[0]),
    ...programmeFilters,
    ...spec.extraFilters,
  });
  return {
    draft,
    patch: z.object({ id: Id, patch: object.partial() }),
    entity,
    query,
    page: pageOf(entity),
  };
}
