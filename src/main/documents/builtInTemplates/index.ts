import { AGREEMENT_TYPES, type PARTY_TYPES } from '@shared/domain/enums';
import type { DocumentKind, DocumentLang, TemplateBody } from '@shared/domain/document';
import { apprenticeshipZh } from './apprenticeship.zh';
import { frameworkZh } from './framework.zh';
import { internshipBaseZh } from './internshipBase.zh';
import { mouEn } from './mou.en';
import { orderClassZh } from './orderClass.zh';
import { tripartiteInternshipZh } from './tripartiteInternship.zh';

export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export interface BuiltInTemplate {
  /** Stable id, e.g. 'builtin-framework-zh'; never changes once shipped. */
  id: string;
  kind: DocumentKind;
  lang: DocumentLang;
  version: 1;
  /** Display name in the template's own language. */
  name: string;
  /** Agreement types this template is the default for (in its language). */
  defaultFor: AgreementType[];
  body: TemplateBody;
}

// Bumping a built-in template's wording means a new version here, never an edit in place:
// generated documents record the template version they were printed from.
const TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'builtin-framework-zh',
    kind: 'framework',
    lang: 'zh-CN',
    version: 1,
    name: '校企合作框架协议书',
    defaultFor: [
      'framework',
      'industry_college',
      'co_built_major',
      'joint_course_textbook',
      'training_base',
      'technical_service',
      'donation',
      'cert_1x',
      'other',
    ],
    body: frameworkZh,
  },
  { id: 'builtin-internship-base-zh', kind: 'internship_base', lang: 'zh-CN', version: 1, name: '校外实习基地协议书', defaultFor: ['internship_base'], body: internshipBaseZh },
  { id: 'builtin-order-class-zh', kind: 'order_class', lang: 'zh-CN', version: 1, name: '订单培养协议书', defaultFor: ['order_class'], body: orderClassZh },
  {
    id: 'builtin-tripartite-internship-zh',
    kind: 'tripartite_internship',
    lang: 'zh-CN',
    version: 1,
    name: '学生岗位实习三方协议',
    // No agreement type of its own: internship agreements with a student party (defaultTemplateFor).
    defaultFor: [],
    body: tripartiteInternshipZh,
  },
  {
    id: 'builtin-apprenticeship-zh',
    kind: 'apprenticeship_tripartite',
    lang: 'zh-CN',
    version: 1,
    name: '现代学徒制三方协议',
    defaultFor: ['modern_apprenticeship'],
    body: apprenticeshipZh,
  },
  {
    id: 'builtin-mou-en',
    kind: 'mou_en',
    lang: 'en-US',
    version: 1,
    name: 'Memorandum of Understanding',
    // The English MoU serves every agreement type.
    defaultFor: [...AGREEMENT_TYPES],
    body: mouEn,
  },
];

/** The six built-in templates (fresh copies: callers may not change the shipped ones). */
export function builtInTemplates(): BuiltInTemplate[] {
  return TEMPLATES.map((t) => structuredClone(t));
}

export function builtInTemplateById(id: string): BuiltInTemplate | undefined {
  return builtInTemplates().find((t) => t.id === id);
}

/**
 * The built-in template for an agreement type in a language. An internship-base agreement
 * with a student party gets the 三方实习协议; every en-US document gets the MoU.
 */
export function defaultTemplateFor(
  agreementType: AgreementType,
  lang: DocumentLang,
  parties: readonly { partyType: (typeof PARTY_TYPES)[number] }[] = [],
): BuiltInTemplate {
  const all = builtInTemplates();
  const pick = (id: string): BuiltInTemplate => all.find((t) => t.id === id) as BuiltInTemplate;
  if (lang === 'en-US') return pick('builtin-mou-en');
  if (agreementType === 'internship_base' && parties.some((p) => p.partyType === 'student')) {
    return pick('builtin-tripartite-internship-zh');
  }
  return all.find((t) => t.lang === lang && t.defaultFor.includes(agreementType)) ?? pick('builtin-framework-zh');
}
