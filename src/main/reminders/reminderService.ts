import type { z } from 'zod';
import {
  FollowUpDone,
  REMINDER_STORAGE,
  REMINDER_VIEW_KINDS,
  type ReminderItem,
  type ReminderList,
  ReminderQuery,
  ReminderRef,
  ReminderSnooze,
  type ReminderState,
  type ReminderViewKind,
  reminderKey,
} from '@shared/domain/reminders';
import { urgencyOf } from '@shared/domain/rules/reminderRules';
import { daysBetween } from '@shared/format/dates';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { InteractionService } from '../interactions/interactionService';
import { nowIso, type ServiceContext, todayOf } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { createSettingsService } from '../settings/settingsService';
import type { SourceContext } from './reminderSourceRepository';
import {
  countDue,
  type DueRow,
  findState,
  getState,
  insertState,
  listDue,
  type StateKey,
  updateState,
} from './reminderRepository';

function itemOf(kind: ReminderViewKind, row: DueRow, today: string): ReminderItem {
  const ref = { kind, entityId: row.entity_id, dueDate: row.due_date, leadDays: row.lead_days };
  return {
    ...ref,
    key: reminderKey(ref),
    entityType: REMINDER_STORAGE[kind].entityType,
    title: row.title,
    detail: row.detail,
    agreementId: row.agreement_id,
    organisationId: row.organisation_id,
    daysLeft: kind === 'noEndDate' ? null : daysBetween(today, row.due_date),
    urgency: kind === 'noEndDate' ? 'open' : urgencyOf(row.due_date, today),
    snoozedUntil: row.snoozed_until,
  };
}

function stateKeyOf(ref: z.output<typeof ReminderRef>): StateKey {
  const storage = REMINDER_STORAGE[ref.kind];
  return { entityType: storage.entityType, entityId: ref.entityId, kind: storage.kind, dueDate: ref.dueDate, leadDays: ref.leadDays };
}

export interface ReminderServiceDeps {
  interactions: Pick<InteractionService, 'get' | 'update'>;
}

export function createReminderService(ctx: ServiceContext, deps: ReminderServiceDeps) {
  // Read before any transaction: settings come through ctx.db, which a transaction would hold.
  async function sourceContext(): Promise<SourceContext> {
    const settings = await createSettingsService(ctx).get();
    return { today: todayOf(ctx), leadDays: settings.reminderLeadDays };
  }

  /** Only a reminder that is due today (snoozed or not) can be dismissed or snoozed. */
  async function assertDue(ref: z.output<typeof ReminderRef>, c: SourceContext): Promise<void> {
    const only = { entityId: ref.entityId, dueDate: ref.dueDate, leadDays: ref.leadDays };
    if ((await countDue(ctx.db, ref.kind, c, { includeSnoozed: true, only })) === 0) {
      throw new DomainError('NOT_FOUND', `no due ${ref.kind} reminder for ${ref.entityId}`, {
        details: { entity: 'reminder', id: reminderKey(ref) },
      });
    }
  }

  async function record(ref: z.output<typeof ReminderRef>, fields: { snoozedUntil?: string; dismissedAt?: string }): Promise<ReminderState> {
    const key = stateKeyOf(ref);
    const stamp = nowIso(ctx);
    return ctx.db.transaction().execute(async (trx) => {
      const existing = await findState(trx, key);
      const id = existing?.id ?? newId();
      if (existing) await updateState(trx, id, fields, stamp);
      else await insertState(trx, id, key, { snoozedUntil: fields.snoozedUntil ?? null, dismissedAt: fields.dismissedAt ?? null }, stamp);
      const state = await getState(trx, id);
      if (!state) throw new DomainError('INTERNAL', 'reminder state vanished');
      return state;
    });
  }

  return {
    /** Due reminders per kind, soonest first; `totals` counts every kind whatever `kind` asks for. */
    async list(query?: z.input<typeof ReminderQuery>): Promise<ReminderList> {
      const q = parseInput(ReminderQuery, query ?? {});
      const c = await sourceContext();
      const filter = { includeSnoozed: q.includeSnoozed };
      const totals = { expiring: 0, expired: 0, noEndDate: 0, followup: 0, obligation: 0 };
      const items: ReminderItem[] = [];
      for (const kind of REMINDER_VIEW_KINDS) {
        totals[kind] = await countDue(ctx.db, kind, c, filter);
        if (q.kind !== undefined && q.kind !== kind) continue;
        const rows = await listDue(ctx.db, kind, c, filter, q.limit);
        items.push(...rows.map((row) => itemOf(kind, row, c.today)));
      }
      return { today: c.today, items, totals };
    },

    /** One kind only (the dashboard's follow-ups): its count and the soonest `limit` items. */
    async due(kind: ReminderViewKind, limit: number): Promise<{ count: number; items: ReminderItem[] }> {
      const c = await sourceContext();
      const filter = { includeSnoozed: false };
      const rows = await listDue(ctx.db, kind, c, filter, limit);
      return { count: await countDue(ctx.db, kind, c, filter), items: rows.map((row) => itemOf(kind, row, c.today)) };
    },

    async dismiss(input: z.input<typeof ReminderRef>): Promise<ReminderState> {
      const ref = parseInput(ReminderRef, input);
      await assertDue(ref, await sourceContext());
      return record(ref, { dismissedAt: nowIso(ctx) });
    },

    /** Hidden until `until` (shown again on that day); the date must be after today. */
    async snooze(input: z.input<typeof ReminderSnooze>): Promise<ReminderState> {
      const { until, ...ref } = parseInput(ReminderSnooze, input);
      const c = await sourceContext();
      if (until <= c.today) throw fieldError('until', 'reminder.snoozeNotFuture');
      await assertDue(ref, c);
      return record(ref, { snoozedUntil: until });
    },

    /** Sets interaction.follow_up_done_at to today through the interactions service (audited there). */
    async followUpDone(input: z.input<typeof FollowUpDone>): Promise<{ interactionId: string; followUpDoneAt: string }> {
      const { interactionId } = parseInput(FollowUpDone, input);
      const interaction = await deps.interactions.get(interactionId);
      if (interaction.followUpDate === null) throw fieldError('interactionId', 'reminder.noFollowUp');
      if (interaction.followUpDoneAt !== null) return { interactionId, followUpDoneAt: interaction.followUpDoneAt };
      const today = todayOf(ctx);
      await deps.interactions.update({ id: interactionId, patch: { followUpDoneAt: today } });
      return { interactionId, followUpDoneAt: today };
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
