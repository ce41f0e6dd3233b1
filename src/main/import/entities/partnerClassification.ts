import { industrySectionOfCode, regionNameOfCode, regionOfUsccCode } from '../choices';
import type { FieldIssue } from './entityDef';

// A partner's industry and region from the value step's codes (issue 10). Two industry
// columns (门类 and 大类, say) may both be given: the more specific code is stored, and a
// 门类 that does not contain it is a warning (its text kept in the notes), not a refusal.

export function industryOf(values: Record<string, string | null>, issues: FieldIssue[]): { industrySection: string | null; industryDivision: string | null; industryCode: string | null } {
  const given = (['industryCode', 'industrySection'] as const).flatMap((field) => (values[field] != null ? [{ field, code: values[field] }] : []));
  // The more specific code first; on a tie the 行业 column (listed first) is kept.
  const digitsGiven = given.filter((g) => /^\d+$/.test(g.code)).sort((a, b) => b.code.length - a.code.length);
  const lettersGiven = given.filter((g) => /^[A-Z]$/.test(g.code));
  const digits = digitsGiven[0]?.code ?? null;
  const letter = lettersGiven[0]?.code ?? null;
  // Two columns that do not lie on one chain (3911 and 65, or 门类 I and C): one is kept, the
  // other is a warning on its own field (its text kept in the notes), never dropped silently.
  for (const other of digitsGiven.slice(1)) {
    if (digits && !digits.startsWith(other.code)) issues.push({ field: other.field, code: 'INDUSTRY_MISMATCH', key: 'importReview.warnings.industryConflict', params: { code: digits } });
  }
  for (const other of lettersGiven.slice(1)) {
    if (other.code !== letter) issues.push({ field: other.field, code: 'INDUSTRY_MISMATCH', key: 'importReview.warnings.industryConflict', params: { code: letter ?? '' } });
  }
  if (!digits) return { industrySection: letter, industryDivision: null, industryCode: null };
  const derived = industrySectionOfCode(digits);
  if (letter && derived && letter !== derived) {
    const field = lettersGiven[0]?.field ?? 'industrySection';
    issues.push({ field, code: 'INDUSTRY_MISMATCH', key: 'importReview.warnings.industryMismatch', params: { code: digits, section: derived } });
  }
  return { industrySection: derived ?? letter, industryDivision: digits.slice(0, 2), industryCode: digits };
}

/** Trailing 00 pairs: 440000 province (2), 440300 prefecture (1), 440305 county (0). */
const vagueness = (code: string): number => (code.endsWith('0000') ? 2 : code.endsWith('00') ? 1 : 0);

/** The code without its trailing 00 pairs: 440300 → 4403, every code below it starts so. */
const stem = (code: string): string => code.slice(0, 6 - 2 * vagueness(code));

/**
 * The most specific of the region columns' codes, with its full name (广东省深圳市南山区).
 * Two codes that do not lie on one chain (440300 and 110000) keep the more specific (on a
 * tie the 行政区划代码 column); the other is a warning on its field, its text kept in the notes.
 */
export function regionOf(values: Record<string, string | null>, issues: FieldIssue[] = []): { code: string | null; name: string | null } {
  const given = (['regionCode', 'regionName'] as const).flatMap((field) => {
    const code = values[field];
    return code != null && /^\d{6}$/.test(code) ? [{ field, code }] : [];
  });
  const sorted = [...given].sort((a, b) => vagueness(a.code) - vagueness(b.code));
  const code = sorted[0]?.code ?? null;
  for (const other of sorted.slice(1)) {
    if (code && !code.startsWith(stem(other.code))) {
      issues.push({ field: other.field, code: 'REGION_MISMATCH', key: 'importReview.warnings.regionConflict', params: { code, name: regionNameOfCode(code) ?? code } });
    }
  }
  return { code, name: code ? (regionNameOfCode(code) ?? null) : null };
}

/** USCC characters 3–8 are the registering authority's GB/T 2260 code, used when the row names no region. */
export function regionOfUscc(uscc: string): { code: string; name: string | null } | null {
  return regionOfUsccCode(uscc);
}
