import type { AGREEMENT_TYPES, PARTY_ROLES, PARTY_TYPES } from '../domain/enums';

// Everything one agreement document needs, loaded once by the core (documents/documentModel.ts)
// and passed to the single print template, which renders the preview, the PDF and (as the
// same AST) the DOCX. Plain data only, so it crosses IPC and reaches the renderer unchanged.

export type PartyRole = (typeof PARTY_ROLES)[number];
export type DocumentPartyType = (typeof PARTY_TYPES)[number];

export interface DocumentParty {
  role: PartyRole;
  partyType: DocumentPartyType;
  /** The partner behind the party; null for the college and free-text parties (student, guardian). */
  organisationId: string | null;
  /** Full name: the partner's current full name, the college name for the school, else display name. */
  name: string | null;
  uscc: string | null;
  legalRepresentative: string | null;
  address: string | null;
  signatory: string | null;
  /**
   * The person the document names for the party ({乙方联系人}/{乙方电话}): for a partner the
   * contact chosen for this agreement, else its main contact; for the college the profile's.
   */
  contactId: string | null;
  contactName: string | null;
  contactPhone: string | null;
  /** Student parties: 学号, 专业, 班级 (from the agreement's merge values). */
  studentNo: string | null;
  major: string | null;
  className: string | null;
}

export interface AgreementDocumentModel {
  agreementId: string;
  agreementNo: string | null;
  title: string;
  type: (typeof AGREEMENT_TYPES)[number];
  signDate: string | null;
  startDate: string | null;
  endDate: string | null;
  amountFen: number | null;
  copiesTotal: number | null;
  copiesEach: number | null;
  /** 二级学院 that owns the agreement. */
  orgUnitName: string | null;
  /** Names of the majors the agreement covers, in a stable order. */
  majors: string[];
  parties: DocumentParty[];
  college: {
    fullName: string | null;
    legalRepresentative: string | null;
    address: string | null;
    uscc: string | null;
    contactPerson: string | null;
    contactPhone: string | null;
  };
  /** Values typed by the user per agreement (agreement.merge_values_json): field name → text. */
  manualValues: Record<string, string>;
}
