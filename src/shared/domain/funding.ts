import { z } from 'zod';
import { Fen, Id, IsoDate, optionalText, paging, pageOf, requiredText, timestamps } from './common';
import { CONTRIBUTION_KINDS, FUNDING_DIRECTIONS, FUNDING_SOURCE_KINDS, PROGRAMME_TYPES } from './enums';

const nullableId = Id.nullish().transform((v) => v ?? null);
const CalendarYear = z.int().min(1990).max(2100);

/** The first and last day of a calendar year, as ISO dates (they compare as text). */
export function calendarYearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const sourceFields = {
  kind: z.enum(FUNDING_SOURCE_KINDS),
  name: requiredText(200),
  notes: optionalText(2000),
};
export const FundingSourceDraft = z.object(sourceFields);
export const FundingSourcePatch = z.object({ id: Id, patch: z.object(sourceFields).partial() });
export const FundingSource = z.object({ id: Id, ...sourceFields, ...timestamps });
export type FundingSource = z.output<typeof FundingSource>;
export const FundingSourceQuery = z.object({ trashed: z.boolean().default(false) }).default({ trashed: false });

// Money is integer 分 (fen); direction says whether it came in or went out.
const txnFields = {
  sourceId: Id,
  direction: z.enum(FUNDING_DIRECTIONS),
  amountFen: Fen.refine((v) => v > 0, { message: 'amount.positive' }),
  date: IsoDate,
  voucherNo: optionalText(60),
  agreementId: nullableId,
  programmeType: z.enum(PROGRAMME_TYPES).nullish().transform((v) => v ?? null),
  programmeId: nullableId,
  summary: optionalText(500),
};
export const FundingTxnDraft = z
  .object(txnFields)
  .refine((t) => (t.programmeType === null) === (t.programmeId === null), {
    message: 'programme.incomplete',
    path: ['programmeId'],
  });
export type FundingTxnDraft = z.input<typeof FundingTxnDraft>;
export const FundingTxnPatch = z.object({ id: Id, patch: z.object(txnFields).partial() });
export const FundingTxn = z.object({ id: Id, ...txnFields, ...timestamps });
export type FundingTxn = z.output<typeof FundingTxn>;
export const FundingTxnQuery = z.object({
  ...paging,
  sortBy: z.enum(['date', 'amountFen', 'createdAt']).default('date'),
  sortDir: paging.sortDir.default('desc'),
  sourceId: Id.optional(),
  agreementId: Id.optional(),
  direction: z.enum(FUNDING_DIRECTIONS).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Only transactions of sources of this kind (the dashboard's by-source chart links here). */
  sourceKind: z.enum(FUNDING_SOURCE_KINDS).optional(),
  /** 自然年: funding tables use the calendar year (domain.md §2.4); combines with from/to. */
  year: CalendarYear.optional(),
});
export const FundingTxnPage = pageOf(FundingTxn);

// What an enterprise puts in: (quasi-)donated equipment, money, 横向技术服务到款额, training person-days.
const contributionFields = {
  organisationId: Id,
  agreementId: nullableId,
  kind: z.enum(CONTRIBUTION_KINDS),
  items: optionalText(1000),
  valueFen: Fen.nullish().transform((v) => v ?? null),
  date: IsoDate,
  /** What it went to: a base, a major, a lab. */
  target: optionalText(200),
  traineePersonDays: z.int().min(0).max(10_000_000).nullish().transform((v) => v ?? null),
  /**
   * The 专业 the contribution counts for in R1 (per major). Optional: without one R1 uses the
   * agreement's single major, else the partner's 未分专业 row, which is not uploaded.
   */
  majorId: nullableId,
};
export const ContributionDraft = z.object(contributionFields);
export type ContributionDraft = z.input<typeof ContributionDraft>;
export const ContributionPatch = z.object({ id: Id, patch: z.object(contributionFields).partial() });
export const Contribution = z.object({ id: Id, ...contributionFields, ...timestamps });
export type Contribution = z.output<typeof Contribution>;
export const ContributionQuery = z.object({
  ...paging,
  sortBy: z.enum(['date', 'valueFen', 'createdAt']).default('date'),
  sortDir: paging.sortDir.default('desc'),
  organisationId: Id.optional(),
  kind: z.enum(CONTRIBUTION_KINDS).optional(),
  majorId: Id.optional(),
  /** 自然年 of the contribution date. */
  year: CalendarYear.optional(),
});
export const ContributionPage = pageOf(Contribution);
