import { CollegeProfile } from '@shared/domain/settings';
import type { AgreementDocumentModel, DocumentParty } from '@shared/documents/documentModel';
import type { Executor } from '../services/context';
import {
  collegeProfileJson,
  findAgreementRow,
  majorNamesForDocument,
  partyRowsForDocument,
  type PartyRowForDocument,
} from './data/documentModelQueries';

type College = AgreementDocumentModel['college'];
const NO_COLLEGE: College = { fullName: null, legalRepresentative: null, address: null, uscc: null };

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
  return parsed.success ? parsed.data : NO_COLLEGE;
}

/** merge_values_json → the string values the user typed (anything else is ignored). */
function manualValues(json: string): Record<string, string> {
  const parsed = parseJson(json);
  const out: Record<string, string> = {};
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return out;
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = String(value);
  }
  return out;
}

/**
 * A party's details: what the agreement stored for it wins, then the partner register; a
 * school party without a partner link stands for the college profile (as in agreementView).
 */
function toParty(p: PartyRowForDocument, c: College, manual: Record<string, string>): DocumentParty {
  const isCollege = p.party_type === 'school' && p.organisation_id === null;
  const pick = (own: string | null, org: string | null, fromCollege: string | null): string | null =>
    own ?? org ?? (isCollege ? fromCollege : null);
  const student = (suffix: string): string | null => manual[`${p.role}方${suffix}`] ?? null;
  return {
    role: p.role,
    partyType: p.party_type,
    name: p.org_full_name ?? p.display_name ?? (isCollege ? c.fullName : null),
    uscc: pick(p.uscc, p.org_uscc, c.uscc),
    legalRepresentative: pick(p.legal_representative, p.org_legal_representative, c.legalRepresentative),
    address: pick(p.address, p.org_address, c.address),
    signatory: p.signatory,
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
  const c = college(collegeJson);
  const manual = manualValues(a.merge_values_json);
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
    parties: parties.map((p) => toParty(p, c, manual)),
    college: c,
    manualValues: manual,
  };
}
