import { industryByCode } from '../../classifications/industry';

// How a partner's GB/T 4754 fields hang together (used by the partner schema, the partner
// service on update and the form). The partner stores the most specific code it was given
// (大类 2, 中类 3 or 小类 4 digits) in industryCode; industrySection (门类) and
// industryDivision (大类) are derived from it, because the list filter, the dashboard and the
// reports group by them.

export interface PartnerIndustryFields {
  industrySection: string | null;
  industryDivision: string | null;
  industryCode: string | null;
}

export type PartnerIndustryIssue = {
  path: 'industryCode' | 'industryDivision';
  message: 'industryCode.unknown' | 'industryCode.division' | 'industryDivision.section';
};

export type PartnerIndustryResult = { ok: true; value: PartnerIndustryFields } | { ok: false; issue: PartnerIndustryIssue };

/**
 * The stored form of what was given: a code (or a 大类 alone, which becomes the code) must
 * exist in GB/T 4754, a 大类 given next to a longer code must be its first two digits, and
 * a 门类 given next to them must be theirs (大类 39 under 门类 A is refused). A 门类 alone
 * is kept as it is.
 */
export function derivePartnerIndustry(given: PartnerIndustryFields): PartnerIndustryResult {
  const code = given.industryCode ?? given.industryDivision;
  if (code === null) return { ok: true, value: { industrySection: given.industrySection, industryDivision: null, industryCode: null } };
  const path = given.industryCode !== null ? 'industryCode' : 'industryDivision';
  const entry = industryByCode(code);
  if (!entry || entry.level === 'section' || entry.code !== code) return { ok: false, issue: { path, message: 'industryCode.unknown' } };
  const division = code.slice(0, 2);
  if (given.industryDivision !== null && given.industryDivision !== division) {
    return { ok: false, issue: { path: 'industryDivision', message: 'industryCode.division' } };
  }
  if (given.industrySection !== null && given.industrySection !== entry.section) {
    return { ok: false, issue: { path, message: 'industryDivision.section' } };
  }
  return { ok: true, value: { industrySection: entry.section, industryDivision: division, industryCode: code } };
}

/**
 * What an update asks for, given the stored fields and the patch: a patched code replaces
 * the old code and its derived 门类/大类; a patched 大类 keeps the stored code only if the
 * code lies under it (3611 stays when 大类 36 is re-sent); a patched 门类 is checked against
 * the code that remains.
 */
export function patchedPartnerIndustry(current: PartnerIndustryFields, patch: Partial<PartnerIndustryFields>): PartnerIndustryFields {
  const has = (key: keyof PartnerIndustryFields): boolean => key in patch && patch[key] !== undefined;
  const pick = (key: keyof PartnerIndustryFields): string | null => (has(key) ? (patch[key] ?? null) : current[key]);
  if (has('industryCode')) {
    return { industryCode: pick('industryCode'), industryDivision: has('industryDivision') ? pick('industryDivision') : null, industrySection: has('industrySection') ? pick('industrySection') : null };
  }
  if (has('industryDivision')) {
    const division = pick('industryDivision');
    const keep = division !== null && current.industryCode?.startsWith(division) === true;
    return { industryCode: keep ? current.industryCode : null, industryDivision: division, industrySection: has('industrySection') ? pick('industrySection') : null };
  }
  if (has('industrySection')) {
    // A new 门类 alone: the stored code must belong to it, else the section is refused.
    return { industryCode: current.industryCode, industryDivision: null, industrySection: pick('industrySection') };
  }
  return current;
}
