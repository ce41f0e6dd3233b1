import type { ValidationIssue } from '@shared/ipc/result';
import type {
  CJRH_LEVELS,
  INDUSTRY_SECTIONS,
  ORG_KINDS,
  ORG_NATURES,
  ORG_SIZES,
  PARTNER_SOURCES,
  PARTNER_STATUSES,
} from '@shared/domain/enums';
import { PartnerDraft, type Partner, type PartnerDraftParsed, type PartnerPatch } from '@shared/domain/partner';
import { checkUscc } from '@shared/domain/rules/uscc';

// Between the antd form and the core: form values ⇄ PartnerDraft. Validation is the
// shared schema and the shared USCC rule; nothing here decides what is valid.

/** The fields the form shows. Industry is one picker (industryCode) from 门类 down to 小类. */
export const PARTNER_FORM_FIELDS = [
  'kind',
  'fullName',
  'uscc',
  'aliases',
  'industryCode',
  'size',
  'nature',
  'employeeCount',
  'regionName',
  'regionCode',
  'address',
  'website',
  'legalRepresentative',
  'cjrhLevel',
  'status',
  'source',
  'ownerOrgUnitId',
  'tags',
  'notes',
] as const;
export type PartnerFormField = (typeof PARTNER_FORM_FIELDS)[number];

/** What an update compares: the shown fields and the 门类/大类 the schema derives from the code. */
const PARTNER_DRAFT_FIELDS = [...PARTNER_FORM_FIELDS, 'industrySection', 'industryDivision'] as const;

type Code<T extends readonly string[]> = T[number];

/** What the form holds: empty inputs may be '' or undefined, selects may be cleared. */
export interface PartnerFormValues {
  kind?: Code<typeof ORG_KINDS>;
  fullName?: string;
  uscc?: string;
  aliases?: string[];
  /** The picked GB/T 4754 entry: a 门类 letter or a 2–4 digit code (a legacy 大类 shows as its code). */
  industryCode?: Code<typeof INDUSTRY_SECTIONS> | string | null;
  size?: Code<typeof ORG_SIZES> | null;
  nature?: Code<typeof ORG_NATURES> | null;
  employeeCount?: number | null;
  regionName?: string;
  regionCode?: string;
  address?: string;
  website?: string;
  legalRepresentative?: string;
  cjrhLevel?: Code<typeof CJRH_LEVELS> | null;
  status?: Code<typeof PARTNER_STATUSES>;
  source?: Code<typeof PARTNER_SOURCES> | null;
  ownerOrgUnitId?: string | null;
  tags?: string[];
  notes?: string;
  usccOverride?: boolean;
}

export const NEW_PARTNER_VALUES: PartnerFormValues = {
  kind: 'enterprise',
  status: 'prospect',
  aliases: [],
  tags: [],
  usccOverride: false,
};

export function partnerToFormValues(p: Partner): PartnerFormValues {
  return {
    kind: p.kind,
    fullName: p.fullName,
    uscc: p.uscc ?? '',
    aliases: [...p.aliases],
    industryCode: p.industryCode ?? p.industryDivision ?? p.industrySection,
    size: p.size,
    nature: p.nature,
    employeeCount: p.employeeCount,
    regionName: p.regionName ?? '',
    regionCode: p.regionCode ?? '',
    address: p.address ?? '',
    website: p.website ?? '',
    legalRepresentative: p.legalRepresentative ?? '',
    cjrhLevel: p.cjrhLevel,
    status: p.status,
    source: p.source,
    ownerOrgUnitId: p.ownerOrgUnitId,
    tags: [...p.tags],
    notes: p.notes ?? '',
    usccOverride: p.usccCheckOverridden,
  };
}

// Blank inputs mean "no value": the code-like fields' regexes would reject ''.
const blankToNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

const isSection = (v: string | null): v is Code<typeof INDUSTRY_SECTIONS> => v !== null && /^[A-T]$/.test(v);

/** The PartnerDraft input the form describes (not yet validated). */
export function formValuesToDraft(v: PartnerFormValues): PartnerDraft {
  const industry = blankToNull(v.industryCode);
  return {
    kind: v.kind as PartnerDraft['kind'],
    fullName: v.fullName ?? '',
    uscc: blankToNull(v.uscc),
    aliases: v.aliases ?? [],
    // A 门类 picked alone is stored as the section; a code derives section and division (schema).
    industrySection: isSection(industry) ? industry : null,
    industryDivision: null,
    industryCode: isSection(industry) ? null : industry,
    size: v.size ?? null,
    nature: v.nature ?? null,
    employeeCount: v.employeeCount ?? null,
    regionCode: blankToNull(v.regionCode),
    regionName: blankToNull(v.regionName),
    address: blankToNull(v.address),
    website: blankToNull(v.website),
    legalRepresentative: blankToNull(v.legalRepresentative),
    cjrhLevel: v.cjrhLevel ?? null,
    status: v.status ?? 'prospect',
    source: v.source ?? null,
    ownerOrgUnitId: v.ownerOrgUnitId ?? null,
    tags: v.tags ?? [],
    notes: blankToNull(v.notes),
    usccOverride: v.usccOverride ?? false,
  };
}

/** The form has one industry picker: 门类/大类 problems are shown on it. */
export const onIndustryPicker = <T extends string | number>(field: T): T | 'industryCode' =>
  field === 'industrySection' || field === 'industryDivision' ? 'industryCode' : field;

export type DraftCheck =
  | { ok: true; draft: PartnerDraftParsed }
  | { ok: false; issues: ValidationIssue[]; usccCheckFailed?: { expected: string } };

/**
 * The same checks the core runs before saving: the PartnerDraft schema, then the USCC
 * check character, which only the explicit override (usccOverride) lets through.
 */
export function checkPartnerForm(values: PartnerFormValues): DraftCheck {
  const parsed = PartnerDraft.safeParse(formValuesToDraft(values));
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.map((p) => onIndustryPicker(typeof p === 'number' ? p : String(p))),
        message: i.message,
        code: i.code,
      })),
    };
  }
  const draft = parsed.data;
  if (draft.uscc !== null && !draft.usccOverride) {
    const check = checkUscc(draft.uscc);
    if (!check.valid && check.reason === 'check') {
      const expected = check.expectedCheckChar ?? '?';
      return { ok: false, issues: [{ path: ['uscc'], message: 'uscc.check' }], usccCheckFailed: { expected } };
    }
  }
  return { ok: true, draft };
}

type PatchFields = PartnerPatch['patch'];

/** Only the fields that differ from the stored partner (the audit log then shows real changes). */
export function changedFields(draft: PartnerDraftParsed, original: Partner): PatchFields {
  const patch: Record<string, unknown> = {};
  for (const field of PARTNER_DRAFT_FIELDS) {
    if (JSON.stringify(draft[field]) !== JSON.stringify(original[field])) patch[field] = draft[field];
  }
  return { ...(patch as PatchFields), usccOverride: draft.usccOverride };
}

/** Whether the check character of a USCC fails (the override checkbox is offered then). */
export function usccFailsCheck(uscc: string | null | undefined): boolean {
  if (!uscc?.trim()) return false;
  const check = checkUscc(uscc);
  return !check.valid && check.reason === 'check';
}
