import { sql } from 'kysely';
import type { AGREEMENT_STATUSES, AGREEMENT_TYPES } from '@shared/domain/enums';
import type { ReportFilters } from '@shared/domain/report';
import type { Executor } from '../../services/context';
import { agreementHasMajor, agreementHasParty, inUnit, partyNames } from './registerScope';

// R10 合作协议台账: every live agreement whose term touches the period, or that was signed
// in it. An agreement without dates counts from its creation day, so new drafts appear.
// A terminated agreement's term ends on terminated_on (migration 0014) if that is earlier
// than its end date: it stays in the ledgers of the periods it ran in, not in later ones.

export interface AgreementLedgerRow {
  id: string;
  agreement_no: string | null;
  title: string;
  type: (typeof AGREEMENT_TYPES)[number];
  status: (typeof AGREEMENT_STATUSES)[number];
  sign_date: string | null;
  start_date: string | null;
  end_date: string | null;
  /** The day a terminated agreement ended (migration 0014). */
  terminated_on: string | null;
  amount_fen: number | null;
  has_scan: number;
  unit_name: string | null;
  unit_head: string | null;
  party_a: string | null;
  party_b: string | null;
  party_c: string | null;
  party_d: string | null;
  school_signatory: string | null;
  majors: string | null;
  prev_id: string | null;
  prev_label: string | null;
  next_id: string | null;
  next_label: string | null;
}

const a = sql.ref('a.id');

export async function listAgreementLedger(
  db: Executor,
  range: { from: string; to: string },
  filters: ReportFilters,
): Promise<AgreementLedgerRow[]> {
  const result = await sql<AgreementLedgerRow>`
    select a.id, a.agreement_no, a.title, a.type, a.status, a.sign_date, a.start_date, a.end_date, a.terminated_on, a.amount_fen,
      (a.signed_scan_attachment_id is not null) as has_scan,
      u.name as unit_name, u.head as unit_head,
      ${partyNames(a, '甲')} as party_a, ${partyNames(a, '乙')} as party_b,
      ${partyNames(a, '丙')} as party_c, ${partyNames(a, '丁')} as party_d,
      (select p.signatory from agreement_party p where p.agreement_id = a.id and p.party_type = 'school'
        order by p.role limit 1) as school_signatory,
      (select group_concat(name, '、') from (select m.name from agreement_major am
        join major m on m.id = am.major_id where am.agreement_id = a.id and m.deleted_at is null order by m.code, m.name)) as majors,
      prev.id as prev_id, coalesce(prev.agreement_no, prev.title) as prev_label,
      nxt.id as next_id, coalesce(nxt.agreement_no, nxt.title) as next_label
    from agreement a
    left join org_unit u on u.id = a.org_unit_id
    left join agreement prev on prev.id = a.renewal_of_id and prev.deleted_at is null
    left join agreement nxt on nxt.id = (select n.id from agreement n where n.renewal_of_id = a.id and n.deleted_at is null
      order by n.created_at, n.id limit 1)
    where a.deleted_at is null
      and ((a.sign_date between ${range.from} and ${range.to})
        or (coalesce(a.start_date, a.sign_date, substr(a.created_at, 1, 10)) <= ${range.to}
          and (a.end_date is null or a.end_date >= ${range.from})
          and (a.terminated_on is null or a.terminated_on >= ${range.from})))
      and ${inUnit(sql.ref('a.org_unit_id'), filters)}
      and ${agreementHasMajor(a, filters)}
      and ${agreementHasParty(a, filters)}
    order by coalesce(a.sign_date, a.start_date, substr(a.created_at, 1, 10)), a.agreement_no, a.id`.execute(db);
  return result.rows;
}
