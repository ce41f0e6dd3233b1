import { z } from 'zod';
import { addDays } from '../format/dates';
import { Count, Id, IsoDate, optionalText, pageOf } from './common';
import { Contact, ContactDraft } from './contact';
import { Interaction } from './interaction';
import { Partner, PartnerDraft } from './partner';

// Trade-fair quick capture (issue 3) and the interaction timeline / follow-ups due.
// The capture input is flat on purpose: every issue path is one form field name, so the
// form can show server issues exactly where the user typed.

/** Days from today a new capture's follow-up defaults to. */
export const CAPTURE_FOLLOW_UP_DAYS = 7;
/** An open follow-up dated within this many days from today counts as "due". */
export const FOLLOW_UP_DUE_SOON_DAYS = 7;
/** Majors a capture can record: the first is the 需求专业 of report R4, all are 接受实习生专业. */
export const CAPTURE_MAX_MAJORS = 10;

export const CaptureInput = z
  .object({
    /** An existing live partner, or null to create `partnerName`. */
    partnerId: Id.nullish().transform((v) => v ?? null),
    partnerName: optionalText(200),
    uscc: PartnerDraft.shape.uscc,
    usccOverride: z.boolean().default(false),
    contactName: optionalText(100),
    contactTitle: ContactDraft.shape.title,
    contactMobile: ContactDraft.shape.mobile,
    contactEmail: ContactDraft.shape.email,
    notes: optionalText(5000),
    majorIds: z.array(Id).max(CAPTURE_MAX_MAJORS).default([]),
    positions: optionalText(2000),
    internCount: Count.nullish().transform((v) => v ?? null),
    followUpDate: IsoDate.nullish().transform((v) => v ?? null),
  })
  .superRefine((v, ctx) => {
    if (v.partnerId === null && v.partnerName === null) {
      ctx.addIssue({ code: 'custom', path: ['partnerName'], message: 'capture.partnerRequired' });
    }
    const anyContactField = v.contactTitle !== null || v.contactMobile !== null || v.contactEmail !== null;
    // A new partner needs someone to follow up with; for a known partner the contact is optional.
    if (v.contactName === null && (v.partnerId === null || anyContactField)) {
      ctx.addIssue({ code: 'custom', path: ['contactName'], message: 'required' });
    }
  });
export type CaptureInput = z.input<typeof CaptureInput>;
export type CaptureParsed = z.output<typeof CaptureInput>;

export const CaptureResult = z.object({
  partner: Partner,
  partnerCreated: z.boolean(),
  contact: Contact.nullable(),
  interaction: Interaction,
});
export type CaptureResult = z.output<typeof CaptureResult>;

/** Dates by the core's clock, so the form agrees with the fixed clock of tests and the harness. */
export const CaptureDefaults = z.object({ today: IsoDate, followUpDate: IsoDate });
export type CaptureDefaults = z.output<typeof CaptureDefaults>;

export const FOLLOW_UP_STATES = ['none', 'done', 'overdue', 'due', 'planned'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/**
 * Where an interaction's follow-up stands on `today`: done once marked, overdue when its
 * date has passed, due when it falls within FOLLOW_UP_DUE_SOON_DAYS, planned after that.
 */
export function followUpState(i: { followUpDate: string | null; followUpDoneAt: string | null }, today: string): FollowUpState {
  if (i.followUpDate === null) return 'none';
  if (i.followUpDoneAt !== null) return 'done';
  if (i.followUpDate < today) return 'overdue';
  if (i.followUpDate <= addDays(today, FOLLOW_UP_DUE_SOON_DAYS)) return 'due';
  return 'planned';
}

/** An interaction as the timeline and the follow-up list show it. */
export const InteractionEntry = Interaction.extend({
  partnerName: z.string(),
  staffName: z.string().nullable(),
  followUpState: z.enum(FOLLOW_UP_STATES),
});
export type InteractionEntry = z.output<typeof InteractionEntry>;

export const InteractionTimelineQuery = z.object({
  organisationId: Id,
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(50),
});
export const InteractionEntryPage = pageOf(InteractionEntry).extend({ today: IsoDate });
export type InteractionEntryPage = z.output<typeof InteractionEntryPage>;

export const FollowUpsDueQuery = z.object({
  /** Open follow-ups dated up to this many days from today, overdue ones included. */
  withinDays: z.int().min(0).max(365).default(FOLLOW_UP_DUE_SOON_DAYS),
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(20),
});

export const FollowUpDoneInput = z.object({ id: Id, done: z.boolean() });
