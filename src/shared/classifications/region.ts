import data from '../../../resources/classifications/gbt2260.json';
import { lookupKey, unique } from './text';
import { regionAliases } from './regionNames';

// GB/T 2260 行政区划 (province, prefecture, county) as data; see
// resources/classifications/README.md for the edition. 直辖市 have no prefecture row: their
// districts hang under the municipality (110108 海淀区 → 110000 北京市).

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface RegionEntry {
  /** Six digits. */
  code: string;
  name: string;
  level: RegionLevel;
  parent: string | null;
  /** The names from the province down, e.g. 广东省深圳市南山区. */
  fullName: string;
}

const levelOf = (code: string): RegionLevel => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county');

/** [code, name, parent code] in code order. */
const ROWS = data.rows as [string, string, string | null][];

const ENTRIES: readonly RegionEntry[] = (() => {
  const names = new Map(ROWS.map(([code, name]) => [code, name]));
  const parents = new Map(ROWS.map(([code, , parent]) => [code, parent]));
  const fullName = (code: string | null): string => (code === null ? '' : fullName(parents.get(code) ?? null) + (names.get(code) ?? ''));
  return ROWS.map(([code, name, parent]) => ({ code, name, level: levelOf(code), parent, fullName: fullName(code) }));
})();

const BY_CODE = new Map(ENTRIES.map((e) => [e.code, e]));
const CHILDREN = new Map<string | null, RegionEntry[]>();
for (const e of ENTRIES) CHILDREN.set(e.parent, [...(CHILDREN.get(e.parent) ?? []), e]);

export const REGION_COUNTS: Readonly<Record<RegionLevel, number>> = {
  province: ENTRIES.filter((e) => e.level === 'province').length,
  prefecture: ENTRIES.filter((e) => e.level === 'prefecture').length,
  county: ENTRIES.filter((e) => e.level === 'county').length,
};

export const REGION_EDITION = data.source;

export function regionEntries(): readonly RegionEntry[] {
  return ENTRIES;
}

/** The provinces (parent null) or the entries directly below a code, by code. */
export function regionChildren(parent: string | null): readonly RegionEntry[] {
  return CHILDREN.get(parent) ?? [];
}

export function regionByCode(code: string | null | undefined): RegionEntry | null {
  return code ? (BY_CODE.get(lookupKey(code)) ?? null) : null;
}

export function regionFullName(code: string | null | undefined): string | null {
  return regionByCode(code)?.fullName ?? null;
}

/** Province → prefecture → county down to the code; empty for an unknown code. */
export function regionPath(code: string | null | undefined): RegionEntry[] {
  const path: RegionEntry[] = [];
  for (let e = regionByCode(code); e; e = e.parent === null ? null : (BY_CODE.get(e.parent) ?? null)) path.unshift(e);
  return path;
}

// Every way one entry is written alone: 广东省 / 广东, 深圳市 / 深圳, 广西壮族自治区 / 广西.
const BY_ALIAS = new Map<string, RegionEntry[]>();
const BY_NAME = new Map<string, RegionEntry[]>();
for (const e of ENTRIES) {
  BY_NAME.set(e.name, [...(BY_NAME.get(e.name) ?? []), e]);
  for (const alias of regionAliases(e.name, e.level)) BY_ALIAS.set(alias, [...(BY_ALIAS.get(alias) ?? []), e]);
}

const isBelow = (entry: RegionEntry, ancestor: RegionEntry): boolean => regionPath(entry.code).includes(ancestor) && entry !== ancestor;

/**
 * Every entry the text can denote, a chain of names at most province + prefecture + county
 * (广东深圳, 广东省深圳市南山区, 北京海淀). A full official name beats a short form of another
 * entry: 吉林市 is the city even though 吉林 is also the province.
 */
function candidates(text: string, memo: Map<string, RegionEntry[]>): RegionEntry[] {
  const known = memo.get(text);
  if (known) return known;
  memo.set(text, []);
  const exact = BY_NAME.get(text);
  const found: RegionEntry[] = exact ? [...exact] : [...(BY_ALIAS.get(text) ?? [])];
  if (!exact) {
    for (let i = 1; i < text.length; i++) {
      const heads = [...(BY_NAME.get(text.slice(0, i)) ?? []), ...(BY_ALIAS.get(text.slice(0, i)) ?? [])];
      if (heads.length === 0) continue;
      const tails = candidates(text.slice(i), memo);
      for (const tail of tails) if (heads.some((head) => isBelow(tail, head))) found.push(tail);
    }
  }
  const result = [...new Set(found)];
  memo.set(text, result);
  return result;
}

/**
 * A six-digit code or a name with or without its 省/市/区/县/自治区… suffix, alone or after
 * its province and prefecture; null when unknown or ambiguous (朝阳区 is in 北京 and 长春).
 * A short form shared down one chain means the larger area, as people use it: 吉林 is the
 * province (not 吉林市), 恩施 the 自治州 (not 恩施市).
 */
export function resolveRegion(text: string | null | undefined): RegionEntry | null {
  if (!text) return null;
  const key = lookupKey(text);
  if (/^\d{6}$/.test(key)) return regionByCode(key);
  if (key === '') return null;
  const found = candidates(key, new Map());
  const top = found.find((e) => found.every((other) => other === e || isBelow(other, e)));
  return top ?? unique(found);
}

/** For a search box: exact name first, then names starting with the text, then containing it. */
export function suggestRegions(text: string | null | undefined, limit = 8): RegionEntry[] {
  const query = lookupKey(text ?? '');
  if (query === '') return [];
  const resolved = resolveRegion(query);
  const rank = (e: RegionEntry): number => {
    if (e === resolved) return 0;
    if (e.name === query || regionAliases(e.name, e.level).includes(query)) return 1;
    if (e.name.startsWith(query)) return 2;
    if (e.fullName.includes(query)) return 3;
    return 9;
  };
  const levelRank: Record<RegionLevel, number> = { province: 0, prefecture: 1, county: 2 };
  return ENTRIES.map((e) => ({ e, r: /^\d+$/.test(query) ? (e.code.startsWith(query) ? 2 : 9) : rank(e) }))
    .filter((x) => x.r < 9)
    .sort((a, b) => a.r - b.r || levelRank[a.e.level] - levelRank[b.e.level] || a.e.code.localeCompare(b.e.code))
    .slice(0, limit)
    .map((x) => x.e);
}

/**
 * Characters 3–8 of a USCC are the registering authority's division code (GB 32100). A code
 * that has since been merged away falls back to its prefecture, then its province.
 */
export function regionFromUscc(uscc: string | null | undefined): RegionEntry | null {
  if (!uscc) return null;
  const code = lookupKey(uscc).slice(2, 8);
  if (!/^\d{6}$/.test(code)) return null;
  return regionByCode(code) ?? regionByCode(`${code.slice(0, 4)}00`) ?? regionByCode(`${code.slice(0, 2)}0000`);
}
