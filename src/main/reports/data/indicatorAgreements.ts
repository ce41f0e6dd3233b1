import { sql } from 'kysely';
import type { Executor } from '../../services/context';

// Agreements as the indicator reports see them: which partner cooperates with which major,
// since when, and whether the cooperation runs in a period. Drafts and agreements still
// being signed are no cooperation yet; trashed agreements and partners do not count.

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
}

interface LinkRow {
  agreement_id: string;
  title: string;
  organisation_id: string;
  major_id: string | null;
  status: AgreementLink['status'];
  start_date: string | null;
  end_date: string | null;
}

const fromRow = (r: LinkRow): AgreementLink => ({
  agreementId: r.agreement_id,
  title: r.title,
  organisationId: r.organisation_id,
  majorId: r.major_id,
  status: r.status,
  startDate: r.start_date,
  endDate: r.end_date,
});

/** One link per agreement, partner party and covered major (or one with majorId null). */
export async function loadAgreementLinks(db: Executor): Promise<AgreementLink[]> {
  const { rows } = await sql<LinkRow>`
    select distinct a.id as agreement_id, a.title, p.organisation_id, m.id as major_id, a.status,
      coalesce(a.start_date, a.sign_date) as start_date, a.end_date
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
 * Whether the agreement was in force during part of [from, to]: active, being renewed or
 * renewed (a renewed agreement ran until its end date), started by `to` and not ended
 * before `from`. Terminated agreements carry no termination date, so they do not count.
 */
export function runsDuring(link: AgreementLink, from: string, to: string): boolean {
  if (link.status === 'terminated') return false;
  if (link.startDate !== null && link.startDate > to) return false;
  return link.endDate === null || link.endDate >= from;
}
