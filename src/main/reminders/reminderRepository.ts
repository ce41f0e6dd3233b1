import { sql, type Selectable } from 'kysely';
import { REMINDER_STORAGE, type ReminderState, type ReminderViewKind } from '@shared/domain/reminders';
import type { ReminderTable } from '../db/tables/support';
import type { Executor } from '../services/context';
import { reminderSource, type SourceContext } from './reminderSourceRepository';

/** One due reminder as the sources produce it, with its stored snooze (if any). */
export interface DueRow {
  entity_id: string;
  due_date: string;
  lead_days: number | null;
  title: string;
  detail: string | null;
  agreement_id: string | null;
  organisation_id: string | null;
  snoozed_until: string | null;
}

export interface DueFilter {
  includeSnoozed: boolean;
  /** Narrow to one reminder (dismiss and snooze check that it is due). */
  only?: { entityId: string; dueDate: string; leadDays: number | null };
}

/**
 * The due reminders of one kind minus the dismissed ones (and the snoozed ones unless asked).
 * A stored row silences exactly one stage: it must match entity, kind, due date and lead days.
 */
function dueQuery(kind: ReminderViewKind, c: SourceContext, filter: DueFilter) {
  const storage = REMINDER_STORAGE[kind];
  const match = sql`r.deleted_at is null and r.entity_type = ${storage.entityType} and r.entity_id = c.entity_id
    and r.kind = ${storage.kind} and r.due_date = c.due_date and r.lead_days is c.lead_days`;
  const only = filter.only
    ? sql`and c.entity_id = ${filter.only.entityId} and c.due_date = ${filter.only.dueDate} and c.lead_days is ${filter.only.leadDays}`
    : sql``;
  const snoozeFilter = filter.includeSnoozed ? sql`` : sql`and (s.snoozed_until is null or s.snoozed_until <= ${c.today})`;
  return sql`
    with c as (${reminderSource(kind, c)}),
    s as (
      select c.*,
        (select max(r.snoozed_until) from reminder r where ${match}) as snoozed_until,
        exists (select 1 from reminder r where ${match} and r.dismissed_at is not null) as dismissed
      from c where 1 = 1 ${only}
    )
    select entity_id, due_date, lead_days, title, detail, agreement_id, organisation_id, snoozed_until
    from s where dismissed = 0 ${snoozeFilter}`;
}

export async function countDue(db: Executor, kind: ReminderViewKind, c: SourceContext, filter: DueFilter): Promise<number> {
  const r = await sql<{ n: number }>`select count(*) as n from (${dueQuery(kind, c, filter)})`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/** Soonest first; ties by id so the order is stable. */
export async function listDue(
  db: Executor,
  kind: ReminderViewKind,
  c: SourceContext,
  filter: DueFilter,
  limit: number,
): Promise<DueRow[]> {
  const r = await sql<DueRow>`select * from (${dueQuery(kind, c, filter)}) order by due_date, entity_id limit ${limit}`.execute(db);
  return r.rows;
}

type StateRow = Selectable<ReminderTable>;

function stateOf(r: StateRow): ReminderState {
  return {
    id: r.id,
    entityType: r.entity_type as ReminderState['entityType'],
    entityId: r.entity_id,
    kind: r.kind,
    dueDate: r.due_date,
    leadDays: r.lead_days,
    snoozedUntil: r.snoozed_until,
    dismissedAt: r.dismissed_at,
    updatedAt: r.updated_at,
  };
}

export interface StateKey {
  entityType: ReminderState['entityType'];
  entityId: string;
  kind: ReminderState['kind'];
  dueDate: string;
  leadDays: number | null;
}

export async function findState(db: Executor, key: StateKey): Promise<ReminderState | undefined> {
  const row = await db
    .selectFrom('reminder')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('entity_type', '=', key.entityType)
    .where('entity_id', '=', key.entityId)
    .where('kind', '=', key.kind)
    .where('due_date', '=', key.dueDate)
    .where('lead_days', 'is', key.leadDays)
    .executeTakeFirst();
  return row ? stateOf(row) : undefined;
}

export async function insertState(db: Executor, id: string, key: StateKey, fields: { snoozedUntil: string | null; dismissedAt: string | null }, stamp: string): Promise<void> {
  await db
    .insertInto('reminder')
    .values({
      id,
      entity_type: key.entityType,
      entity_id: key.entityId,
      kind: key.kind,
      due_date: key.dueDate,
      lead_days: key.leadDays,
      done_at: null,
      snoozed_until: fields.snoozedUntil,
      dismissed_at: fields.dismissedAt,
      created_at: stamp,
      updated_at: stamp,
      deleted_at: null,
    })
    .execute();
}

export async function updateState(db: Executor, id: string, fields: { snoozedUntil?: string | null; dismissedAt?: string | null }, stamp: string): Promise<void> {
  await db
    .updateTable('reminder')
    .set({
      ...(fields.snoozedUntil !== undefined ? { snoozed_until: fields.snoozedUntil } : {}),
      ...(fields.dismissedAt !== undefined ? { dismissed_at: fields.dismissedAt } : {}),
      updated_at: stamp,
    })
    .where('id', '=', id)
    .execute();
}

export async function getState(db: Executor, id: string): Promise<ReminderState | undefined> {
  const row = await db.selectFrom('reminder').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? stateOf(row) : undefined;
}
