import { addDays, daysBetween } from '../../format/dates';

// Pure reminder rules shared by the core (which turns them into SQL bounds) and the renderer
// (which labels what it shows). Reminders are computed from the records every time; only a
// user's dismiss or snooze is stored, keyed by the stage it silenced.

/** Obligations show up this many days before their due date. */
export const OBLIGATION_LEAD_DAYS = 30;

/** The lead stages sorted ascending, without duplicates or non-positive values: [30, 90, 180]. */
export function sortedLeadDays(leadDays: readonly number[]): number[] {
  return [...new Set(leadDays.filter((d) => Number.isInteger(d) && d > 0))].sort((a, b) => a - b);
}

/**
 * The lead stage an end date falls in today: the smallest configured lead time that still
 * covers the days left (60 days left with [180, 90, 30] → 90). 0 once the date has passed,
 * null when it is further away than the longest lead time.
 */
export function expiryStage(endDate: string, today: string, leadDays: readonly number[]): number | null {
  const left = daysBetween(today, endDate);
  if (left < 0) return 0;
  return sortedLeadDays(leadDays).find((lead) => left <= lead) ?? null;
}

/**
 * The end-date bounds of each stage, for SQL: an end date d is in stage `lead` when
 * `from <= d <= to` (ISO dates compare as text). Stage 0 (expired) is every d before today.
 */
export function expiryStageBounds(today: string, leadDays: readonly number[]): { lead: number; from: string; to: string }[] {
  const leads = sortedLeadDays(leadDays);
  return leads.map((lead, i) => ({
    lead,
    from: i === 0 ? today : addDays(today, (leads[i - 1] ?? 0) + 1),
    to: addDays(today, lead),
  }));
}

/** A snooze hides a reminder up to and including the day before `snoozedUntil`. */
export function isSnoozed(snoozedUntil: string | null, today: string): boolean {
  return snoozedUntil !== null && snoozedUntil > today;
}

/** How urgent a dated reminder is today. */
export type ReminderUrgency = 'overdue' | 'today' | 'upcoming';
export function urgencyOf(dueDate: string, today: string): ReminderUrgency {
  if (dueDate < today) return 'overdue';
  return dueDate === today ? 'today' : 'upcoming';
}

// Province-level prefixes of a region name such as 广东省深圳市 or 新疆维吾尔自治区乌鲁木齐市.
// The dashboard groups partners by it and links to /partners?region=<prefix> (a prefix filter).
const PROVINCE_SUFFIXES = ['省', '自治区', '特别行政区', '市'] as const;

/** '广东省深圳市' → '广东省', '上海市浦东新区' → '上海市'; the whole name when no suffix matches. */
export function provinceOf(regionName: string): string {
  for (const suffix of PROVINCE_SUFFIXES) {
    const at = regionName.indexOf(suffix);
    if (at > 0) return regionName.slice(0, at + suffix.length);
  }
  return regionName;
}
