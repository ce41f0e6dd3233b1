import { industrySectionOfCode, regionNameOfCode, regionOfUsccCode } from '../choices';
import type { FieldIssue } from './entityDef';

// A partner's industry and region from the value step's codes (issue 10). Two industry
// columns (门类 and 大类, say) may both be given: the more specific code is stored, and a
// 门类 that does not contain it is a warning (its text kept in the notes), not a refusal.

export function industryOf(values: Record<string, string | null>, issues: FieldIssue[]): { industrySection: string | null; industryDivision: string | null; industryCode: string | null } {
  const codes = [values['industryCode'], values['industrySection']].filter((c): c is string => c != null);
  const digits = codes.filter((c) => /^\d+$/.test(c)).sort((a, b) => b.length - a.length)[0] ?? null;
  const letter = codes.find((c) => /^[A-Z]$/.test(c)) ?? null;
  if (!digits) return { industrySection: letter, industryDivision: null, industryCode: null };
  const derived = industrySectionOfCode(digits);
  if (letter && derived && letter !== derived) {
    const field = values['industrySection'] === letter ? 'industrySection' : 'industryCode';
    issues.push({ field, code: 'INDUSTRY_MISMATCH', key: 'importReview.warnings.industryMismatch', params: { code: digits, section: derived } });
  }
  return { industrySection: derived ?? letter, industryDivision: digits.slice(0, 2), industryCode: digits };
}

/** Trailing 00 pairs: 440000 province (2), 440300 prefecture (1), 440305 county (0). */
const vagueness = (code: string): number => (code.endsWith('0000') ? 2 : code.endsWith('00') ? 1 : 0);

/** The most specific of the region columns' codes, with its full name (广东省深圳市南山区). */
export function regionOf(values: Record<string, string | null>): { code: string | null; name: string | null } {
  const codes = [values['regionCode'], values['regionName']].filter((c): c is string => c != null && /^\d{6}$/.test(c));
  const code = codes.sort((a, b) => vagueness(a) - vagueness(b))[0] ?? null;
  return { code, name: code ? (regionNameOfCode(code) ?? null) : null };
}

/** USCC characters 3–8 are the registering authority's GB/T 2260 code, used when the row names no region. */
export function regionOfUscc(uscc: string): { code: string; name: string | null } | null {
  return regionOfUsccCode(uscc);
}
