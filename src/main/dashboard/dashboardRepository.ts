import { sql } from 'kysely';
import type { DashboardSummary } from '@shared/domain/dashboard';
import type { Executor } from '../services/context';

// Aggregates only: every function returns a handful of grouped rows, never the records, so the
// dashboard stays fast at 100k partners. The partner counts scan covering indexes
// (organisation_by_status, organisation_by_industry, organisation_by_region): `+deleted_at`
// stops SQLite from preferring a search on deleted_at that would then read all 100k rows.

type Summary = DashboardSummary;
type Counted<K extends string, V> = { [P in K]: V } & { count: number };

/**
 * Live agreements by the status the user sees: 'active' ones past their end date count as
 * 'expired', within the longest lead time as 'expiring' (agreementLifecycle.effectiveStatus).
 */
export async function agreementsByEffectiveStatus(
  db: Executor,
  today: string,
  expiringTo: string,
): Promise<Summary['agreements']['byStatus']> {
  const r = await sql<Counted<'status', Summary['agreements']['byStatus'][number]['status']>>`
    select case
        when status = 'active' and end_date < ${today} then 'expired'
        when status = 'active' and end_date <= ${expiringTo} then 'expiring'
        else status end as status,
      count(*) as count
    from agreement where deleted_at is null
    group by 1 order by 1`.execute(db);
  return r.rows;
}

export async function agreementsByType(db: Executor): Promise<Summary['agreements']['byType']> {
  return db
    .selectFrom('agreement')
    .select(['type', sql<number>`count(*)`.as('count')])
    .where('deleted_at', 'is', null)
    .groupBy('type')
    .orderBy('type')
    .execute();
}

/**
 * Agreements that show as 即将到期: active and ending between today and `to` (the longest lead
 * time), as effectiveStatus and the expiring reminders decide. A renewing agreement is already
 * being dealt with, so it is not counted. Count and the soonest `limit`.
 */
export async function agreementsExpiring(
  db: Executor,
  today: string,
  to: string,
  limit: number,
): Promise<{ count: number; items: { id: string; title: string; agreementNo: string | null; endDate: string }[] }> {
  const base = db
    .selectFrom('agreement')
    .where('status', '=', 'active')
    .where('deleted_at', 'is', null)
    .where('end_date', '>=', today)
    .where('end_date', '<=', to);
  const counted = await base.select(sql<number>`count(*)`.as('count')).executeTakeFirst();
  const rows = await base
    .select(['id', 'title', 'agreement_no as agreementNo', 'end_date as endDate'])
    .orderBy('end_date')
    .orderBy('id')
    .limit(limit)
    .execute();
  return { count: Number(counted?.count ?? 0), items: rows.map((r) => ({ ...r, endDate: r.endDate ?? today })) };
}

export async function partnerTotals(db: Executor): Promise<{ total: number; byStatus: Summary['partners']['byStatus'] }> {
  const byStatus = await db
    .selectFrom('organisation')
    .select(['status', sql<number>`count(*)`.as('count')])
    .where(sql<boolean>`+deleted_at is null`)
    .groupBy('status')
    .orderBy('status')
    .execute();
  return { total: byStatus.reduce((n, r) => n + r.count, 0), byStatus };
}

export async function partnersByIndustry(db: Executor): Promise<Summary['partners']['byIndustry']> {
  return db
    .selectFrom('organisation')
    .select(['industry_section as industrySection', sql<number>`count(*)`.as('count')])
    .where(sql<boolean>`+deleted_at is null`)
    .groupBy('industry_section')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('industry_section')
    .execute();
}

/**
 * Live partners per region name. Counted as (all rows) − (trashed rows) so both scans use an
 * index alone: organisation_by_region covers the first, and the few trashed rows are found
 * through organisation_live_by_name (deleted_at first). The caller folds names into provinces.
 */
export async function partnersByRegionName(db: Executor): Promise<{ regionName: string | null; count: number }[]> {
  const all = await sql<{ regionName: string | null; count: number }>`
    select region_name as regionName, count(*) as count from organisation group by region_name`.execute(db);
  const trashed = await sql<{ regionName: string | null; count: number }>`
    select region_name as regionName, count(*) as count from organisation indexed by organisation_live_by_name
    where deleted_at is not null group by region_name`.execute(db);
  const minus = new Map(trashed.rows.map((r) => [r.regionName, r.count]));
  return all.rows
    .map((r) => ({ regionName: r.regionName, count: r.count - (minus.get(r.regionName) ?? 0) }))
    .filter((r) => r.count > 0);
}

/** Live transactions by the kind of their source, calendar year (自然年) and direction, in fen. */
export async function fundingBySourceKindAndYear(db: Executor): Promise<Summary['funding']> {
  const rows = await db
    .selectFrom('funding_txn as t')
    .innerJoin('funding_source as s', 's.id', 't.source_id')
    .select([
      's.kind as sourceKind',
      sql<number>`cast(substr(t.date, 1, 4) as integer)`.as('year'),
      't.direction as direction',
      sql<number>`sum(t.amount_fen)`.as('amountFen'),
      sql<number>`count(*)`.as('count'),
    ])
    .where('t.deleted_at', 'is', null)
    .groupBy(['s.kind', sql`substr(t.date, 1, 4)`, 't.direction'])
    .orderBy('year')
    .orderBy('s.kind')
    .orderBy('t.direction')
    .execute();
  return rows;
}

/** Live contributions by kind and calendar year: total value (fen) and trainee person-days. */
export async function contributionsByKindAndYear(db: Executor): Promise<Summary['contributions']> {
  return db
    .selectFrom('contribution')
    .select([
      'kind',
      sql<number>`cast(substr(date, 1, 4) as integer)`.as('year'),
      sql<number>`coalesce(sum(value_fen), 0)`.as('valueFen'),
      sql<number>`coalesce(sum(trainee_person_days), 0)`.as('personDays'),
      sql<number>`count(*)`.as('count'),
    ])
    .where('deleted_at', 'is', null)
    .groupBy(['kind', sql`substr(date, 1, 4)`])
    .orderBy('year')
    .orderBy('kind')
    .execute();
}
