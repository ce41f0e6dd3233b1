import { z } from 'zod';
import { Id, IsoDate, IsoTimestamp } from './common';
import { REMINDER_KINDS } from './enums';

// Reminders are computed from agreements, interactions and obligations on every read; the
// `reminder` table only remembers what the user dismissed or snoozed (see reminderRules.ts).

/** What the reminders view shows, one kind per group. */
export const REMINDER_VIEW_KINDS = ['expiring', 'expired', 'noEndDate', 'followup', 'obligation'] as const;
export type ReminderViewKind = (typeof REMINDER_VIEW_KINDS)[number];

export const REMINDER_ENTITY_TYPES = ['agreement', 'interaction', 'obligation'] as const;
export type ReminderEntityType = (typeof REMINDER_ENTITY_TYPES)[number];

export const REMINDER_URGENCIES = ['overdue', 'today', 'upcoming', 'open'] as const;

/** How a view kind is stored in `reminder` (kind column) and which table its entity lives in. */
export const REMINDER_STORAGE: Record<
  ReminderViewKind,
  { kind: (typeof REMINDER_KINDS)[number]; entityType: ReminderEntityType }
> = {
  expiring: { kind: 'expiry', entityType: 'agreement' },
  expired: { kind: 'expiry', entityType: 'agreement' },
  noEndDate: { kind: 'expiry', entityType: 'agreement' },
  followup: { kind: 'followup', entityType: 'interaction' },
  obligation: { kind: 'obligation', entityType: 'obligation' },
};

const LeadDays = z.int().min(0).max(3650).nullable();

/**
 * Identifies one reminder at one stage: a dismissed 90-day expiry reminder has leadDays 90, so
 * the 30-day one (leadDays 30) is a different reminder and shows again.
 */
export const ReminderRef = z.object({
  kind: z.enum(REMINDER_VIEW_KINDS),
  entityId: Id,
  /** The date the reminder is about (end date, follow-up date, obligation due date). */
  dueDate: IsoDate,
  leadDays: LeadDays,
});
export type ReminderRef = z.input<typeof ReminderRef>;

export const ReminderQuery = z.object({
  kind: z.enum(REMINDER_VIEW_KINDS).optional(),
  /** Also list snoozed reminders (with their snoozedUntil). Dismissed ones never come back. */
  includeSnoozed: z.boolean().default(false),
  /** Items per kind; `totals` always counts them all. */
  limit: z.int().min(1).max(500).default(200),
});
export type ReminderQuery = z.input<typeof ReminderQuery>;

export const ReminderItem = ReminderRef.extend({
  key: z.string(),
  entityType: z.enum(REMINDER_ENTITY_TYPES),
  title: z.string(),
  /** Partner name for follow-ups, agreement title for obligations. */
  detail: z.string().nullable(),
  agreementId: Id.nullable(),
  organisationId: Id.nullable(),
  /** Days from today to dueDate (negative when overdue); null for an agreement without end date. */
  daysLeft: z.int().nullable(),
  urgency: z.enum(REMINDER_URGENCIES),
  snoozedUntil: IsoDate.nullable(),
});
export type ReminderItem = z.output<typeof ReminderItem>;

const count = z.int().min(0);
const kindCounts = z.object({ expiring: count, expired: count, noEndDate: count, followup: count, obligation: count });

export const ReminderList = z.object({
  today: IsoDate,
  items: z.array(ReminderItem),
  totals: kindCounts,
});
export type ReminderList = z.output<typeof ReminderList>;

export const ReminderSnooze = ReminderRef.extend({ until: IsoDate });
export type ReminderSnooze = z.input<typeof ReminderSnooze>;

/** The stored dismiss/snooze row, so the screen can show what was recorded (and its audit history). */
export const ReminderState = z.object({
  id: Id,
  entityType: z.enum(REMINDER_ENTITY_TYPES),
  entityId: Id,
  kind: z.enum(REMINDER_KINDS),
  dueDate: IsoDate,
  leadDays: LeadDays,
  snoozedUntil: IsoDate.nullable(),
  dismissedAt: IsoTimestamp.nullable(),
  updatedAt: IsoTimestamp,
});
export type ReminderState = z.output<typeof ReminderState>;

export const FollowUpDone = z.object({ interactionId: Id });
export const FollowUpDoneResult = z.object({ interactionId: Id, followUpDoneAt: IsoDate });

/** The key of a reminder item, unique within one list. */
export function reminderKey(ref: { kind: ReminderViewKind; entityId: string; dueDate: string; leadDays: number | null }): string {
  return `${ref.kind}:${ref.entityId}:${ref.dueDate}:${ref.leadDays ?? '-'}`;
}
