import { pinyin } from 'pinyin-pro';

// Pinyin forms of a name for the search index, so "huawei" and "hw" find 华为技术有限公司.
// Latin and digit runs are kept whole (lower-cased) and everything else (spaces, brackets,
// punctuation) is dropped, so the keys hold only [a-z0-9] and a typed query never has to
// guess where the separators were.

const KEEP = /[^a-z0-9]/g;

function syllables(text: string, pattern: 'pinyin' | 'first'): string[] {
  return pinyin(text, { pattern, toneType: 'none', type: 'array', nonZh: 'consecutive' });
}

/** Full pinyin, no spaces, lower case: 华为技术 → huaweijishu. Null in, null out (SQL semantics). */
export function fullPinyin(text: string | null): string | null {
  if (text === null) return null;
  return syllables(text, 'pinyin').join('').toLowerCase().replace(KEEP, '');
}

/** Initials of the Chinese characters; Latin runs stay whole: 华为技术 → hwjs, ABC科技 → abckj. */
export function pinyinInitials(text: string | null): string | null {
  if (text === null) return null;
  return syllables(text, 'first').join('').toLowerCase().replace(KEEP, '');
}

/**
 * A typed query as the pinyin keys store it (NFKC, lower case, [a-z0-9] only: "Zhang M" →
 * "zhangm"), or null when it has no Latin letter and so cannot be pinyin (张明, 138…).
 */
export function pinyinQueryKey(q: string): string | null {
  const key = q.normalize('NFKC').toLowerCase().replace(KEEP, '');
  return /[a-z]/.test(key) ? key : null;
}
