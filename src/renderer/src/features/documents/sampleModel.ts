import type { AgreementDocumentModel } from '@shared/documents/documentModel';
import type { DocumentKind } from '@shared/domain/document';

// A template previewed without an agreement: every merge value is missing, so the preview
// shows the blanks a document would have, with the party count the template's kind implies.
const THREE_PARTY: readonly DocumentKind[] = ['tripartite_internship', 'apprenticeship_tripartite'];

export function emptyModel(kind: DocumentKind): AgreementDocumentModel {
  const party = (role: '甲' | '乙' | '丙', partyType: 'school' | 'enterprise' | 'student') => ({
    role,
    partyType,
    organisationId: null,
    name: null,
    uscc: null,
    legalRepresentative: null,
    address: null,
    signatory: null,
    contactId: null,
    contactName: null,
    contactPhone: null,
    studentNo: null,
    major: null,
    className: null,
  });
  const parties = THREE_PARTY.includes(kind)
    ? [party('甲', 'enterprise'), party('乙', 'school'), party('丙', 'student')]
    : [party('甲', 'school'), party('乙', 'enterprise')];
  return {
    agreementId: '00000000-0000-4000-8000-000000000000',
    agreementNo: null,
    title: '',
    type: 'other',
    signDate: null,
    startDate: null,
    endDate: null,
    amountFen: null,
    copiesTotal: null,
    copiesEach: null,
    orgUnitName: null,
    majors: [],
    parties,
    college: { fullName: null, legalRepresentative: null, address: null, uscc: null, contactPerson: null, contactPhone: null },
    manualValues: {},
  };
}
