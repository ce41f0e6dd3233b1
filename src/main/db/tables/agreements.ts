import type { Generated } from 'kysely';
import type {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  INTERACTION_KINDS,
  MAJOR_LEVELS,
  OBLIGATION_RECURRENCES,
  PARTY_ROLES,
  PARTY_TYPES,
} from '@shared/domain/enums';

// Tables of migration 0002. Booleans are 0/1 numbers; dates are ISO text.

type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
type PartyRole = (typeof PARTY_ROLES)[number];

export interface AgreementTable {
  id: string;
  agreement_no: string | null;
  title: string;
  type: (typeof AGREEMENT_TYPES)[number];
  org_unit_id: string | null;
  sign_date: string | null;
  start_date: string | null;
  end_date: string | null;
  auto_renew: Generated<number>;
  notice_days: number | null;
  amount_fen: number | null;
  copies_total: number | null;
  copies_each: number | null;
  status: Generated<AgreementStatus>;
  renewal_of_id: string | null;
  template_id: string | null;
  /** JSON object of document merge fields. */
  merge_values_json: Generated<string>;
  signed_scan_attachment_id: string | null;
  terminated_reason: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  /** Migration 0014: the day a terminated agreement ended; null on every other status. */
  terminated_on: string | null;
}

export interface AgreementMajorTable {
  agreement_id: string;
  major_id: string;
}

export interface AgreementPartyTable {
  id: string;
  agreement_id: string;
  role: PartyRole;
  party_type: (typeof PARTY_TYPES)[number];
  organisation_id: string | null;
  display_name: string | null;
  uscc: string | null;
  legal_representative: string | null;
  address: string | null;
  signatory: string | null;
  signed_date: string | null;
  sealed: Generated<number>;
}

export interface ObligationTable {
  id: string;
  agreement_id: string;
  party_role: PartyRole;
  text: string;
  quantity: number | null;
  unit: string | null;
  due_date: string | null;
  recurrence: Generated<(typeof OBLIGATION_RECURRENCES)[number]>;
  done_at: string | null;
}

export interface InteractionTable {
  id: string;
  organisation_id: string;
  kind: (typeof INTERACTION_KINDS)[number];
  date: string;
  staff_id: string | null;
  staff_title: string | null;
  host_name: string | null;
  host_title: string | null;
  event_name: string | null;
  location: string | null;
  summary: string | null;
  outcome_form: string | null;
  demand_major_code: string | null;
  demand_major_name: string | null;
  demand_major_level: (typeof MAJOR_LEVELS)[number] | null;
  positions_offered: number | null;
  average_salary_fen: number | null;
  intern_majors: string | null;
  intern_count: number | null;
  intern_pay_fen: number | null;
  employ_majors: string | null;
  employ_count: number | null;
  starting_salary_fen: number | null;
  other_intents: string | null;
  next_action: string | null;
  follow_up_date: string | null;
  follow_up_done_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AgreementTables {
  agreement: AgreementTable;
  agreement_major: AgreementMajorTable;
  agreement_party: AgreementPartyTable;
  obligation: ObligationTable;
  interaction: InteractionTable;
}
