import { CollegeProfile } from '@shared/domain/settings';
import type { AgreementDocumentModel, DocumentParty } from '@shared/documents/documentModel';
import type { Executor } from '../services/context';
import { type ContactForDocument, liveContactsOf } from './data/documentFieldQueries';
import { collegeProfileJson, findAgreementRow, majorNamesForDocument, partyRowsForDocument, type PartyRowForDocument } from './data/documentModelQueries';
import { parseStoredFields, type StoredFields } from './storedFields';

type College = AgreementDocumentModel['college'];
const NO_COLLEGE: College = { fullName: null, legalRepresentative: null, address: null, uscc: null, contactPerson: null, contactPhone: null };

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function college(json: string | undefined): College {
  const parsed = CollegeProfile.safeParse(parseJson(json));
  if (!parsed.success) return NO_COLLEGE;
  const c = parsed.data;
  return {
    fullName: c.fullName,
    legalRepresentative: c.legalRepresentative,
    address: c.address,
    uscc: c.uscc,
    contactPerson: c.contactPerson ?? null,
    contactPhone: c.contactPhone ?? null,
  };
}

/**
 * The contact a partner party's document names: the one chosen for the agreement while it
 * is a live contact of that partner, else the partner's main contact (is_primary).
 */
function contactOf(p: PartyRowForDocument, stored: StoredFields, contacts: readonly ContactForDocument[]): ContactForDocument | null {
  if (p.organisation_id === null) return null;
  const own = contacts.filter((c) => c.organisationId === p.organisation_id);
  const chosen = stored.contacts[p.role];
  return own.find((c) => c.id === chosen) ?? own.find((c) => c.isPrimary) ?? null;
}

/**
 * A party's details: what the agreement stored for it wins, then the partner register; a
 * school party without a partner link stands for the college profile (as in agreementView).
 */
function toParty(p: PartyRowForDocument, c: College, stored: StoredFields, contacts: readonly ContactForDocument[]): DocumentParty {
  const isCollege = p.party_type === 'school' && p.organisation_id === null;
  const pick = (own: string | null, org: string | null, fromCollege: string | null): string | null =>
    own ?? org ?? (isCollege ? fromCollege : null);
  const student = (suffix: string): string | null => stored.values[`${p.role}方${suffix}`] ?? null;
  const contact = contactOf(p, stored, contacts);
  return {
    role: p.role,
    partyType: p.party_type,
    organisationId: p.organisation_id,
    name: p.org_full_name ?? p.display_name ?? (isCollege ? c.fullName : null),
    uscc: pick(p.uscc, p.org_uscc, c.uscc),
    legalRepresentative: pick(p.legal_representative, p.org_legal_representative, c.legalRepresentative),
    address: pick(p.address, p.org_address, c.address),
    signatory: p.signatory,
    contactId: contact?.id ?? null,
    contactName: contact ? contact.name : isCollege ? c.contactPerson : null,
    contactPhone: contact ? (contact.mobile ?? contact.phone) : isCollege ? c.contactPhone : null,
    studentNo: p.party_type === 'student' ? student('学号') : null,
    major: p.party_type === 'student' ? student('专业') : null,
    className: p.party_type === 'student' ? student('班级') : null,
  };
}

/** Loads everything a document needs for one agreement; null when it does not exist or is trashed. */
export async function loadDocumentModel(executor: Executor, agreementId: string): Promise<AgreementDocumentModel | null> {
  const a = await findAgreementRow(executor, agreementId);
  if (!a) return null;
  const [parties, majors, collegeJson] = await Promise.all([
    partyRowsForDocument(executor, agreementId),
    majorNamesForDocument(executor, agreementId),
    collegeProfileJson(executor),
  ]);
  const orgIds = [...new Set(parties.flatMap((p) => (p.organisation_id ? [p.organisation_id] : [])))];
  const contacts = await liveContactsOf(executor, orgIds);
  const c = college(collegeJson);
  const stored = parseStoredFields(a.merge_values_json);
  return {
    agreementId: a.id,
    agreementNo: a.agreement_no,
    title: a.title,
    type: a.type,
    signDate: a.sign_date,
    startDate: a.start_date,
    endDate: a.end_date,
    amountFen: a.amount_fen,
    copiesTotal: a.copies_total,
    copiesEach: a.copies_each,
    orgUnitName: a.org_unit_name,
    majors,
    parties: parties.map((p) => toParty(p, c, stored, contacts)),
    college: c,
    manualValues: stored.values,
  };
}
