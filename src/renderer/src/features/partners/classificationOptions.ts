import { industryChildren, type IndustryEntry, suggestIndustries } from '@shared/classifications/industry';
import type { RegionEntry } from '@shared/classifications/region';
import type { RegionModule } from './useRegions';

// Cascader options for the GB/T 4754 and GB/T 2260 pickers, and their search: typing matches
// with the shared suggest functions (汽车 offers 36 汽车制造业 first), not antd's substring test.

export interface ClassificationOption {
  value: string;
  label: string;
  children?: ClassificationOption[];
}

function industryOption(e: IndustryEntry): ClassificationOption {
  const children = industryChildren(e.code);
  // An undivided 中类 repeats itself as its only 小类 (362 → 3620): one step is enough.
  const only = children.length === 1 && children[0]?.name === e.name;
  return { value: e.code, label: `${e.code} ${e.name}`, ...(children.length > 0 && !only ? { children: children.map(industryOption) } : {}) };
}

let industryOptions: ClassificationOption[] | null = null;

export function industryCascaderOptions(): ClassificationOption[] {
  industryOptions ??= industryChildren(null).map(industryOption);
  return industryOptions;
}

function regionOption(regions: RegionModule, e: RegionEntry): ClassificationOption {
  const children = regions.regionChildren(e.code);
  return { value: e.code, label: e.name, ...(children.length > 0 ? { children: children.map((c) => regionOption(regions, c)) } : {}) };
}

const regionOptionsOf = new WeakMap<RegionModule, ClassificationOption[]>();

export function regionCascaderOptions(regions: RegionModule): ClassificationOption[] {
  let options = regionOptionsOf.get(regions);
  if (!options) {
    options = regions.regionChildren(null).map((e) => regionOption(regions, e));
    regionOptionsOf.set(regions, options);
  }
  return options;
}

/**
 * antd's showSearch over a suggest function: a path matches when its last code is suggested
 * for the text, and paths sort in the suggestion's order. One suggestion list per text typed.
 */
export function suggestSearch(suggest: (text: string) => readonly { code: string }[]) {
  let last: { text: string; rank: Map<string, number> } | null = null;
  const rankOf = (text: string): Map<string, number> => {
    if (last?.text !== text) last = { text, rank: new Map(suggest(text).map((e, i) => [e.code, i])) };
    return last.rank;
  };
  const codeOf = (path: readonly { value?: unknown }[]): string => String(path[path.length - 1]?.value ?? '');
  return {
    filter: (text: string, path: { value?: unknown }[]) => rankOf(text).has(codeOf(path)),
    sort: (a: { value?: unknown }[], b: { value?: unknown }[], text: string) => {
      const rank = rankOf(text);
      return (rank.get(codeOf(a)) ?? 999) - (rank.get(codeOf(b)) ?? 999);
    },
    limit: 50,
  };
}

export const industrySearch = () => suggestSearch((text) => suggestIndustries(text, 50));
