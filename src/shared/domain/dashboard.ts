import { z } from 'zod';
import { Id, IsoDate } from './common';
import {
  AGREEMENT_TYPES,
  CONTRIBUTION_KINDS,
  EFFECTIVE_AGREEMENT_STATUSES,
  FUNDING_DIRECTIONS,
  FUNDING_SOURCE_KINDS,
  INDUSTRY_SECTIONS,
  PARTNER_STATUSES,
} from './enums';
import { ReminderItem } from './reminders';

// The dashboard's one summary: every figure is an SQL aggregate, and every bucket carries the
// code the renderer needs to link to the filtered list (null = "not recorded", no filter).

const count = z.int().min(0);
const fen = z.int().min(0);

export const DashboardInput = z.strictObject({});

export const DashboardExpiringAgreement = z.object({
  id: Id,
  title: z.string(),
  agreementNo: z.string().nullable(),
  endDate: IsoDate,
  daysLeft: z.int(),
});

export const DashboardSummary = z.object({
  today: IsoDate,
  agreements: z.object({
    total: count,
    byStatus: z.array(z.object({ status: z.enum(EFFECTIVE_AGREEMENT_STATUSES), count })),
    byType: z.array(z.object({ type: z.enum(AGREEMENT_TYPES), count })),
    /**
     * The agreements whose status shows as 即将到期 (effectiveStatus 'expiring': active, ending
     * within the longest reminder lead time, `days`), the same set the 提醒 page's expiring
     * reminders come from; `remindersDue` is how many of them it still lists (not dismissed
     * or snoozed). The 10 soonest are listed.
     */
    expiringSoon: z.object({ days: count, count, remindersDue: count, items: z.array(DashboardExpiringAgreement) }),
  }),
  followUps: z.object({ count, items: z.array(ReminderItem) }),
  partners: z.object({
    total: count,
    byStatus: z.array(z.object({ status: z.enum(PARTNER_STATUSES), count })),
    byIndustry: z.array(z.object({ industrySection: z.enum(INDUSTRY_SECTIONS).nullable(), count })),
    /** Province prefix of region_name (广东省, 上海市 …). */
    byRegion: z.array(z.object({ region: z.string().nullable(), count })),
  }),
  funding: z.array(
    z.object({ sourceKind: z.enum(FUNDING_SOURCE_KINDS), year: z.int(), direction: z.enum(FUNDING_DIRECTIONS), amountFen: fen, count }),
  ),
  contributions: z.array(
    z.object({ kind: z.enum(CONTRIBUTION_KINDS), year: z.int(), valueFen: fen, personDays: count, count }),
  ),
});
export type DashboardSummary = z.output<typeof DashboardSummary>;
