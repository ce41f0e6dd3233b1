import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// Agreements as the indicator reports see them: which partner cooperates with which major,
// since when, and whether the cooperation runs in a period. Drafts and agreements still
// being signed are no cooperation yet; trashed agreements and partners do not count.
// A terminated agreement was in force until its terminated_on (migration 0014), so a report
// for a past period shows the cooperation as it was then, whatever happened since.

export interface AgreementLink {
  agreementId: string;
  title: string;
  organisationId: string;
  /** A live major the agreement covers; null for an agreement without majors. */
  majorId: string | null;
  status: 'active' | 'renewing' | 'renewed' | 'terminated';
  /** start_date, else sign_date. */
  startDate: string | null;
  endDate: string | null;
  /** The day a terminated agreement ended; null for the other statuses. */
  terminatedOn: string | null;
}

interface LinkRow {
  agreement_id: string;
  title: string;
  organisation_id: string;
  major_id: string | null;
  status: AgreementLink['status'];
  start_date: string | null;
  end_date: string | null;
  terminated_on: string | null;
}

const fromRow = (r: LinkRow): AgreementLink => ({
  agreementId: r.agreement_id,
  title: r.title,
  organisationId: r.organisation_id,
  majorId: r.major_id,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
  terminatedOn: r.terminated_on,
});

/** One link per agreement, partner party and covered major (or one with majorId null). */
export async function loadAgreementLinks(db: Executor): Promise<AgreementLink[]> {
  const { rows } = await sql<LinkRow>`
    select distinct a.id as agreement_id, a.title, p.organisation_id, m.id as major_id, a.status,
      coalesce(a.start_date, a.sign_date) as start_date, a.end_date, a.terminated_on
    from agreement a
      join agreement_party p on p.agreement_id = a.id and p.organisation_id is not null
      join organisation o on o.id = p.organisation_id and o.deleted_at is null
      left join agreement_major am on am.agreement_id = a.id
      left join major m on m.id = am.major_id and m.deleted_at is null
    where a.deleted_at is null and a.status in ('active', 'renewing', 'renewed', 'terminated')
    order by a.id, p.organisation_id, m.id`.execute(db);
  return rows.map(fromRow);
}

/**
 * The last day the agreement was in force: its end date, or the day it was terminated if
 * earlier. A terminated agreement without a date (none should remain after migration 0014)
 * has no known last day and is treated as ended before any period.
 */
function lastDay(link: AgreementLink): string | null | 'never' {
  if (link.status !== 'terminated') return link.endDate;
  if (link.terminatedOn === null) return 'never';
  return link.endDate !== null && link.endDate < link.terminatedOn ? link.endDate : link.terminatedOn;
}

/**
 * Whether the agreement was in force during part of [from, to]: active, being renewed,
 * renewed (it ran until its end date) or terminated (it ran until terminated_on), started by
 * `to` (an undated start counts) and not ended before `from`. One terminated before it
 * started was never in force.
 */
export function runsDuring(link: AgreementLink, from: string, to: string): boolean {
  const last = lastDay(link);
  if (last === 'never') return false;
  if (link.startDate !== null && link.startDate > to) return false;
  if (last !== null && link.startDate !== null && last < link.startDate) return false;
  return last === null || last >= from;
}

/**
 * Whether the agreement's cooperation had begun by `to`: it has a start (else sign) date on or
 * before `to` and was in force at some time (a terminated one not ended before it started).
 * 合作开始年月 is taken only from such agreements, so it is never later than the period.
 */
export function begunBy(link: AgreementLink, to: string): boolean {
  if (link.startDate === null || link.startDate > to) return false;
  const last = lastDay(link);
  return last !== 'never' && (last === null || last >= link.startDate);
}
