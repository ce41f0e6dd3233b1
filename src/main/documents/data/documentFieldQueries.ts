import type { PartyRole } from '@shared/documents/documentModel';
import type { Executor } from '../../services/context';

// Reads and writes behind the merge values typed per agreement and the chosen contacts.

/** The live agreement's merge_values_json, or undefined when it is missing or trashed. */
export async function mergeValuesJsonOf(db: Executor, agreementId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('agreement')
    .select('merge_values_json')
    .where('id', '=', agreementId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.merge_values_json;
}

export async function writeMergeValuesJson(db: Executor, agreementId: string, json: string, stamp: string): Promise<void> {
  await db.updateTable('agreement').set({ merge_values_json: json, updated_at: stamp }).where('id', '=', agreementId).execute();
}

/** The partner behind the agreement's party in `role` (null for a free-text party or no such party). */
export async function partyOrganisationOf(db: Executor, agreementId: string, role: PartyRole): Promise<string | null> {
  const row = await db
    .selectFrom('agreement_party')
    .select('organisation_id')
    .where('agreement_id', '=', agreementId)
    .where('role', '=', role)
    .executeTakeFirst();
  return row?.organisation_id ?? null;
}

/** The organisation of a live contact, or undefined. */
export async function liveContactOrganisation(db: Executor, contactId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('contact')
    .select('organisation_id')
    .where('id', '=', contactId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.organisation_id;
}

export interface ContactForDocument {
  id: string;
  organisationId: string;
  name: string;
  mobile: string | null;
  phone: string | null;
  isPrimary: boolean;
}

/** Live contacts of these organisations, main contact first, then by name. */
export async function liveContactsOf(db: Executor, organisationIds: readonly string[]): Promise<ContactForDocument[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .select(['id', 'organisation_id', 'name', 'mobile', 'phone', 'is_primary'])
    .where('organisation_id', 'in', [...organisationIds])
    .where('deleted_at', 'is', null)
    .orderBy('is_primary', 'desc')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, organisationId: r.organisation_id, name: r.name, mobile: r.mobile, phone: r.phone, isPrimary: r.is_primary === 1 }));
}
