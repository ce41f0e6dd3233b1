import data from '../../../resources/classifications/gbt4754-2017.json';
import { charOverlap, lookupKey } from './text';

// GB/T 4754-2017 国民经济行业分类 as data (resources/classifications/README.md says which
// edition and what is missing). 门类 are letters, 大类/中类/小类 two/three/four digits; a
// 大类's 门类 follows from its code range, which is how a partner's 门类 is derived.

export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface IndustryEntry {
  code: string;
  name: string;
  level: IndustryLevel;
  /** The 门类 letter (itself for a 门类). */
  section: string;
  /** The next level up: 门类 letter for a 大类, null for a 门类. */
  parent: string | null;
}

const LEVEL_BY_LENGTH: Record<number, IndustryLevel> = { 2: 'division', 3: 'group', 4: 'class' };

const ENTRIES: readonly IndustryEntry[] = (() => {
  const out: IndustryEntry[] = [];
  let section = '';
  for (const [code, name] of data.rows as [string, string][]) {
    if (/^[A-Z]$/.test(code)) {
      section = code;
      out.push({ code, name, level: 'section', section, parent: null });
    } else {
      const level = LEVEL_BY_LENGTH[code.length] ?? 'class';
      const parent = level === 'division' ? section : code.slice(0, code.length - 1);
      out.push({ code, name, level, section, parent });
    }
  }
  return out;
})();

const BY_CODE = new Map(ENTRIES.map((e) => [e.code, e]));
const CHILDREN = new Map<string | null, IndustryEntry[]>();
for (const e of ENTRIES) CHILDREN.set(e.parent, [...(CHILDREN.get(e.parent) ?? []), e]);

/** How many entries each level has (the standard with 第1号修改单 states 20/97/473/1382). */
export const INDUSTRY_COUNTS: Readonly<Record<IndustryLevel, number>> = {
  section: ENTRIES.filter((e) => e.level === 'section').length,
  division: ENTRIES.filter((e) => e.level === 'division').length,
  group: ENTRIES.filter((e) => e.level === 'group').length,
  class: ENTRIES.filter((e) => e.level === 'class').length,
};

export const INDUSTRY_EDITION = data.standard;

/** Every entry in the standard's order (门类, then each 大类 followed by its 中类 and 小类). */
export function industryEntries(): readonly IndustryEntry[] {
  return ENTRIES;
}

/** The 门类 (parent null) or the entries directly below a code, in the standard's order. */
export function industryChildren(parent: string | null): readonly IndustryEntry[] {
  return CHILDREN.get(parent) ?? [];
}

/**
 * 'C', '36', '361', '3611', and the prefixed forms 'C36' / 'C3611' (refused when the letter
 * is not the code's 门类). Full-width characters and blanks are tolerated.
 */
export function industryByCode(code: string | null | undefined): IndustryEntry | null {
  if (!code) return null;
  const key = lookupKey(code);
  const match = /^([A-Z]?)(\d{2,4})?$/.exec(key);
  if (!match || key === '') return null;
  const [, letter = '', digits] = match;
  if (digits === undefined) return BY_CODE.get(letter) ?? null;
  const entry = BY_CODE.get(digits) ?? null;
  if (entry && letter !== '' && entry.section !== letter) return null;
  return entry;
}

/** 门类 → 大类 → 中类 → 小类 down to the code; empty for an unknown code. */
export function industryPath(code: string | null | undefined): IndustryEntry[] {
  const path: IndustryEntry[] = [];
  for (let e = industryByCode(code); e; e = e.parent === null ? null : (BY_CODE.get(e.parent) ?? null)) path.unshift(e);
  return path;
}

/** '36 汽车制造业' / 'C 制造业'; an unknown code is shown as it is, an empty one as ''. */
export function industryLabel(code: string | null | undefined): string {
  if (!code) return '';
  const entry = industryByCode(code);
  return entry ? `${entry.code} ${entry.name}` : code;
}

export function industrySectionOf(code: string | null | undefined): string | null {
  return industryByCode(code)?.section ?? null;
}

/** The 大类 of a 2–4 digit code ('3611' → '36'), whether or not the code exists. */
export function industryDivisionOf(code: string | null | undefined): string | null {
  if (!code) return null;
  const key = lookupKey(code).replace(/^[A-Z]/, '');
  return /^\d{2,4}$/.test(key) ? key.slice(0, 2) : null;
}

// Names: '汽车制造' and '汽车制造业' (or '汽车制造行业') mean the same class.
const stripTrade = (name: string): string => (name.length > 2 ? name.replace(/(行业|业)$/u, '') : name);

const BY_NAME = new Map<string, IndustryEntry[]>();
const BY_LOOSE_NAME = new Map<string, IndustryEntry[]>();
for (const e of ENTRIES) {
  const key = lookupKey(e.name);
  BY_NAME.set(key, [...(BY_NAME.get(key) ?? []), e]);
  const loose = stripTrade(key);
  BY_LOOSE_NAME.set(loose, [...(BY_LOOSE_NAME.get(loose) ?? []), e]);
}

const isAncestor = (a: IndustryEntry, b: IndustryEntry): boolean => industryPath(b.code).includes(a);

/**
 * One entry for several that are a single chain (12 其他采矿业 / 120 / 1200 repeat one name):
 * the most specific, which is what a partner stores. Entries on different branches: null.
 */
function mostSpecificOfChain(entries: readonly IndustryEntry[]): IndustryEntry | null {
  if (entries.length === 0) return null;
  const deepest = entries.reduce((a, b) => (industryPath(b.code).length > industryPath(a.code).length ? b : a));
  return entries.every((e) => e === deepest || isAncestor(e, deepest)) ? deepest : null;
}

/**
 * A code or a name at any level ('36', 'C3611', '汽车制造', '制造业', '36 汽车制造业'); null
 * when unknown or when the text fits entries on different branches.
 */
export function resolveIndustry(text: string | null | undefined): IndustryEntry | null {
  if (!text) return null;
  const key = lookupKey(text);
  if (key === '') return null;
  const byCode = industryByCode(key);
  if (byCode) return byCode;
  // '36 汽车制造业' / 'C36汽车制造业': the code decides, a name after it must agree.
  const labelled = /^([A-Z]?\d{2,4}|[A-Z])(?=[^\dA-Z])(.+)$/u.exec(key);
  if (labelled) {
    const entry = industryByCode(labelled[1]);
    const named = resolveByName(labelled[2] ?? '');
    return entry && (named === null || named === entry || stripTrade(lookupKey(entry.name)) === stripTrade(labelled[2] ?? '')) ? entry : null;
  }
  return resolveByName(key);
}

function resolveByName(key: string): IndustryEntry | null {
  const exact = BY_NAME.get(key);
  if (exact) return mostSpecificOfChain(exact);
  return mostSpecificOfChain(BY_LOOSE_NAME.get(stripTrade(key)) ?? []);
}

const LEVEL_RANK: Record<IndustryLevel, number> = { section: 0, division: 1, group: 2, class: 3 };

function score(entry: IndustryEntry, query: string, looseQuery: string): number {
  const name = lookupKey(entry.name);
  if (entry.code === query) return 1000;
  if (name === query) return 950;
  if (stripTrade(name) === looseQuery) return 900;
  const coded = /^([A-Z]?)(\d+)$/.exec(query);
  if (coded) return entry.code.startsWith(coded[2] ?? '') && (coded[1] === '' || coded[1] === entry.section) ? 800 - entry.code.length : 0;
  if (name.startsWith(looseQuery)) return 700;
  const at = name.indexOf(looseQuery);
  if (at >= 0) return 600 - Math.min(at, 50);
  const overlap = charOverlap(looseQuery, name);
  // Half the characters at least, so 汽油 does not offer every 油 and every 汽.
  return overlap >= 0.5 ? Math.round(overlap * 400) : 0;
}

/**
 * The closest entries for a search box or an import cell: exact code or name first, then
 * names starting with the text, containing it, sharing most of its characters. A 中类 and
 * its only 小类 (362 / 3620, same name) are offered once, as the 中类.
 */
export function suggestIndustries(text: string | null | undefined, limit = 8): IndustryEntry[] {
  const query = lookupKey(text ?? '');
  if (query === '') return [];
  const looseQuery = stripTrade(query);
  const scored: { entry: IndustryEntry; score: number }[] = [];
  for (const entry of ENTRIES) {
    const s = score(entry, query, looseQuery);
    if (s > 0) scored.push({ entry, score: s });
  }
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      LEVEL_RANK[a.entry.level] - LEVEL_RANK[b.entry.level] ||
      a.entry.name.length - b.entry.name.length ||
      a.entry.code.localeCompare(b.entry.code),
  );
  const out: IndustryEntry[] = [];
  const taken = new Set<string>();
  for (const { entry } of scored) {
    const parent = entry.parent === null ? undefined : BY_CODE.get(entry.parent);
    if (parent && parent.name === entry.name && taken.has(parent.code)) continue;
    out.push(entry);
    taken.add(entry.code);
    if (out.length >= limit) break;
  }
  return out;
}
