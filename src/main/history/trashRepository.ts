import { type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../db/schema';
import type { Page } from '@shared/domain/common';
import type { TRASH_ENTITY_TYPES } from '@shared/domain/system';
import { paginate } from '../db/queryHelpers';
import type { Executor } from '../services/context';

export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

export interface TrashRow {
  entityType: TrashEntityType;
  id: string;
  title: string;
  deletedAt: string;
}

const entityTypeColumn = (entityType: TrashEntityType) => sql<TrashEntityType>`${sql.lit(entityType)}`.as('entity_type');
const kindAndDate = sql<string>`kind || ' ' || date`.as('title');

/** One SELECT per soft-deletable table, each giving (entity_type, id, title, deleted_at) of its trash. */
interface TrashSelection {
  entity_type: TrashEntityType;
  id: string;
  title: string;
  deleted_at: string | null;
}

// Widened to `keyof DB` so the parts share one type and can be UNIONed; every part
// selects the same four columns, and every listed table has `deleted_at`.
function trashedOf(db: Executor, entityType: TrashEntityType): SelectQueryBuilder<DB, keyof DB, TrashSelection> {
  switch (entityType) {
    case 'partner':
      return db.selectFrom('organisation').select([entityTypeColumn(entityType), 'id', 'full_name as title', 'deleted_at']);
    case 'contact':
      return db.selectFrom('contact').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'agreement':
      return db.selectFrom('agreement').select([entityTypeColumn(entityType), 'id', 'title', 'deleted_at']);
    case 'interaction':
      return db.selectFrom('interaction').select([entityTypeColumn(entityType), 'id', kindAndDate, 'deleted_at']);
    case 'course':
      return db.selectFrom('joint_course').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'fundingSource':
      return db.selectFrom('funding_source').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'fundingTxn':
      return db.selectFrom('funding_txn').select([
        entityTypeColumn(entityType),
        'id',
        // Voucher number and summary, whichever exist; the date when neither does.
        sql<string>`coalesce(nullif(trim(coalesce(voucher_no, '') || ' ' || coalesce(summary, '')), ''), date)`.as(
          'title',
        ),
        'deleted_at',
      ]);
    case 'contribution':
      return db.selectFrom('contribution').select([entityTypeColumn(entityType), 'id', kindAndDate, 'deleted_at']);
  }
}

/**
 * The trash across entity tables, newest deletion first, as one UNION ALL so that
 * sorting and paging happen in SQLite and not over rows loaded into memory.
 */
export async function listTrash(
  db: Executor,
  options: { entityTypes: readonly TrashEntityType[]; page: number; pageSize: number },
): Promise<Page<TrashRow>> {
  const [first, ...rest] = options.entityTypes.map((entityType) =>
    trashedOf(db, entityType).where('deleted_at', 'is not', null),
  );
  if (!first) return { items: [], total: 0 };
  const union = rest.reduce((acc, part) => acc.unionAll(part), first);
  const qb = db
    .selectFrom(union.as('trash'))
    .selectAll()
    .orderBy('deleted_at', 'desc')
    .orderBy('entity_type')
    .orderBy('id', 'desc');
  const { rows, total } = await paginate(qb, options.page, options.pageSize);
  return {
    items: rows.map((row) => ({
      entityType: row.entity_type,
      id: row.id,
      title: row.title,
      // Every part filters `deleted_at is not null`.
      deletedAt: row.deleted_at ?? '',
    })),
    total,
  };
}
