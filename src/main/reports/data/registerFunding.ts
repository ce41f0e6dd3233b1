import { sql } from 'kysely';
import type { FUNDING_DIRECTIONS, FUNDING_SOURCE_KINDS, PROGRAMME_TYPES } from '@shared/domain/enums';
import type { Executor } from '../../services/context';

// R14 经费来源与收支明细: live transactions of live or trashed sources (a trashed source
// cannot hold live transactions, the funding service refuses that), by 自然年.

export interface FundingDetailRow {
  id: string;
  source_id: string;
  source_name: string;
  source_kind: (typeof FUNDING_SOURCE_KINDS)[number];
  direction: (typeof FUNDING_DIRECTIONS)[number];
  amount_fen: number;
  date: string;
  voucher_no: string | null;
  summary: string | null;
  agreement_id: string | null;
  agreement_label: string | null;
  programme_type: (typeof PROGRAMME_TYPES)[number] | null;
  programme_name: string | null;
}

export async function listFundingDetails(db: Executor, range: { from: string; to: string }): Promise<FundingDetailRow[]> {
  const r = await sql<FundingDetailRow>`
    select t.id, s.id as source_id, s.name as source_name, s.kind as source_kind, t.direction, t.amount_fen, t.date,
      t.voucher_no, t.summary, a.id as agreement_id,
      case when a.id is null then null when a.agreement_no is null then a.title else a.agreement_no || ' ' || a.title end as agreement_label,
      t.programme_type,
      case t.programme_type
        when 'internship_base' then (select name from internship_base where id = t.programme_id)
        when 'order_class' then (select name from order_class where id = t.programme_id)
        when 'industry_college' then (select name from industry_college where id = t.programme_id)
        when 'cert_1x' then (select name from cert_1x where id = t.programme_id)
        else null end as programme_name
    from funding_txn t
    join funding_source s on s.id = t.source_id
    left join agreement a on a.id = t.agreement_id
    where t.deleted_at is null and t.date between ${range.from} and ${range.to}
    order by t.date, t.voucher_no, t.id`.execute(db);
  return r.rows;
}

export interface FundingSourceRef {
  id: string;
  name: string;
  kind: (typeof FUNDING_SOURCE_KINDS)[number];
}

/** Every source, kinds in their declared order, so the summary lists them like the funding page. */
export async function listSourcesByKind(db: Executor, kinds: readonly string[]): Promise<FundingSourceRef[]> {
  const rank = sql<number>`case kind ${sql.join(kinds.map((k, i) => sql`when ${k} then ${i}`), sql` `)} end`;
  const r = await sql<FundingSourceRef>`select id, name, kind from funding_source order by ${rank}, name, id`.execute(db);
  return r.rows;
}
