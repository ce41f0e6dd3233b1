import type { Insertable, Selectable } from 'kysely';
import type { Page } from '@shared/domain/common';
import { calendarYearRange, type Contribution, type ContributionQuery } from '@shared/domain/funding';
import type { z } from 'zod';
import { paginate } from '../db/queryHelpers';
import type { ContributionTable } from '../db/tables/coursesFunding';
import type { Executor } from '../services/context';

type Row = Selectable<ContributionTable>;
type ListQuery = z.output<typeof ContributionQuery>;

function fromRow(row: Row): Contribution {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    agreementId: row.agreement_id,
    kind: row.kind,
    items: row.items,
    valueFen: row.value_fen,
    date: row.date,
    target: row.target,
    traineePersonDays: row.trainee_person_days,
    majorId: row.major_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(contribution: Contribution): Insertable<ContributionTable> {
  return {
    id: contribution.id,
    organisation_id: contribution.organisationId,
    agreement_id: contribution.agreementId,
    kind: contribution.kind,
    items: contribution.items,
    value_fen: contribution.valueFen,
    date: contribution.date,
    target: contribution.target,
    trainee_person_days: contribution.traineePersonDays,
    major_id: contribution.majorId,
    created_at: contribution.createdAt,
    updated_at: contribution.updatedAt,
    deleted_at: contribution.deletedAt,
  };
}

const SORT_COLUMNS = { date: 'date', valueFen: 'value_fen', createdAt: 'created_at' } as const;

export async function listContributions(db: Executor, query: ListQuery): Promise<Page<Contribution>> {
  let qb = db
    .selectFrom('contribution')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.organisationId !== undefined) qb = qb.where('organisation_id', '=', query.organisationId);
  if (query.kind !== undefined) qb = qb.where('kind', '=', query.kind);
  if (query.majorId !== undefined) qb = qb.where('major_id', '=', query.majorId);
  if (query.year !== undefined) {
    const { from, to } = calendarYearRange(query.year);
    qb = qb.where('date', '>=', from).where('date', '<=', to);
  }
  qb = qb.orderBy(SORT_COLUMNS[query.sortBy], query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}

export async function findContribution(db: Executor, id: string): Promise<Contribution | undefined> {
  const row = await db.selectFrom('contribution').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertContribution(db: Executor, contribution: Contribution): Promise<void> {
  await db.insertInto('contribution').values(toRow(contribution)).execute();
}

export async function updateContribution(db: Executor, contribution: Contribution): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(contribution);
  await db.updateTable('contribution').set(changes).where('id', '=', id).execute();
}
