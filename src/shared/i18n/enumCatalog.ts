import {
  AGREEMENT_STATUSES,
  AGREEMENT_TYPES,
  ATTACHMENT_KINDS,
  CJRH_LEVELS,
  CONTRIBUTION_KINDS,
  COURSE_KINDS,
  EFFECTIVE_AGREEMENT_STATUSES,
  FUNDING_DIRECTIONS,
  FUNDING_SOURCE_KINDS,
  INDUSTRY_SECTIONS,
  INTERACTION_KINDS,
  INTERNSHIP_BASE_KINDS,
  LANGUAGES,
  MAJOR_LEVELS,
  OBLIGATION_RECURRENCES,
  ORDER_CLASS_KINDS,
  ORG_KINDS,
  ORG_NATURES,
  ORG_SIZES,
  ORG_UNIT_KINDS,
  PARTNER_SOURCES,
  PARTNER_STATUSES,
  PARTY_ROLES,
  PARTY_TYPES,
  PROGRAMME_LEVELS,
  PROGRAMME_TYPES,
  REMINDER_KINDS,
} from '../domain/enums';

// The i18n name of every enumeration: labels live at `enums.<name>.<code>`. A unit test
// checks that every array exported by domain/enums.ts appears here, so a new enum
// cannot ship without labels in both languages.
export const ENUM_CATALOG = {
  orgKind: ORG_KINDS,
  partnerStatus: PARTNER_STATUSES,
  partnerSource: PARTNER_SOURCES,
  orgSize: ORG_SIZES,
  orgNature: ORG_NATURES,
  cjrhLevel: CJRH_LEVELS,
  industrySection: INDUSTRY_SECTIONS,
  orgUnitKind: ORG_UNIT_KINDS,
  majorLevel: MAJOR_LEVELS,
  interactionKind: INTERACTION_KINDS,
  agreementType: AGREEMENT_TYPES,
  agreementStatus: AGREEMENT_STATUSES,
  effectiveAgreementStatus: EFFECTIVE_AGREEMENT_STATUSES,
  partyRole: PARTY_ROLES,
  partyType: PARTY_TYPES,
  obligationRecurrence: OBLIGATION_RECURRENCES,
  courseKind: COURSE_KINDS,
  fundingSourceKind: FUNDING_SOURCE_KINDS,
  fundingDirection: FUNDING_DIRECTIONS,
  programmeType: PROGRAMME_TYPES,
  contributionKind: CONTRIBUTION_KINDS,
  internshipBaseKind: INTERNSHIP_BASE_KINDS,
  orderClassKind: ORDER_CLASS_KINDS,
  programmeLevel: PROGRAMME_LEVELS,
  reminderKind: REMINDER_KINDS,
  attachmentKind: ATTACHMENT_KINDS,
  language: LANGUAGES,
} as const;

export type EnumName = keyof typeof ENUM_CATALOG;
export type EnumCode<N extends EnumName> = (typeof ENUM_CATALOG)[N][number];

/** One label per code of every enumeration. */
export type EnumLabels = { [N in EnumName]: Record<EnumCode<N>, string> };

/**
 * Message keys our own schema refinements and services put in `issues[].message`
 * (translated at `fieldErrors.<key>`). A unit test greps src/shared and src/main for
 * `message: '…'` and `fieldError(…, '…')` and fails if one is missing here.
 */
export const FIELD_ERROR_KEYS = [
  'required',
  'date.invalid',
  'uscc.format',
  'uscc.check',
  'uscc.duplicate',
  'phone.invalid',
  'email.invalid',
  'isbn.invalid',
  'endDate.beforeStart',
  'parties.count',
  'parties.roles',
  'copies.tooFew',
  'party.nameRequired',
  'party.organisationMissing',
  'majorCode.format',
  'industryDivision.format',
  // [industry-code] GB/T 4754 code of a partner (rules/partnerClassification.ts)
  'industryDivision.section',
  'industryCode.format',
  'industryCode.unknown',
  'industryCode.division',
  'regionCode.format',
  'amount.positive',
  'programme.incomplete',
  'contribution.valueRequired',
  'contribution.personDaysRequired',
  // Raised by services for rules the schemas cannot see (uniqueness, references).
  'agreementNo.duplicate',
  'course.codeTaken',
  'fundingSource.nameTaken',
  'major.duplicate',
  'obligation.partyRoleMissing',
  'reference.notFound',
  'renewal.startRequired',
  'orgUnit.parentSelf',
  'orgUnit.tooDeep',
  'schoolCode.format',
  'attachment.content',
  'attachment.empty',
  'attachment.extension',
  'attachment.notOfAgreement',
  'attachment.tooLarge',
  'attachment.unreadable',
  'capture.partnerRequired',
  'programmes.contactOfOtherPartner',
  'programmes.daysOverPeriod',
  'programmes.employedOverEnrolled',
  'programmes.passedOverExamined',
  // [base-equipment] 校内实践基地 equipment rules
  'programmes.newEquipmentOverTotal',
  'programmes.largeEquipmentOverCount',
  // [terminated-on] the day an agreement ended (agreement.ts, agreementService.transition)
  'terminatedOn.notTerminating',
  'terminatedOn.future',
  'reminder.noFollowUp',
  'reminder.snoozeNotFuture',
  // [backup] restore and full-export files
  'backup.fileName',
  'backup.unreadable',
  'backup.notOurs',
  'backup.tooLarge',
  'backup.notExport',
  // [import] file-level problems (src/main/import); row-level ones are under import.errors.
  'import.fileTooLarge',
  'import.notXlsx',
  'import.noSheet',
  'import.noHeader',
  'import.limit.fileSize',
  'import.limit.entries',
  'import.limit.declaredSize',
  'import.limit.ratio',
  'import.limit.rows',
  'import.limit.columns',
  'import.worker.memory',
  'import.worker.timeout',
  // [documents] field error keys
  'document.builtInReadOnly',
  'document.missingValues',
  'report.formatNotOffered',
  'report.organisationRequired',
  'report.filterNotOffered',
  'placementStat.duplicate',
] as const;

/** zod's issue codes: the fallback when a message is zod's own English text. */
export const ZOD_ISSUE_CODES = ['too_small', 'too_big', 'invalid_type', 'invalid_format', 'invalid_value'] as const;
