// Stored codes of every enumeration. Labels live in the i18n resources
// (`enums.<name>.<code>`), so reports and screens speak the user's language.
export const ORG_KINDS = [
  'enterprise',
  'industry_association',
  'research_institute',
  'training_evaluation_org',
  'government',
  'other',
] as const;
export const PARTNER_STATUSES = ['prospect', 'negotiating', 'active', 'paused', 'ended'] as const;
export const PARTNER_SOURCES = ['trade_fair', 'visit', 'referral', 'other'] as const;
export const ORG_SIZES = ['large', 'medium', 'small', 'micro'] as const;
export const ORG_NATURES = [
  'state_owned',
  'central_soe',
  'state_holding',
  'private',
  'foreign',
  'joint_venture',
  'listed',
  'public_institution',
  'other',
] as const;
/** 产教融合型企业 level; null means not certified. */
export const CJRH_LEVELS = ['national', 'provincial'] as const;
/** GB/T 4754-2017 门类 letters. */
export const INDUSTRY_SECTIONS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T',
] as const;

export const ORG_UNIT_KINDS = ['college', 'department'] as const;
export const MAJOR_LEVELS = ['secondary', 'higher_vocational', 'vocational_bachelor'] as const;

export const INTERACTION_KINDS = ['visit', 'trade_fair', 'call', 'meeting', 'other'] as const;

export const AGREEMENT_TYPES = [
  'framework',
  'internship_base',
  'order_class',
  'modern_apprenticeship',
  'industry_college',
  'co_built_major',
  'joint_course_textbook',
  'training_base',
  'technical_service',
  'donation',
  'cert_1x',
  'other',
] as const;
/** Stored statuses. 'expiring' and 'expired' are derived from dates (see agreementLifecycle.ts), never stored. */
export const AGREEMENT_STATUSES = ['draft', 'signing', 'active', 'renewing', 'renewed', 'terminated'] as const;
export const EFFECTIVE_AGREEMENT_STATUSES = [...AGREEMENT_STATUSES, 'expiring', 'expired'] as const;
export const PARTY_ROLES = ['甲', '乙', '丙', '丁'] as const;
export const PARTY_TYPES = ['school', 'enterprise', 'student', 'guardian', 'other'] as const;
export const OBLIGATION_RECURRENCES = ['none', 'yearly', 'semester'] as const;

export const COURSE_KINDS = ['course', 'textbook'] as const;

export const FUNDING_SOURCE_KINDS = [
  'fiscal_special',
  'enterprise_investment',
  'school_self_raised',
  'social_donation',
  'other',
] as const;
export const FUNDING_DIRECTIONS = ['in', 'out'] as const;
export const PROGRAMME_TYPES = [
  'internship_base',
  'order_class',
  'apprenticeship',
  'industry_college',
  'part_time_teacher',
  'teacher_practice',
  'cert_1x',
] as const;
export const CONTRIBUTION_KINDS = [
  'donated_equipment',
  'quasi_donated_equipment',
  'funds',
  'premises',
  'technical_service_income',
  'employee_training',
  'other',
] as const;

/** external 校外; internal_joint 校内, built with an enterprise; internal 校内, the college's own (no partner, 0016). */
export const INTERNSHIP_BASE_KINDS = ['external', 'internal_joint', 'internal'] as const;
export const ORDER_CLASS_KINDS = ['industry', 'major_group', 'comprehensive'] as const;
export const PROGRAMME_LEVELS = ['national', 'provincial', 'municipal', 'school'] as const;
export const REMINDER_KINDS = ['expiry', 'renewal_start', 'followup', 'obligation', 'report_due'] as const;
export const ATTACHMENT_KINDS = ['signed_scan', 'business_licence', 'plaque_photo', 'generated_document', 'other'] as const;

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
