import type { DocumentLang, TemplateBody } from '../domain/document';
import { PARTY_ROLES } from '../domain/enums';
import type { AgreementDocumentModel, PartyRole } from './documentModel';
import { layoutDocument } from './documentLayout';

// Where the officer fills in each merge field of a document, so every blank has a place
// and the missing-fields list can lead straight to it (issue 12). Pure: the document page
// and the tests use the same answer.

/** The college profile fields a document uses (settings › 学校信息). */
export type CollegeFormField = 'fullName' | 'legalRepresentative' | 'address' | 'uscc' | 'contactPerson' | 'contactPhone';

export type FieldPlace =
  /** Typed on the document page and stored with the agreement (merge values). */
  | { kind: 'document'; field: string }
  /** A contact of the party's partner, chosen on the document page (default: its main contact). */
  | { kind: 'contact'; role: PartyRole }
  /** A field of the agreement form. */
  | { kind: 'agreement'; formField: string }
  /** The name of a party without a partner record, on the agreement form (row = role order). */
  | { kind: 'party'; index: number }
  /** The partner's own record (its register data). */
  | { kind: 'partner'; organisationId: string; formField: string }
  /** Settings › 学校信息. */
  | { kind: 'college'; formField: CollegeFormField };

const AGREEMENT_FORM: Readonly<Record<string, string>> = {
  协议编号: 'agreementNo',
  协议名称: 'title',
  签订日期: 'signDate',
  生效日期: 'startDate',
  终止日期: 'endDate',
  '金额(小写)': 'amountYuan',
  '金额(大写)': 'amountYuan',
  份数: 'copiesTotal',
  各执份数: 'copiesEach',
  合作专业: 'majorIds',
  二级学院: 'orgUnitId',
};

/** Party attributes that come from a register: the partner's record, or the college profile. */
const REGISTER: Readonly<Record<string, { partner: string; college: CollegeFormField }>> = {
  全称: { partner: 'fullName', college: 'fullName' },
  统一社会信用代码: { partner: 'uscc', college: 'uscc' },
  法定代表人: { partner: 'legalRepresentative', college: 'legalRepresentative' },
  地址: { partner: 'address', college: 'address' },
};

const PARTY_FIELD = /^([甲乙丙丁])方(.+)$/;

function partyPlace(model: AgreementDocumentModel, role: PartyRole, suffix: string, field: string): FieldPlace {
  const party = model.parties.find((p) => p.role === role);
  if (!party) return { kind: 'document', field };
  const isCollege = party.partyType === 'school' && party.organisationId === null;
  if (suffix === '联系人' || suffix === '电话') {
    if (isCollege) return { kind: 'college', formField: suffix === '联系人' ? 'contactPerson' : 'contactPhone' };
    if (party.organisationId !== null) return { kind: 'contact', role };
    return { kind: 'document', field };
  }
  const register = REGISTER[suffix];
  if (register) {
    if (isCollege) return { kind: 'college', formField: register.college };
    if (party.organisationId !== null) return { kind: 'partner', organisationId: party.organisationId, formField: register.partner };
    // A free-text party (student, guardian) is named on the agreement form; the rest is typed here.
    if (suffix === '全称') return { kind: 'party', index: PARTY_ROLES.indexOf(role) };
    return { kind: 'document', field };
  }
  if (suffix === '姓名' && party.organisationId === null) return { kind: 'party', index: PARTY_ROLES.indexOf(role) };
  return { kind: 'document', field };
}

/** Where `field` is filled in for this agreement. Unknown names are typed on the document page. */
export function fieldPlace(model: AgreementDocumentModel, field: string): FieldPlace {
  if (field === '期限(年)') return { kind: 'agreement', formField: model.startDate ? 'endDate' : 'startDate' };
  const formField = AGREEMENT_FORM[field];
  if (formField) return { kind: 'agreement', formField };
  const m = PARTY_FIELD.exec(field);
  if (m) return partyPlace(model, m[1] as PartyRole, m[2] ?? '', field);
  return { kind: 'document', field };
}

/** Every merge field the document uses, in order of first use (whether it has a value or not). */
export function usedFields(input: { body: TemplateBody; model: AgreementDocumentModel; lang: DocumentLang }): string[] {
  // With no values at all, every field the layout meets is reported as missing: that is the use list.
  return layoutDocument({ ...input, values: {} }).missing;
}

/** The fields typed on the document page and the parties whose contact is chosen there. */
export function documentPageInputs(input: { body: TemplateBody; model: AgreementDocumentModel; lang: DocumentLang }): {
  typed: string[];
  contactRoles: PartyRole[];
} {
  const typed: string[] = [];
  const contactRoles: PartyRole[] = [];
  for (const field of usedFields(input)) {
    const place = fieldPlace(input.model, field);
    if (place.kind === 'document' && !typed.includes(field)) typed.push(field);
    if (place.kind === 'contact' && !contactRoles.includes(place.role)) contactRoles.push(place.role);
  }
  return { typed, contactRoles };
}
