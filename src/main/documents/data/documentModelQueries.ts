import { PARTY_ROLES } from '@shared/domain/enums';
import type { Executor } from '../../services/context';

// The reads behind one agreement document. Trashed agreements have no document; trashed
// partners, org units and majors still print under their last name (the agreement was
// signed with them).

export async function findAgreementRow(db: Executor, agreementId: string) {
  return db
    .selectFrom('agreement as a')
    .leftJoin('org_unit as u', 'u.id', 'a.org_unit_id')
    .select([
      'a.id',
      'a.agreement_no',
      'a.title',
      'a.type',
      'a.sign_date',
      'a.start_date',
      'a.end_date',
      'a.amount_fen',
      'a.copies_total',
      'a.copies_each',
      'a.merge_values_json',
      'u.name as org_unit_name',
    ])
    .where('a.id', '=', agreementId)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}

export type AgreementRowForDocument = NonNullable<Awaited<ReturnType<typeof findAgreementRow>>>;

/** Parties in role order with their organisation's register details. */
export async function partyRowsForDocument(db: Executor, agreementId: string) {
  const rows = await db
    .selectFrom('agreement_party as p')
    .leftJoin('organisation as o', 'o.id', 'p.organisation_id')
    .select([
      'p.role',
      'p.party_type',
      'p.organisation_id',
      'p.display_name',
      'p.uscc',
      'p.legal_representative',
      'p.address',
      'p.signatory',
      'o.full_name as org_full_name',
      'o.uscc as org_uscc',
      'o.legal_representative as org_legal_representative',
      'o.address as org_address',
    ])
    .where('p.agreement_id', '=', agreementId)
    .execute();
  // Sorted here, not in SQL: the roles' code points run 丁 < 丙 < 乙 < 甲.
  return rows.sort((x, y) => PARTY_ROLES.indexOf(x.role) - PARTY_ROLES.indexOf(y.role));
}

export type PartyRowForDocument = Awaited<ReturnType<typeof partyRowsForDocument>>[number];

/** Names of the agreement's majors, by major code. */
export async function majorNamesForDocument(db: Executor, agreementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('agreement_major as am')
    .innerJoin('major as m', 'm.id', 'am.major_id')
    .select(['m.name'])
    .where('am.agreement_id', '=', agreementId)
    .orderBy('m.code')
    .orderBy('m.name')
    .execute();
  return rows.map((r) => r.name);
}

/** The stored college profile JSON (settings key 'college'), or undefined. */
export async function collegeProfileJson(db: Executor): Promise<string | undefined> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', 'college').executeTakeFirst();
  return row?.value;
}
