import { sql, type RawBuilder } from 'kysely';
import type { ReminderViewKind } from '@shared/domain/reminders';
import { expiryStageBounds, OBLIGATION_LEAD_DAYS, sortedLeadDays } from '@shared/domain/rules/reminderRules';
import { addDays } from '@shared/format/dates';

// One SELECT per reminder kind, each yielding the same columns (entity_id, due_date, lead_days,
// title, detail, agreement_id, organisation_id). reminderRepository wraps them with the
// dismiss/snooze lookup, so the rules below are the only place that decides what is due.
// Each WHERE clause matches an index: agreement_by_status (status, end_date) and
// interaction_open_follow_ups (partial, follow_up_date). CROSS JOIN fixes the join order
// (SQLite never reorders it): left alone, the planner drives follow-ups from all 100k live
// partners and obligations from every active agreement, ~1 s each at scale.

export interface SourceContext {
  today: string;
  leadDays: readonly number[];
}

/** The stage column of an agreement in force: 0 when past, else the smallest lead covering it. */
function expiryStage(today: string, leadDays: readonly number[]): RawBuilder<number> {
  const whens = expiryStageBounds(today, leadDays).map((b) => sql`when a.end_date <= ${b.to} then ${b.lead}`);
  return sql<number>`case when a.end_date < ${today} then 0 ${sql.join(whens, sql` `)} end`;
}

function longestLead(leadDays: readonly number[]): number {
  return sortedLeadDays(leadDays).at(-1) ?? 0;
}

const SOURCES: Record<ReminderViewKind, (c: SourceContext) => RawBuilder<unknown>> = {
  expiring: ({ today, leadDays }) => sql`
    select a.id as entity_id, a.end_date as due_date, ${expiryStage(today, leadDays)} as lead_days,
      a.title as title, a.agreement_no as detail, a.id as agreement_id, null as organisation_id
    from agreement a
    where a.status = 'active' and a.deleted_at is null
      and a.end_date >= ${today} and a.end_date <= ${addDays(today, longestLead(leadDays))}`,

  expired: ({ today }) => sql`
    select a.id as entity_id, a.end_date as due_date, 0 as lead_days,
      a.title as title, a.agreement_no as detail, a.id as agreement_id, null as organisation_id
    from agreement a
    where a.status = 'active' and a.deleted_at is null and a.end_date < ${today}`,

  // Keyed by the agreement's start (or sign, or creation) date so a dismissal holds until
  // someone enters an end date, which turns it into an expiry reminder.
  noEndDate: () => sql`
    select a.id as entity_id, coalesce(a.start_date, a.sign_date, substr(a.created_at, 1, 10)) as due_date,
      null as lead_days, a.title as title, a.agreement_no as detail, a.id as agreement_id, null as organisation_id
    from agreement a
    where a.status = 'active' and a.deleted_at is null and a.end_date is null`,

  followup: ({ today }) => sql`
    select i.id as entity_id, i.follow_up_date as due_date, null as lead_days,
      o.full_name as title, coalesce(i.next_action, i.summary) as detail, null as agreement_id, o.id as organisation_id
    from interaction i cross join organisation o on o.id = i.organisation_id
    where i.follow_up_done_at is null and i.follow_up_date <= ${today}
      and i.deleted_at is null and o.deleted_at is null`,

  obligation: ({ today }) => sql`
    select ob.id as entity_id, ob.due_date as due_date, null as lead_days,
      ob.text as title, a.title as detail, a.id as agreement_id, null as organisation_id
    from obligation ob cross join agreement a on a.id = ob.agreement_id
    where ob.done_at is null and ob.due_date <= ${addDays(today, OBLIGATION_LEAD_DAYS)}
      and a.status in ('active', 'renewing') and a.deleted_at is null`,
};

export function reminderSource(kind: ReminderViewKind, c: SourceContext): RawBuilder<unknown> {
  return SOURCES[kind](c);
}
