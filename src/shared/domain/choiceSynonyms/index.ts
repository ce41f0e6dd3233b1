import { ENUM_CATALOG, type EnumCode, type EnumName } from '../../i18n/enumCatalog';
import { enUSEnums } from '../../i18n/en-US.enums';
import { zhCNEnums } from '../../i18n/zh-CN.enums';
import { valueKey } from '../rules/valueKey';
import { agreementStatusSynonyms, agreementTypeSynonyms, obligationRecurrenceSynonyms, partyTypeSynonyms } from './agreementChoices';
import {
  cjrhLevelSynonyms,
  orgKindSynonyms,
  orgNatureSynonyms,
  orgSizeSynonyms,
  orgUnitKindSynonyms,
  partnerSourceSynonyms,
  partnerStatusSynonyms,
} from './partnerChoices';
import {
  contributionKindSynonyms,
  courseKindSynonyms,
  fundingDirectionSynonyms,
  fundingSourceKindSynonyms,
  interactionKindSynonyms,
  internshipBaseKindSynonyms,
  majorLevelSynonyms,
  orderClassKindSynonyms,
  programmeLevelSynonyms,
  programmeTypeSynonyms,
} from './programmeChoices';
import type { SynonymTable } from './types';

// One reviewed synonym table per choice a person types (forms, import). The lookups
// compare by valueKey, so width, case and spaces never matter. Enumerations left out
// (industry sections, reminder kinds, attachment kinds, languages, effective statuses)
// are either classified elsewhere or never typed; they still resolve by code and label.

export type { SynonymTable } from './types';

export const CHOICE_SYNONYMS = {
  orgKind: orgKindSynonyms,
  orgNature: orgNatureSynonyms,
  orgSize: orgSizeSynonyms,
  partnerStatus: partnerStatusSynonyms,
  partnerSource: partnerSourceSynonyms,
  cjrhLevel: cjrhLevelSynonyms,
  orgUnitKind: orgUnitKindSynonyms,
  majorLevel: majorLevelSynonyms,
  interactionKind: interactionKindSynonyms,
  agreementType: agreementTypeSynonyms,
  agreementStatus: agreementStatusSynonyms,
  partyType: partyTypeSynonyms,
  obligationRecurrence: obligationRecurrenceSynonyms,
  courseKind: courseKindSynonyms,
  fundingSourceKind: fundingSourceKindSynonyms,
  fundingDirection: fundingDirectionSynonyms,
  programmeType: programmeTypeSynonyms,
  contributionKind: contributionKindSynonyms,
  internshipBaseKind: internshipBaseKindSynonyms,
  orderClassKind: orderClassKindSynonyms,
  programmeLevel: programmeLevelSynonyms,
} as const satisfies { [N in EnumName]?: SynonymTable<N> };

export type SynonymEnumName = keyof typeof CHOICE_SYNONYMS;

/** A way of writing a code and how it was learnt: codes and labels outrank synonyms. */
interface ChoiceKey {
  key: string;
  code: string;
  source: 'code' | 'label' | 'labelPart' | 'synonym';
}

const LABEL_PARTS = /[/／、]/;

function labelsOf(name: EnumName, code: string): string[] {
  const zh = (zhCNEnums[name] as Record<string, string>)[code];
  const en = (enUSEnums[name] as Record<string, string>)[code];
  return [zh, en].filter((l): l is string => Boolean(l));
}

function synonymsOf(name: EnumName, code: string): readonly string[] {
  const table = (CHOICE_SYNONYMS as Partial<Record<EnumName, Record<string, readonly string[]>>>)[name];
  return table?.[code] ?? [];
}

/** Every way to write each code of an enumeration, in precedence order. */
export function choiceKeys(name: EnumName): ChoiceKey[] {
  const codes = ENUM_CATALOG[name] as readonly string[];
  const keys: ChoiceKey[] = [];
  for (const code of codes) keys.push({ key: valueKey(code), code, source: 'code' });
  for (const code of codes) for (const label of labelsOf(name, code)) keys.push({ key: valueKey(label), code, source: 'label' });
  for (const code of codes) {
    for (const label of labelsOf(name, code)) {
      for (const part of label.split(LABEL_PARTS)) if (part.trim()) keys.push({ key: valueKey(part), code, source: 'labelPart' });
    }
  }
  for (const code of codes) for (const s of synonymsOf(name, code)) keys.push({ key: valueKey(s), code, source: 'synonym' });
  return keys.filter((k) => k.key !== '');
}

const lookups = new Map<EnumName, Map<string, string>>();

function lookupOf(name: EnumName): Map<string, string> {
  let map = lookups.get(name);
  if (!map) {
    map = new Map();
    // First writer wins: a code or label is never shadowed by a synonym.
    for (const { key, code } of choiceKeys(name)) if (!map.has(key)) map.set(key, code);
    lookups.set(name, map);
  }
  return map;
}

/** The stored code for what a person typed (code, either label, part of a label, synonym), or null. */
export function resolveChoice<N extends EnumName>(name: N, text: string): EnumCode<N> | null {
  return (lookupOf(name).get(valueKey(text)) as EnumCode<N> | undefined) ?? null;
}

/** Distinct characters the two share, over the larger of their distinct character sets (0–1). */
function charOverlap(a: string, b: string): number {
  const bs = new Set(b);
  const shared = new Set([...a].filter((c) => bs.has(c))).size;
  return shared / Math.max(new Set(a).size, bs.size);
}

const MIN_CONTAINMENT = 0.3;
const NEGATION = /[非未无不]/;
const MIN_OVERLAP = 0.5;

/** The single best-scoring code, or null when nothing scores or two codes tie. */
function bestOf(scores: Map<string, number>, minimum: number): string | null {
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [code, score] of scores) {
    if (score > bestScore) [best, bestScore, tie] = [code, score, false];
    else if (score === bestScore && code !== best) tie = true;
  }
  return best !== null && !tie && bestScore >= minimum ? best : null;
}

/**
 * The closest choice for a near miss ('国有企业（独资）', '大型企业集团'): an exact match,
 * else the key contained in the text or containing it with the largest share, else the
 * best character overlap. Null when nothing is close or two codes are equally close, so
 * the caller asks instead of guessing. Codes are not used for containment: 'in' is in
 * too many words.
 */
export function suggestChoice<N extends EnumName>(name: N, text: string): EnumCode<N> | null {
  const exact = resolveChoice(name, text);
  if (exact !== null) return exact;
  const typed = valueKey(text);
  // 非国有企业, 未生效, 无效, 不合作: a negation turns containment into the opposite answer.
  if (!typed || NEGATION.test(typed)) return null;
  const keys = choiceKeys(name).filter((k) => k.source !== 'code');
  const containment = new Map<string, number>();
  const overlap = new Map<string, number>();
  for (const { key, code } of keys) {
    const share = typed.includes(key) ? key.length / typed.length : key.includes(typed) ? typed.length / key.length : 0;
    if (share > (containment.get(code) ?? 0)) containment.set(code, share);
    const o = charOverlap(typed, key);
    if (o > (overlap.get(code) ?? 0)) overlap.set(code, o);
  }
  return (bestOf(containment, MIN_CONTAINMENT) ?? bestOf(overlap, MIN_OVERLAP)) as EnumCode<N> | null;
}

/** Labels in both languages, synonyms and the code, for filtering a form's options. '|' keeps them apart. */
export function choiceSearchText(name: EnumName, code: string): string {
  return [...labelsOf(name, code), ...synonymsOf(name, code), code].join(' | ');
}

/** Whether what a person types into a choice's search box finds the code: part of a label, a synonym or the code. */
export function choiceMatches(name: EnumName, code: string, typed: string): boolean {
  const key = valueKey(typed);
  if (!key) return true;
  // "C 制" finds "C 制造业" as a select that shows codes prints it.
  const terms = [...choiceSearchText(name, code).split(' | '), ...labelsOf(name, code).map((l) => `${code}${l}`)];
  return terms.some((term) => valueKey(term).includes(key));
}
