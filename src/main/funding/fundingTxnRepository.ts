import type { Insertable, Selectable } from 'kysely';
import type { Page } from '@shared/domain/common';
import { calendarYearRange, type FundingTxn, type FundingTxnQuery } from '@shared/domain/funding';
import type { z } from 'zod';
import { paginate } from '../db/queryHelpers';
import type { FundingTxnTable } from '../db/tables/coursesFunding';
import type { Executor } from '../services/context';

type Row = Selectable<FundingTxnTable>;
type ListQuery = z.output<typeof FundingTxnQuery>;

function fromRow(row: Row): FundingTxn {
  return {
    id: row.id,
    sourceId: row.source_id,
    direction: row.direction,
    amountFen: row.amount_fen,
    date: row.date,
    voucherNo: row.voucher_no,
    agreementId: row.agreement_id,
    programmeType: row.programme_type,
    programmeId: row.programme_id,
    summary: row.summary,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

// attachment_id is not part of the API yet (the attachments feature sets it), so toRow
// leaves it out: inserts store NULL and updates never clear a linked voucher scan.
function toRow(txn: FundingTxn): Omit<Insertable<FundingTxnTable>, 'attachment_id'> {
  return {
    id: txn.id,
    source_id: txn.sourceId,
    direction: txn.direction,
    amount_fen: txn.amountFen,
    date: txn.date,
    voucher_no: txn.voucherNo,
    agreement_id: txn.agreementId,
    programme_type: txn.programmeType,
    programme_id: txn.programmeId,
    summary: txn.summary,
    created_at: txn.createdAt,
    updated_at: txn.updatedAt,
    deleted_at: txn.deletedAt,
  };
}

const SORT_COLUMNS = { date: 'date', amountFen: 'amount_fen', createdAt: 'created_at' } as const;

export async function listFundingTxns(db: Executor, query: ListQuery): Promise<Page<FundingTxn>> {
  let qb = db
    .selectFrom('funding_txn')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.sourceId !== undefined) qb = qb.where('source_id', '=', query.sourceId);
  if (query.agreementId !== undefined) qb = qb.where('agreement_id', '=', query.agreementId);
  if (query.direction !== undefined) qb = qb.where('direction', '=', query.direction);
  // ISO dates compare as text, so the range is inclusive on both ends.
  if (query.from !== undefined) qb = qb.where('date', '>=', query.from);
  if (query.to !== undefined) qb = qb.where('date', '<=', query.to);
  if (query.year !== undefined) {
    const { from, to } = calendarYearRange(query.year);
    qb = qb.where('date', '>=', from).where('date', '<=', to);
  }
  if (query.sourceKind !== undefined) {
    const kind = query.sourceKind;
    qb = qb.where('source_id', 'in', (eb) => eb.selectFrom('funding_source').select('id').where('kind', '=', kind));
  }
  qb = qb.orderBy(SORT_COLUMNS[query.sortBy], query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}

export async function findFundingTxn(db: Executor, id: string): Promise<FundingTxn | undefined> {
  const row = await db.selectFrom('funding_txn').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertFundingTxn(db: Executor, txn: FundingTxn): Promise<void> {
  await db.insertInto('funding_txn').values(toRow(txn)).execute();
}

export async function updateFundingTxn(db: Executor, txn: FundingTxn): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(txn);
  await db.updateTable('funding_txn').set(changes).where('id', '=', id).execute();
}

export async function countLiveTxnsOfSource(db: Executor, sourceId: string): Promise<number> {
  const row = await db
    .selectFrom('funding_txn')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_id', '=', sourceId)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
