import type { z } from 'zod';
import { Id, type Page } from '@shared/domain/common';
import { type Interaction, InteractionDraft, InteractionPatch, InteractionQuery } from '@shared/domain/interaction';
import { restoreRow, softDelete } from '../db/queryHelpers';
import { notFound } from '../errors';
import { assertReferences, idIfChanged, type ReferenceCheck } from '../funding/referenceGuard';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { type Executor, nowIso, type ServiceContext, todayOf } from '../services/context';
import { parseInput } from '../services/validate';
import {
  FollowUpDoneInput,
  FollowUpsDueQuery,
  followUpState,
  type InteractionEntry,
  type InteractionEntryPage,
  InteractionTimelineQuery,
} from '@shared/domain/capture';
import { addDays } from '@shared/format/dates';
import { type InteractionWithNames, listOpenFollowUps, listPartnerTimeline } from './interactionEntryRepository';
import { findInteraction, insertInteraction, listInteractions, updateInteraction } from './interactionRepository';

// A new touchpoint needs a live partner; the staff member (牵头拜访人) only has to exist,
// since records of past visits may name someone who has since left.
function referenceChecks(ids: { organisationId: string | null; staffId: string | null }): ReferenceCheck[] {
  return [
    { field: 'organisationId', id: ids.organisationId, table: 'organisation', live: true },
    { field: 'staffId', id: ids.staffId, table: 'staff', live: false },
  ];
}

async function liveInteraction(db: Executor, id: string): Promise<Interaction> {
  const interaction = await findInteraction(db, id);
  if (!interaction || interaction.deletedAt !== null) throw notFound('interaction', id);
  return interaction;
}

function toEntry(row: InteractionWithNames, today: string): InteractionEntry {
  const { interaction, partnerName, staffName } = row;
  return { ...interaction, partnerName, staffName, followUpState: followUpState(interaction, today) };
}

export function createInteractionService(ctx: ServiceContext) {
  return {
    /** A partner's timeline, newest first, each follow-up's state judged by the core's clock. */
    async timeline(query: z.input<typeof InteractionTimelineQuery>): Promise<InteractionEntryPage> {
      const parsed = parseInput(InteractionTimelineQuery, query);
      const today = todayOf(ctx);
      const { items, total } = await listPartnerTimeline(ctx.db, parsed);
      return { items: items.map((row) => toEntry(row, today)), total, today };
    },

    /** Open follow-ups due within `withinDays` (overdue ones first), across live partners. */
    async followUpsDue(query?: z.input<typeof FollowUpsDueQuery>): Promise<InteractionEntryPage> {
      const { withinDays, page, pageSize } = parseInput(FollowUpsDueQuery, query ?? {});
      const today = todayOf(ctx);
      const { items, total } = await listOpenFollowUps(ctx.db, { dueBy: addDays(today, withinDays), page, pageSize });
      return { items: items.map((row) => toEntry(row, today)), total, today };
    },

    /** Marks the follow-up done today (core clock) or reopens it; audited like any update. Idempotent. */
    async setFollowUpDone(input: z.input<typeof FollowUpDoneInput>): Promise<Interaction> {
      const { id, done } = parseInput(FollowUpDoneInput, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveInteraction(trx, id);
        const doneAt = done ? (current.followUpDoneAt ?? todayOf(ctx)) : null;
        if (doneAt === current.followUpDoneAt) return current;
        const next: Interaction = { ...current, followUpDoneAt: doneAt, updatedAt: nowIso(ctx) };
        await updateInteraction(trx, next);
        return next;
      });
    },

    /** Newest first by default; `followUpDueBy` lists the open follow-ups due by that date. */
    async list(query?: z.input<typeof InteractionQuery>): Promise<Page<Interaction>> {
      return listInteractions(ctx.db, parseInput(InteractionQuery, query ?? {}));
    },

    async get(id: string): Promise<Interaction> {
      return liveInteraction(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof InteractionDraft>): Promise<Interaction> {
      const fields = parseInput(InteractionDraft, draft);
      const stamp = nowIso(ctx);
      const interaction: Interaction = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return ctx.db.transaction().execute(async (trx) => {
        await assertReferences(trx, referenceChecks(interaction));
        await insertInteraction(trx, interaction);
        return interaction;
      });
    },

    /** The partner of an interaction is fixed (the patch schema has no organisationId). */
    async update(input: z.input<typeof InteractionPatch>): Promise<Interaction> {
      const { id, patch } = parseInput(InteractionPatch, input);
      return ctx.db.transaction().execute(async (trx) => {
        const current = await liveInteraction(trx, id);
        const next: Interaction = { ...mergePatch(current, patch), updatedAt: nowIso(ctx) };
        // An unchanged staff link was valid when saved; only a new one is checked.
        const changed = { organisationId: null, staffId: idIfChanged(current, next, 'staffId') };
        await assertReferences(trx, referenceChecks(changed), { pathPrefix: ['patch'] });
        await updateInteraction(trx, next);
        return next;
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const interactionId = parseInput(Id, id);
      const trashed = await softDelete(ctx.db, 'interaction', interactionId, nowIso(ctx));
      if (!trashed) throw notFound('interaction', interactionId);
      return { ok: true };
    },

    async restore(id: string): Promise<Interaction> {
      const interactionId = parseInput(Id, id);
      const stamp = nowIso(ctx);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await restoreRow(trx, 'interaction', interactionId, stamp))) throw notFound('interaction', interactionId);
        return liveInteraction(trx, interactionId);
      });
    },
  };
}

export type InteractionService = ReturnType<typeof createInteractionService>;
