import { sql } from 'kysely';
import type { Executor } from '../services/context';

// The partner's live agreement of one type (issue 10: a roster's 合作开始日期 / 合作类型
// columns create or complete it). "Live": not trashed and neither ended nor replaced.

export async function liveAgreementOfType(db: Executor, organisationId: string, type: string): Promise<{ id: string; startDate: string | null; status: string } | null> {
  const r = await sql<{ id: string; start_date: string | null; status: string }>`select a.id, a.start_date, a.status from agreement a
    join agreement_party p on p.agreement_id = a.id
    where p.organisation_id = ${organisationId} and a.type = ${type} and a.deleted_at is null
      and a.status not in ('terminated', 'renewed')
    order by a.created_at limit 1`.execute(db);
  const row = r.rows[0];
  return row ? { id: row.id, startDate: row.start_date, status: row.status } : null;
}
