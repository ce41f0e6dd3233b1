import { z } from 'zod';
import { Count, Fen, Id, IsoDate, optionalText, paging, pageOf, timestamps } from './common';
import { INTERACTION_KINDS, MAJOR_LEVELS } from './enums';

const nullableDate = IsoDate.nullish().transform((v) => v ?? null);
const nullableCount = Count.nullish().transform((v) => v ?? null);
const nullableFen = Fen.nullish().transform((v) => v ?? null);

// A touchpoint with a partner. The 访企拓岗 fields (domain.md §2.5) feed report R4.
const interactionFields = {
  organisationId: Id,
  kind: z.enum(INTERACTION_KINDS),
  date: IsoDate,
  /** 牵头拜访人 */
  staffId: Id.nullish().transform((v) => v ?? null),
  staffTitle: optionalText(100),
  /** 企业接待人姓名 / 职务 */
  hostName: optionalText(100),
  hostTitle: optionalText(100),
  eventName: optionalText(200),
  location: optionalText(200),
  summary: optionalText(5000),
  /** 访谈成果主要形式 */
  outcomeForm: optionalText(200),
  demandMajorCode: optionalText(20),
  demandMajorName: optionalText(100),
  demandMajorLevel: z.enum(MAJOR_LEVELS).nullish().transform((v) => v ?? null),
  positionsOffered: nullableCount,
  averageSalaryFen: nullableFen,
  internMajors: optionalText(300),
  internCount: nullableCount,
  internPayFen: nullableFen,
  employMajors: optionalText(300),
  employCount: nullableCount,
  startingSalaryFen: nullableFen,
  otherIntents: optionalText(2000),
  nextAction: optionalText(500),
  followUpDate: nullableDate,
  followUpDoneAt: nullableDate,
};

export const InteractionDraft = z.object(interactionFields);
export type InteractionDraft = z.input<typeof InteractionDraft>;
export const InteractionPatch = z.object({
  id: Id,
  patch: z.object(interactionFields).omit({ organisationId: true }).partial(),
});
export const Interaction = z.object({ id: Id, ...interactionFields, ...timestamps });
export type Interaction = z.output<typeof Interaction>;

export const InteractionQuery = z.object({
  ...paging,
  sortBy: z.enum(['date', 'followUpDate', 'createdAt']).default('date'),
  sortDir: paging.sortDir.default('desc'),
  organisationId: Id.optional(),
  kind: z.enum(INTERACTION_KINDS).optional(),
  /** Only open follow-ups due on or before this date. */
  followUpDueBy: IsoDate.optional(),
});
export const InteractionPage = pageOf(Interaction);
