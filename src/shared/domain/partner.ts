import { z } from 'zod';
import { Id, optionalText, paging, pageOf, requiredText, timestamps } from './common';
import { CJRH_LEVELS, INDUSTRY_SECTIONS, ORG_KINDS, ORG_NATURES, ORG_SIZES, PARTNER_SOURCES, PARTNER_STATUSES } from './enums';
import { derivePartnerIndustry } from './rules/partnerClassification';
import { normalizeUscc } from './rules/uscc';

const usccField = z
  .string()
  .nullish()
  .transform((v) => (v ? normalizeUscc(v) : null))
  .refine((v) => v === null || /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v), {
    message: 'uscc.format',
  });

const partnerFields = {
  kind: z.enum(ORG_KINDS),
  fullName: requiredText(200),
  /** 统一社会信用代码; its check character is verified by the service (a failure needs usccOverride). */
  uscc: usccField,
  aliases: z.array(z.string().trim().min(1).max(200)).max(50),
  /** GB/T 4754 门类; derived from industryCode when there is one. */
  industrySection: z.enum(INDUSTRY_SECTIONS).nullish().transform((v) => v ?? null),
  /** GB/T 4754 大类, two digits (e.g. '26'); derived from industryCode when there is one. */
  industryDivision: z
    .string()
    .regex(/^\d{2}$/, { message: 'industryDivision.format' })
    .nullish()
    .transform((v) => v ?? null),
  /** The most specific GB/T 4754 code known: 大类 (2), 中类 (3) or 小类 (4 digits), e.g. '3611'. */
  industryCode: z
    .string()
    .regex(/^\d{2,4}$/, { message: 'industryCode.format' })
    .nullish()
    .transform((v) => v ?? null),
  size: z.enum(ORG_SIZES).nullish().transform((v) => v ?? null),
  nature: z.enum(ORG_NATURES).nullish().transform((v) => v ?? null),
  /** GB/T 2260 division code, six digits, when known. */
  regionCode: z
    .string()
    .regex(/^\d{6}$/, { message: 'regionCode.format' })
    .nullish()
    .transform((v) => v ?? null),
  /** Readable region, e.g. 广东省深圳市; the list filters on its prefix. */
  regionName: optionalText(100),
  address: optionalText(300),
  website: optionalText(300),
  legalRepresentative: optionalText(100),
  /** 在岗职工总数, 人 (R5 校外实践基地, migration 0016); blank = not known. */
  employeeCount: z.int().min(0).max(10_000_000).nullish().transform((v) => v ?? null),
  cjrhLevel: z.enum(CJRH_LEVELS).nullish().transform((v) => v ?? null),
  status: z.enum(PARTNER_STATUSES),
  source: z.enum(PARTNER_SOURCES).nullish().transform((v) => v ?? null),
  ownerOrgUnitId: Id.nullish().transform((v) => v ?? null),
  tags: z.array(z.string().trim().min(1).max(50)).max(50),
  notes: optionalText(5000),
};

type Sections = (typeof INDUSTRY_SECTIONS)[number];

export const PartnerDraft = z
  .object({
    ...partnerFields,
    aliases: partnerFields.aliases.default([]),
    tags: partnerFields.tags.default([]),
    status: partnerFields.status.default('prospect'),
    /** "我已核对，仍然保存": keep a USCC whose check character fails (early pilot codes). Audited. */
    usccOverride: z.boolean().default(false),
  })
  // A 大类 outside the chosen 门类, or a code GB/T 4754 does not have, is refused; then the
  // stored 门类/大类 are derived from the code (rules/partnerClassification.ts).
  .superRefine((v, ctx) => {
    // A malformed code already has its format issue (zod runs this refinement regardless).
    if (!/^(\d{2,4})?$/.test(v.industryCode ?? '') || !/^(\d{2})?$/.test(v.industryDivision ?? '')) return;
    const result = derivePartnerIndustry(v);
    if (!result.ok) ctx.addIssue({ code: 'custom', path: [result.issue.path], message: result.issue.message });
  })
  .overwrite((v) => {
    const result = derivePartnerIndustry(v);
    return result.ok ? { ...v, ...result.value, industrySection: result.value.industrySection as Sections | null } : v;
  });
export type PartnerDraft = z.input<typeof PartnerDraft>;
export type PartnerDraftParsed = z.output<typeof PartnerDraft>;

export const PartnerPatch = z.object({
  id: Id,
  patch: z.object(partnerFields).partial().extend({ usccOverride: z.boolean().default(false) }),
});
export type PartnerPatch = z.input<typeof PartnerPatch>;

export const Partner = z.object({
  id: Id,
  ...partnerFields,
  usccCheckOverridden: z.boolean(),
  ...timestamps,
});
export type Partner = z.output<typeof Partner>;

export const PARTNER_SORT_KEYS = ['fullName', 'createdAt', 'updatedAt', 'status', 'kind'] as const;

export const PartnerQuery = z.object({
  ...paging,
  sortBy: z.enum(PARTNER_SORT_KEYS).default('updatedAt'),
  sortDir: paging.sortDir.default('desc'),
  q: z.string().trim().max(100).optional(),
  kind: z.enum(ORG_KINDS).optional(),
  status: z.enum(PARTNER_STATUSES).optional(),
  industrySection: z.enum(INDUSTRY_SECTIONS).optional(),
  /** Prefix of regionName, e.g. 广东省. */
  region: z.string().trim().max(100).optional(),
});
export type PartnerQuery = z.input<typeof PartnerQuery>;

export const PartnerPage = pageOf(Partner);
export type PartnerPage = z.output<typeof PartnerPage>;
