import { charOverlap, lookupKey } from '@shared/classifications/text';
import { industryByCode, industrySectionOf, regionByCode, regionFromUscc, regionFullName, regionPath, resolveIndustry, resolveRegion, suggestIndustries, suggestRegions } from '@shared/classifications';
import { resolveChoice, suggestChoice } from '@shared/domain/choiceSynonyms';
import type { ImportChoiceSource } from '@shared/domain/importing';
import type { FieldDef } from './entities/entityDef';

// The one place the import asks "what does this typed choice mean?" (issue 10): enum
// choices through the reviewed synonym tables (choiceSynonyms), industries and regions
// through the GB/T 4754 and GB/T 2260 tables (src/shared/classifications). Industry codes
// are a 门类 letter or a 2–4 digit code, region codes six digits.

/** Where a field's allowed values come from, for the wizard's value step; null for free text. */
export function choiceSource(f: FieldDef): ImportChoiceSource | null {
  if (f.classification) return { kind: f.classification };
  if (f.enumName) return { kind: 'enum', enumName: f.enumName };
  return null;
}

/**
 * A region name that several places share (南山区: 深圳 and 鹤岗) read below the row's own
 * USCC region (its registering authority): the prefecture's, then the province's full name
 * in front of it must make it unique.
 */
function regionNear(text: string, uscc: string | null | undefined): string | null {
  const home = regionFromUscc(uscc);
  if (!home) return null;
  for (const above of regionPath(home.code).slice(0, 2).reverse()) {
    const hit = resolveRegion(`${above.fullName}${text}`);
    if (hit) return hit.code;
  }
  return null;
}

/** The stored code for a typed value as it stands (code, label, synonym, name), else null. */
export function resolveFieldValue(f: FieldDef, text: string, row: Record<string, string | null> = {}): string | null {
  if (f.classification === 'industry') return resolveIndustry(text)?.code ?? null;
  if (f.classification === 'region') return resolveRegion(text)?.code ?? regionNear(text, row['uscc']);
  if (f.enumName) return resolveChoice(f.enumName, text);
  return null;
}

const TRADE_SUFFIX = /(行业|业)$/;

/**
 * The wizard preselects a suggestion, so a classification guess must be close to the text's
 * own words: one name contains the other (汽车制造 ~ 36 汽车制造业). A search box may offer
 * looser matches by shared characters, but 物流 must not preselect 非金属矿物制品业.
 */
function nameClose(text: string, entry: { code: string; name: string; fullName?: string } | undefined): string | null {
  if (!entry) return null;
  const typed = lookupKey(text).replace(TRADE_SUFFIX, '');
  // A region is written with its province or city in front (深圳南山): compare the full name.
  const name = lookupKey(entry.fullName ?? entry.name).replace(TRADE_SUFFIX, '');
  if (typed.length < 2 || /[非未无不]/.test(typed)) return null;
  if (name.includes(typed) || typed.includes(name)) return entry.code;
  // Or nearly all of a longer text's characters (新能源汽车 ~ 3612 新能源车整车制造); 仓储物流
  // sharing three of four with 谷物仓储 is not enough.
  return new Set(typed).size >= 3 && charOverlap(typed, name) >= 0.8 ? entry.code : null;
}

/** A best guess for a value that does not resolve, or null. */
export function suggestFieldValue(f: FieldDef, text: string): string | null {
  if (f.classification === 'industry') return nameClose(text, suggestIndustries(text, 1)[0]);
  if (f.classification === 'region') return nameClose(text, suggestRegions(text, 1)[0]);
  if (f.enumName) return suggestChoice(f.enumName, text);
  return null;
}

/** Whether `code` is an allowed stored value of the field (a user's or saved choice is checked too). */
export function isAllowedValue(f: FieldDef, code: string): boolean {
  if (f.classification === 'industry') return industryByCode(code)?.code === code;
  if (f.classification === 'region') return regionByCode(code)?.code === code;
  if (f.enumName) return resolveChoice(f.enumName, code) === code;
  return false;
}

/** The 门类 letter of an industry code, or null for a code the table does not have. */
export function industrySectionOfCode(code: string): string | null {
  return industrySectionOf(code);
}

export function regionNameOfCode(code: string): string | null {
  return regionFullName(code);
}

/** The registering authority's region from USCC characters 3–8. */
export function regionOfUsccCode(uscc: string): { code: string; name: string | null } | null {
  const r = regionFromUscc(uscc);
  return r ? { code: r.code, name: r.fullName } : null;
}
