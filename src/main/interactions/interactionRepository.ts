import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { Page } from '@shared/domain/common';
import type { Interaction, InteractionQuery } from '@shared/domain/interaction';
import type { InteractionTable } from '../db/tables/agreements';
import { paginate } from '../db/queryHelpers';
import type { Executor } from '../services/context';

export type InteractionRow = Selectable<InteractionTable>;
type Row = InteractionRow;
type ParsedQuery = z.output<typeof InteractionQuery>;

export function fromRow(r: Row): Interaction {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    kind: r.kind,
    date: r.date,
    staffId: r.staff_id,
    staffTitle: r.staff_title,
    hostName: r.host_name,
    hostTitle: r.host_title,
    eventName: r.event_name,
    location: r.location,
    summary: r.summary,
    outcomeForm: r.outcome_form,
    demandMajorCode: r.demand_major_code,
    demandMajorName: r.demand_major_name,
    demandMajorLevel: r.demand_major_level,
    positionsOffered: r.positions_offered,
    averageSalaryFen: r.average_salary_fen,
    internMajors: r.intern_majors,
    internCount: r.intern_count,
    internPayFen: r.intern_pay_fen,
    employMajors: r.employ_majors,
    employCount: r.employ_count,
    startingSalaryFen: r.starting_salary_fen,
    otherIntents: r.other_intents,
    nextAction: r.next_action,
    followUpDate: r.follow_up_date,
    followUpDoneAt: r.follow_up_done_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
  };
}

function toRow(i: Interaction): Row {
  return {
    id: i.id,
    organisation_id: i.organisationId,
    kind: i.kind,
    date: i.date,
    staff_id: i.staffId,
    staff_title: i.staffTitle,
    host_name: i.hostName,
    host_title: i.hostTitle,
    event_name: i.eventName,
    location: i.location,
    summary: i.summary,
    outcome_form: i.outcomeForm,
    demand_major_code: i.demandMajorCode,
    demand_major_name: i.demandMajorName,
    demand_major_level: i.demandMajorLevel,
    positions_offered: i.positionsOffered,
    average_salary_fen: i.averageSalaryFen,
    intern_majors: i.internMajors,
    intern_count: i.internCount,
    intern_pay_fen: i.internPayFen,
    employ_majors: i.employMajors,
    employ_count: i.employCount,
    starting_salary_fen: i.startingSalaryFen,
    other_intents: i.otherIntents,
    next_action: i.nextAction,
    follow_up_date: i.followUpDate,
    follow_up_done_at: i.followUpDoneAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    deleted_at: i.deletedAt,
  };
}

export async function insertInteraction(db: Executor, interaction: Interaction): Promise<void> {
  await db.insertInto('interaction').values(toRow(interaction)).execute();
}

/** Rewrites the row's fields; trash state stays with softDelete/restoreRow. */
export async function updateInteraction(db: Executor, interaction: Interaction): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...fields } = toRow(interaction);
  await db.updateTable('interaction').set(fields).where('id', '=', id).execute();
}

/** The row whether live or trashed; the service decides what the trash means. */
export async function findInteraction(db: Executor, id: string): Promise<Interaction | undefined> {
  const row = await db.selectFrom('interaction').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

const SORT_COLUMNS = { date: 'date', followUpDate: 'follow_up_date', createdAt: 'created_at' } as const;

export async function listInteractions(db: Executor, query: ParsedQuery): Promise<Page<Interaction>> {
  let qb = db
    .selectFrom('interaction')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.organisationId !== undefined) qb = qb.where('organisation_id', '=', query.organisationId);
  if (query.kind !== undefined) qb = qb.where('kind', '=', query.kind);
  if (query.followUpDueBy !== undefined) {
    // Same predicate as the partial index interaction_open_follow_ups, so the planner can use it.
    qb = qb.where('follow_up_done_at', 'is', null).where('follow_up_date', '<=', query.followUpDueBy);
  }
  qb = qb.orderBy(SORT_COLUMNS[query.sortBy], query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}
