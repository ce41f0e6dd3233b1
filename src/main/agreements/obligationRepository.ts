import type { Selectable } from 'kysely';
import type { OBLIGATION_RECURRENCES } from '@shared/domain/enums';
import type { ObligationTable } from '../db/tables/agreements';
import type { Executor } from '../services/context';
import type { PartyRole } from './partyRepository';

type Row = Selectable<ObligationTable>;

export interface ObligationFields {
  partyRole: PartyRole;
  text: string;
  quantity: number | null;
  unit: string | null;
  dueDate: string | null;
  recurrence: (typeof OBLIGATION_RECURRENCES)[number];
  doneAt: string | null;
}
export interface ObligationRecord extends ObligationFields {
  id: string;
}

function toRow(agreementId: string, o: ObligationRecord): Row {
  return {
    id: o.id,
    agreement_id: agreementId,
    party_role: o.partyRole,
    text: o.text,
    quantity: o.quantity,
    unit: o.unit,
    due_date: o.dueDate,
    recurrence: o.recurrence,
    done_at: o.doneAt,
  };
}

function fromRow(r: Row): ObligationRecord {
  return {
    id: r.id,
    partyRole: r.party_role,
    text: r.text,
    quantity: r.quantity,
    unit: r.unit,
    dueDate: r.due_date,
    recurrence: r.recurrence,
    doneAt: r.done_at,
  };
}

export async function insertObligations(
  db: Executor,
  agreementId: string,
  obligations: readonly ObligationRecord[],
): Promise<void> {
  if (obligations.length === 0) return;
  await db
    .insertInto('obligation')
    .values(obligations.map((o) => toRow(agreementId, o)))
    .execute();
}

export async function deleteObligations(db: Executor, agreementId: string): Promise<void> {
  await db.deleteFrom('obligation').where('agreement_id', '=', agreementId).execute();
}

/** In the order they were entered: ids are UUID v7, so they sort by creation. */
export async function obligationsOf(db: Executor, agreementId: string): Promise<ObligationRecord[]> {
  const rows = await db
    .selectFrom('obligation')
    .selectAll()
    .where('agreement_id', '=', agreementId)
    .orderBy('id')
    .execute();
  return rows.map(fromRow);
}
