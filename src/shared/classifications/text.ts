// Text normalisation shared by the industry and region look-ups: what a person types or an
// Excel cell holds (full-width digits and letters, ideographic spaces, stray blanks) compares
// equal to the official name.

/** NFKC (full-width → half-width), no whitespace at all, Latin letters upper-cased. */
export function lookupKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

/** How many distinct characters of `query` occur in `name`, as a share of the query (0–1). */
export function charOverlap(query: string, name: string): number {
  const chars = [...new Set(query)];
  if (chars.length === 0) return 0;
  return chars.filter((c) => name.includes(c)).length / chars.length;
}

/**
 * The single answer of a look-up, or null: none, or several that the text cannot tell
 * apart (朝阳区 is in 北京 and in 长春) — a guess would file a partner under the wrong code.
 */
export function unique<T>(candidates: readonly T[]): T | null {
  const distinct = [...new Set(candidates)];
  return distinct.length === 1 ? (distinct[0] ?? null) : null;
}
