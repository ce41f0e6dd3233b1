import { industryLabel } from '@shared/classifications/industry';
import type { EnumName } from '@shared/i18n';

// Where a table's field labels live in the translations, most specific first, and which
// fields hold enum codes (shown as their labels rather than as stored codes).

export const FIELD_LABEL_PREFIXES: Readonly<Record<string, readonly string[]>> = {
  organisation: ['partners.fields'],
  contact: ['contacts.fields'],
  agreement: ['agreements.fields', 'agreementsUi.fields'],
  interaction: ['interactions.fields'],
  joint_course: ['courses.fields', 'admin.courses.fields'],
  funding_source: ['admin.funding.sources.fields'],
  funding_txn: ['funding.fields', 'admin.funding.txns.fields'],
  contribution: ['admin.funding.contributions.fields'],
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
  app_setting: [],
};

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
  interaction: { kind: 'interactionKind' },
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

/** Money columns end in _fen (amountFen, valueFen …): shown in 元. */
export const isFenField = (field: string): boolean => field.endsWith('Fen');
