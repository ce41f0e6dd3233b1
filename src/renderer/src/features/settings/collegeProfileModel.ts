import type { z } from 'zod';
import { CollegeProfile } from '@shared/domain/settings';
import type { ValidationIssue } from '@shared/ipc/result';
import { usccFieldIssue } from '../../components/usccField';

// 学校信息 as both first start and Settings → 学校信息 edit it: the same fields, the same
// checks (the profile's schema plus the USCC check the field shows on blur), the same messages.

export const COLLEGE_FIELDS = ['fullName', 'uscc', 'schoolCode', 'legalRepresentative', 'address', 'contactPerson', 'contactPhone'] as const;
export type CollegeField = (typeof COLLEGE_FIELDS)[number];
export type CollegeValues = Partial<Record<CollegeField, string | null>>;
export type CollegeProfileValue = z.output<typeof CollegeProfile>;

export type CollegeCheck =
  | { ok: true; profile: CollegeProfileValue }
  | { ok: false; issues: ValidationIssue[]; interpolation: Record<string, unknown> };

/**
 * The profile to save, or every issue that stops it. The schema leaves the USCC free text
 * (older profiles must still load); its format and check character are checked here before
 * saving, with the same rule the settings service enforces for every caller.
 */
export function checkCollege(values: CollegeValues): CollegeCheck {
  const issues: ValidationIssue[] = [];
  const parsed = CollegeProfile.safeParse(values);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      issues.push({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message, code: i.code });
    }
  }
  const uscc = usccFieldIssue(values.uscc);
  const interpolation: Record<string, unknown> = uscc?.expected !== undefined ? { expected: uscc.expected } : {};
  if (uscc && !issues.some((i) => i.path[0] === 'uscc')) issues.push(uscc.issue);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues, interpolation };
  return { ok: true, profile: parsed.data };
}

/** Whether anything was typed: an untouched first-start form leaves the stored profile as it is. */
export function hasCollegeInput(values: CollegeValues): boolean {
  return COLLEGE_FIELDS.some((name) => (values[name] ?? '').trim() !== '');
}

/**
 * The profile first start saves over sample data: the sample college's values where the user
 * typed nothing, the user's where they did (their school is not the sample's).
 */
export function overSample(sample: CollegeProfileValue, typed: CollegeProfileValue): CollegeProfileValue {
  const merged: Record<string, unknown> = { ...sample };
  for (const [key, value] of Object.entries(typed)) if (value !== null && value !== undefined) merged[key] = value;
  return merged as CollegeProfileValue;
}
