import type { Selectable } from 'kysely';
import { PARTY_ROLES, type PARTY_TYPES } from '@shared/domain/enums';
import type { AgreementPartyTable } from '../db/tables/agreements';
import type { Executor } from '../services/context';

type Row = Selectable<AgreementPartyTable>;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface PartyFields {
  role: PartyRole;
  partyType: (typeof PARTY_TYPES)[number];
  organisationId: string | null;
  displayName: string | null;
  uscc: string | null;
  legalRepresentative: string | null;
  address: string | null;
  signatory: string | null;
  signedDate: string | null;
  sealed: boolean;
}

export interface PartyRecord extends PartyFields {
  id: string;
  agreementId: string;
  /** The linked organisation's current full name (trashed or not), when there is one. */
  organisationName: string | null;
}

function toRow(agreementId: string, p: PartyFields & { id: string }): Row {
  return {
    id: p.id,
    agreement_id: agreementId,
    role: p.role,
    party_type: p.partyType,
    organisation_id: p.organisationId,
    display_name: p.displayName,
    uscc: p.uscc,
    legal_representative: p.legalRepresentative,
    address: p.address,
    signatory: p.signatory,
    signed_date: p.signedDate,
    sealed: p.sealed ? 1 : 0,
  };
}

function fromRow(r: Row & { organisation_name: string | null }): PartyRecord {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    role: r.role,
    partyType: r.party_type,
    organisationId: r.organisation_id,
    displayName: r.display_name,
    uscc: r.uscc,
    legalRepresentative: r.legal_representative,
    address: r.address,
    signatory: r.signatory,
    signedDate: r.signed_date,
    sealed: r.sealed === 1,
    organisationName: r.organisation_name,
  };
}

export async function insertParty(
  db: Executor,
  agreementId: string,
  party: PartyFields & { id: string },
): Promise<void> {
  await db.insertInto('agreement_party').values(toRow(agreementId, party)).execute();
}

export async function deleteParties(db: Executor, agreementId: string): Promise<void> {
  await db.deleteFrom('agreement_party').where('agreement_id', '=', agreementId).execute();
}

/** Parties of several agreements in one query (list pages), each list ordered 甲乙丙丁. */
export async function partiesOf(db: Executor, agreementIds: readonly string[]): Promise<Map<string, PartyRecord[]>> {
  const out = new Map<string, PartyRecord[]>(agreementIds.map((id) => [id, []]));
  if (agreementIds.length === 0) return out;
  const rows = await db
    .selectFrom('agreement_party as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .selectAll('p')
    .select('o.full_name as organisation_name')
    .where('p.agreement_id', 'in', agreementIds)
    .execute();
  // Sorted here, not in SQL: the roles' code points run 丁 < 丙 < 乙 < 甲, the reverse of their order.
  rows.sort((x, y) => PARTY_ROLES.indexOf(x.role) - PARTY_ROLES.indexOf(y.role));
  for (const r of rows) out.get(r.agreement_id)?.push(fromRow(r));
  return out;
}
