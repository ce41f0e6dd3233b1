import { sql } from 'kysely';
import type { ReminderViewKind } from '@shared/domain/reminders';
import type { ReportFilters } from '@shared/domain/report';
import type { Executor } from '../../services/context';
import { reminderSource, type SourceContext } from '../../reminders/reminderSourceRepository';
import { agreementHasMajor, agreementHasParty, inUnit, partyNames, partnerInScope } from './registerScope';

// R11 协议到期预警 reads the reminder sources themselves (src/main/reminders), so the report
// and the reminders page can never disagree on what is due. Unlike the page it ignores
// dismiss and snooze: a printed warning list shows everything that is due.

/** The agreement `a` is of the filtered unit, linked to the filtered major and signed with the filtered partner. */
const agreementInScope = (filters: ReportFilters) => {
  const a = sql.ref('a.id');
  return sql`${inUnit(sql.ref('a.org_unit_id'), filters)} and ${agreementHasMajor(a, filters)} and ${agreementHasParty(a, filters)}`;
};

export interface DueAgreementRow {
  entity_id: string;
  due_date: string;
  lead_days: number | null;
  agreement_id: string;
  agreement_no: string | null;
  title: string;
  partner: string | null;
  unit_name: string | null;
  start_date: string | null;
  sign_date: string | null;
}

export async function listDueAgreements(
  db: Executor,
  kind: Extract<ReminderViewKind, 'expiring' | 'expired' | 'noEndDate'>,
  c: SourceContext,
  filters: ReportFilters,
): Promise<DueAgreementRow[]> {
  const r = await sql<DueAgreementRow>`
    with c as (${reminderSource(kind, c)})
    select c.entity_id, c.due_date, c.lead_days, a.id as agreement_id, a.agreement_no, a.title,
      ${partyNames(sql.ref('a.id'), '乙')} as partner, u.name as unit_name, a.start_date, a.sign_date
    from c join agreement a on a.id = c.agreement_id
    left join org_unit u on u.id = a.org_unit_id
    where ${agreementInScope(filters)}
    order by c.due_date, a.agreement_no, a.id`.execute(db);
  return r.rows;
}

export interface DueFollowUpRow {
  entity_id: string;
  due_date: string;
  partner: string;
  organisation_id: string;
  detail: string | null;
  staff_name: string | null;
  date: string;
}

/** Follow-ups are with a partner: the partner filter picks its own, unit and major go through partnerInScope. */
export async function listDueFollowUps(db: Executor, c: SourceContext, filters: ReportFilters): Promise<DueFollowUpRow[]> {
  const r = await sql<DueFollowUpRow>`
    with c as (${reminderSource('followup', c)})
    select c.entity_id, c.due_date, c.title as partner, c.organisation_id, c.detail, s.name as staff_name, i.date
    from c join interaction i on i.id = c.entity_id
    left join staff s on s.id = i.staff_id
    where ${filters.organisationId === undefined ? sql`1 = 1` : sql`c.organisation_id = ${filters.organisationId}`}
      and ${partnerInScope(sql.ref('c.organisation_id'), filters)}
    order by c.due_date, c.title, c.entity_id`.execute(db);
  return r.rows;
}

export interface DueObligationRow {
  entity_id: string;
  due_date: string;
  text: string;
  party_role: string;
  quantity: number | null;
  unit: string | null;
  agreement_id: string;
  agreement_no: string | null;
  agreement_title: string;
}

export async function listDueObligations(db: Executor, c: SourceContext, filters: ReportFilters): Promise<DueObligationRow[]> {
  const r = await sql<DueObligationRow>`
    with c as (${reminderSource('obligation', c)})
    select c.entity_id, c.due_date, ob.text, ob.party_role, ob.quantity, ob.unit,
      a.id as agreement_id, a.agreement_no, a.title as agreement_title
    from c join obligation ob on ob.id = c.entity_id
    join agreement a on a.id = c.agreement_id
    where ${agreementInScope(filters)}
    order by c.due_date, a.agreement_no, c.entity_id`.execute(db);
  return r.rows;
}
