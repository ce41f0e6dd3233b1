import { z } from 'zod';
import { Count, Fen, Id, IsoDate, optionalText, paging, pageOf, requiredText, timestamps } from './common';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  EFFECTIVE_AGREEMENT_STATUSES,
  OBLIGATION_RECURRENCES,
  PARTY_ROLES,
  PARTY_TYPES,
} from './enums';
import { normalizeUscc } from './rules/uscc';

const nullableDate = IsoDate.nullish().transform((v) => v ?? null);

export const PartyDraft = z
  .object({
    role: z.enum(PARTY_ROLES),
    partyType: z.enum(PARTY_TYPES),
    /** A partner from the register, or null for a free-text party (a student, a guardian). */
    organisationId: Id.nullish().transform((v) => v ?? null),
    displayName: optionalText(200),
    uscc: z
      .string()
      .nullish()
      .transform((v) => (v ? normalizeUscc(v) : null)),
    legalRepresentative: optionalText(100),
    address: optionalText(300),
    signatory: optionalText(100),
    signedDate: nullableDate,
    sealed: z.boolean().default(false),
  })
  .refine((p) => p.organisationId !== null || p.partyType === 'school' || p.displayName !== null, {
    message: 'party.nameRequired',
    path: ['displayName'],
  });
export type PartyDraft = z.input<typeof PartyDraft>;

export const Party = z.object({
  id: Id,
  role: z.enum(PARTY_ROLES),
  partyType: z.enum(PARTY_TYPES),
  organisationId: Id.nullable(),
  displayName: z.string().nullable(),
  uscc: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  address: z.string().nullable(),
  signatory: z.string().nullable(),
  signedDate: z.string().nullable(),
  sealed: z.boolean(),
  /** The partner's current full name when organisationId is set, else displayName. */
  name: z.string(),
});
export type Party = z.output<typeof Party>;

export const ObligationDraft = z.object({
  partyRole: z.enum(PARTY_ROLES),
  text: requiredText(1000),
  quantity: Count.nullish().transform((v) => v ?? null),
  unit: optionalText(30),
  dueDate: nullableDate,
  recurrence: z.enum(OBLIGATION_RECURRENCES).default('none'),
  doneAt: nullableDate,
});
export const Obligation = z.object({
  id: Id,
  partyRole: z.enum(PARTY_ROLES),
  text: z.string(),
  quantity: z.int().nullable(),
  unit: z.string().nullable(),
  dueDate: z.string().nullable(),
  recurrence: z.enum(OBLIGATION_RECURRENCES),
  doneAt: z.string().nullable(),
});
export type Obligation = z.output<typeof Obligation>;

const agreementFields = {
  agreementNo: optionalText(60),
  title: requiredText(200),
  type: z.enum(AGREEMENT_TYPES),
  orgUnitId: Id.nullish().transform((v) => v ?? null),
  majorIds: z.array(Id).max(50),
  signDate: nullableDate,
  startDate: nullableDate,
  endDate: nullableDate,
  autoRenew: z.boolean(),
  /** Days of notice the agreement requires before ending or renewing. */
  noticeDays: Count.nullish().transform((v) => v ?? null),
  amountFen: Fen.nullish().transform((v) => v ?? null),
  /** 一式N份，各执M份 */
  copiesTotal: z.int().min(1).max(20).nullish().transform((v) => v ?? null),
  copiesEach: z.int().min(1).max(20).nullish().transform((v) => v ?? null),
  notes: optionalText(5000),
  parties: z.array(PartyDraft).min(2, { message: 'parties.count' }).max(4, { message: 'parties.count' }),
  obligations: z.array(ObligationDraft).max(100),
};

type AgreementShape = {
  startDate: string | null;
  endDate: string | null;
  parties: { role: string }[];
  obligations: { partyRole: string }[];
  copiesTotal: number | null;
  copiesEach: number | null;
};

/** Rules that span fields, shared by create and by the merged result of an update. */
export function agreementIssues(a: AgreementShape): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (a.startDate && a.endDate && a.endDate < a.startDate) {
    issues.push({ path: ['endDate'], message: 'endDate.beforeStart' });
  }
  const roles = a.parties.map((p) => p.role);
  const expected = PARTY_ROLES.slice(0, roles.length);
  if (roles.join() !== expected.join()) issues.push({ path: ['parties'], message: 'parties.roles' });
  if (a.copiesTotal !== null && a.copiesEach !== null && a.copiesEach * a.parties.length > a.copiesTotal) {
    issues.push({ path: ['copiesEach'], message: 'copies.tooFew' });
  }
  const roleSet = new Set(roles);
  a.obligations.forEach((o, i) => {
    if (!roleSet.has(o.partyRole)) issues.push({ path: ['obligations', i, 'partyRole'], message: 'obligation.partyRoleMissing' });
  });
  return issues;
}

export const AgreementDraft = z
  .object({
    ...agreementFields,
    majorIds: agreementFields.majorIds.default([]),
    autoRenew: agreementFields.autoRenew.default(false),
    obligations: agreementFields.obligations.default([]),
  })
  .superRefine((a, ctx) => {
    for (const issue of agreementIssues(a)) ctx.addIssue({ code: 'custom', ...issue });
  });
export type AgreementDraft = z.input<typeof AgreementDraft>;

export const AgreementPatch = z.object({ id: Id, patch: z.object(agreementFields).partial() });
export type AgreementPatch = z.input<typeof AgreementPatch>;

export const Agreement = z.object({
  id: Id,
  agreementNo: z.string().nullable(),
  title: z.string(),
  type: z.enum(AGREEMENT_TYPES),
  orgUnitId: Id.nullable(),
  majorIds: z.array(Id),
  signDate: z.string().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  autoRenew: z.boolean(),
  noticeDays: z.int().nullable(),
  amountFen: z.int().nullable(),
  copiesTotal: z.int().nullable(),
  copiesEach: z.int().nullable(),
  notes: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  /** Status as the user sees it today: 'expiring' / 'expired' are derived from endDate. */
  effectiveStatus: z.enum(EFFECTIVE_AGREEMENT_STATUSES),
  renewalOfId: Id.nullable(),
  renewedById: Id.nullable(),
  /** Why it was ended early; set with the 'terminated' transition. */
  terminatedReason: z.string().nullable(),
  /** The day it ended early (set with the 'terminated' transition); reports count it until then. */
  terminatedOn: z.string().nullable(),
  parties: z.array(Party),
  obligations: z.array(Obligation),
  ...timestamps,
});
export type Agreement = z.output<typeof Agreement>;

export const AgreementListItem = Agreement.omit({ obligations: true, notes: true });
export type AgreementListItem = z.output<typeof AgreementListItem>;

export const AgreementQuery = z.object({
  ...paging,
  sortBy: z.enum(['endDate', 'startDate', 'title', 'updatedAt', 'agreementNo']).default('updatedAt'),
  sortDir: paging.sortDir.default('desc'),
  q: z.string().trim().max(100).optional(),
  organisationId: Id.optional(),
  type: z.enum(AGREEMENT_TYPES).optional(),
  status: z.enum(EFFECTIVE_AGREEMENT_STATUSES).optional(),
  orgUnitId: Id.optional(),
  majorId: Id.optional(),
  /** Active agreements whose end date falls within this many days from today. */
  expiringWithinDays: z.int().min(0).max(3650).optional(),
});
export type AgreementQuery = z.input<typeof AgreementQuery>;
export const AgreementPage = pageOf(AgreementListItem);

export const AgreementTransition = z
  .object({
    id: Id,
    to: z.enum(AGREEMENT_STATUSES),
    reason: optionalText(500),
    /** Only with to 'terminated': the day it ended; omitted → today (the service's clock). */
    terminatedOn: IsoDate.optional(),
  })
  .refine((t) => t.terminatedOn === undefined || t.to === 'terminated', {
    message: 'terminatedOn.notTerminating',
    path: ['terminatedOn'],
  });
export const AgreementRenewal = z.object({
  agreementId: Id,
  /** Defaults to the day after the old end date. */
  newStartDate: IsoDate.optional(),
  newEndDate: IsoDate,
  agreementNo: optionalText(60),
});
