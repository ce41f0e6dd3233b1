import type { Interaction } from '@shared/domain/interaction';
import { paginate } from '../db/queryHelpers';
import type { Executor } from '../services/context';
import { fromRow } from './interactionRepository';

/** An interaction with the names the timeline and the follow-up list show beside it. */
export interface InteractionWithNames {
  interaction: Interaction;
  partnerName: string;
  staffName: string | null;
}

function entriesQuery(db: Executor) {
  return db
    .selectFrom('interaction as i')
    .innerJoin('organisation as o', 'o.id', 'i.organisation_id')
    .leftJoin('staff as s', 's.id', 'i.staff_id')
    .selectAll('i')
    .select(['o.full_name as partner_name', 's.name as staff_name'])
    .where('i.deleted_at', 'is', null);
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['executeTakeFirstOrThrow']>>;

function toEntry(row: EntryRow): InteractionWithNames {
  const { partner_name: partnerName, staff_name: staffName, ...rest } = row;
  return { interaction: fromRow(rest), partnerName, staffName };
}

/** One partner's live interactions, newest first (the timeline). */
export async function listPartnerTimeline(
  db: Executor,
  query: { organisationId: string; page: number; pageSize: number },
): Promise<{ items: InteractionWithNames[]; total: number }> {
  const qb = entriesQuery(db)
    .where('i.organisation_id', '=', query.organisationId)
    .orderBy('i.date', 'desc')
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc');
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(toEntry), total };
}

/** Open follow-ups dated on or before `dueBy` of live partners, soonest (most overdue) first. */
export async function listOpenFollowUps(
  db: Executor,
  query: { dueBy: string; page: number; pageSize: number },
): Promise<{ items: InteractionWithNames[]; total: number }> {
  const qb = entriesQuery(db)
    .where('o.deleted_at', 'is', null)
    // Same predicate as the partial index interaction_open_follow_ups.
    .where('i.follow_up_done_at', 'is', null)
    .where('i.follow_up_date', '<=', query.dueBy)
    .orderBy('i.follow_up_date', 'asc')
    .orderBy('i.id', 'asc');
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(toEntry), total };
}
