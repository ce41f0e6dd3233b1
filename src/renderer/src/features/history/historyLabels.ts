import { industryLabel } from '@shared/classifications/industry';
import type { EnumName } from '@shared/i18n';

// How each audited table's columns read in a record's history: where the field labels live
// in the translations (most specific first, then the shared `history.fields` for columns many
// tables have), which fields hold enum codes, GB/T codes, money, yes/no flags or references to
// other records, and which are bookkeeping never shown. test/integration/history/historyLabels
// walks every audited column of the real schema, so a new column without a place here fails.

export const FIELD_LABEL_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  organisation: ['partners.fields', 'history.fields.organisation'],
  contact: ['contacts.fields'],
  agreement: ['agreements.fields', 'agreementsUi.fields', 'history.fields.agreement'],
  interaction: ['interactions.fields', 'capture.interaction.fields', 'history.fields.interaction'],
  joint_course: ['courses.fields', 'admin.courses.fields'],
  funding_source: ['admin.funding.sources.fields'],
  funding_txn: ['funding.fields', 'admin.funding.txns.fields', 'history.fields.fundingTxn'],
  contribution: ['admin.funding.contributions.fields', 'history.fields.contribution'],
  org_unit: ['admin.units.fields'],
  major: ['admin.majors.fields'],
  staff: ['admin.staff.fields'],
  internship_base: ['programmes.fields'],
  order_class: ['programmes.fields'],
  apprenticeship: ['programmes.fields'],
  industry_college: ['programmes.fields'],
  co_built_major: ['programmes.fields'],
  part_time_teacher: ['programmes.fields'],
  teacher_practice: ['programmes.fields'],
  cert_1x: ['programmes.fields'],
  app_setting: ['history.fields.appSetting'],
};

/** The last place every table looks: columns several tables share (notes, status, dates …). */
export const COMMON_LABEL_PREFIX = 'history.fields.common';

/** Bookkeeping: the row's own id, and the trash time the entry's action already says. */
export const HIDDEN_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'deletedAt']);

export const ENUM_FIELDS: Readonly<Record<string, Readonly<Record<string, EnumName>>>> = {
  organisation: {
    kind: 'orgKind',
    status: 'partnerStatus',
    source: 'partnerSource',
    size: 'orgSize',
    nature: 'orgNature',
    cjrhLevel: 'cjrhLevel',
    industrySection: 'industrySection',
  },
  agreement: { type: 'agreementType', status: 'agreementStatus' },
  interaction: { kind: 'interactionKind', demandMajorLevel: 'majorLevel' },
  joint_course: { kind: 'courseKind' },
  funding_source: { kind: 'fundingSourceKind' },
  funding_txn: { direction: 'fundingDirection', programmeType: 'programmeType' },
  contribution: { kind: 'contributionKind' },
  org_unit: { kind: 'orgUnitKind' },
  major: { level: 'majorLevel' },
  internship_base: { kind: 'internshipBaseKind' },
  order_class: { kind: 'orderClassKind' },
  apprenticeship: { level: 'programmeLevel' },
  industry_college: { level: 'programmeLevel' },
  co_built_major: { level: 'programmeLevel' },
};

/**
 * Fields holding a GB/T 4754 code: shown with its name ('3611 汽柴油车整车制造'), not bare. Region
 * codes change together with region_name, which the same entry shows in words.
 */
export const CODE_FIELDS: Readonly<Record<string, Readonly<Record<string, (code: string) => string>>>> = {
  organisation: { industryCode: industryLabel, industryDivision: industryLabel },
};

/**
 * Fields that point at another record (by id, or a list of ids), with the table holding it:
 * shown by that record's name, looked up by the core (audit:names), never as an id.
 */
export const REFERENCE_FIELDS: Readonly<Record<string, string>> = {
  organisationId: 'organisation',
  partnerIds: 'organisation',
  contactId: 'contact',
  agreementId: 'agreement',
  renewalOfId: 'agreement',
  orgUnitId: 'org_unit',
  ownerOrgUnitId: 'org_unit',
  parentId: 'org_unit',
  majorId: 'major',
  majorIds: 'major',
  parentMajorId: 'major',
  staffId: 'staff',
  schoolLeadStaffId: 'staff',
  sourceId: 'funding_source',
  templateId: 'document_template',
  signedScanAttachmentId: 'attachment',
  attachmentId: 'attachment',
};

/** Money columns end in _fen (amountFen, valueFen …): shown in 元. */
export const isFenField = (field: string): boolean => field.endsWith('Fen');

/** Yes/no columns, stored as 0/1: is… flags and these. */
const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['usccCheckOverridden', 'autoRenew', 'sealed', 'onboarded']);
export const isBooleanField = (field: string): boolean => /^(is|has)[A-Z]/.test(field) || BOOLEAN_FIELDS.has(field);

/** Per table: columns that are the row's key or a copy of another shown field. */
export const TABLE_HIDDEN_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  app_setting: new Set(['key']),
  // Which programme is told by programme_type's label; the id alone would mean nothing.
  funding_txn: new Set(['programmeId']),
};
