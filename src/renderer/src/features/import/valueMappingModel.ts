import type { ImportAnalysis, ImportChoiceSource, ImportUnknownValue, ValueMapping } from '@shared/domain/importing';
import { valueKey } from '@shared/domain/rules/valueKey';
import { ENUM_CATALOG, type EnumName } from '@shared/i18n';
import type { Translator } from '../../components/errorText';

// The value step's pure pieces: what the user chose per distinct value, the groups shown
// (one per column), the allowed choices of an enum field and the rows a value occurs in.

/** antd Select values cannot be null: this stands for "leave blank, keep the text in notes". */
export const NOTES_CHOICE = '__notes__';

export function toSelectValue(code: string | null): string {
  return code ?? NOTES_CHOICE;
}

export function fromSelectValue(value: string): string | null {
  return value === NOTES_CHOICE ? null : value;
}

/** The user's value choices with one more (or a changed) choice, as import:analyze takes them. */
export function withValue(values: ValueMapping | undefined, field: string, key: string, code: string | null): ValueMapping {
  const out: ValueMapping = {};
  for (const [f, map] of Object.entries(values ?? {})) out[f] = { ...map };
  out[field] = { ...(out[field] ?? {}), [key]: code };
  return out;
}

/**
 * What the select shows for an unknown value: the choice in force (the user's or the saved
 * one), else the suggestion (preselected; it applies unless the user picks something else),
 * else blank with the text in notes.
 */
export function shownChoice(u: ImportUnknownValue): string | null {
  return u.decided ? u.chosen : (u.suggestion ?? u.chosen);
}

/**
 * The value mapping to save or send: every unknown value with what is shown for it, over
 * the mapping in force. Suggestions become decisions here, so a saved mapping decides
 * every value and the next import of the same file has nothing left to ask.
 */
export function decidedValues(analysis: Pick<ImportAnalysis, 'values' | 'unknownValues'>): ValueMapping {
  let out: ValueMapping = withValue(analysis.values, '', '', null);
  delete out[''];
  for (const u of analysis.unknownValues) out = withValue(out, u.field, u.key, shownChoice(u));
  return out;
}

/**
 * The suggestions of values nobody decided yet, added to the user's choices, so that what
 * the value step preselects is what the analysis applies; null when there is none.
 */
export function withSuggestions(analysis: Pick<ImportAnalysis, 'unknownValues'>, userValues: ValueMapping | undefined): ValueMapping | null {
  let out: ValueMapping | null = null;
  for (const u of analysis.unknownValues) {
    if (u.decided || u.suggestion === null || userValues?.[u.field]?.[u.key] !== undefined) continue;
    out = withValue(out ?? userValues, u.field, u.key, u.suggestion);
  }
  return out;
}

export interface UnknownValueGroup {
  field: string;
  column: string;
  items: ImportUnknownValue[];
}

/** One group per column, in the order the core lists them. */
export function groupUnknownValues(values: readonly ImportUnknownValue[]): UnknownValueGroup[] {
  const groups = new Map<string, UnknownValueGroup>();
  for (const u of values) {
    const id = `${u.field}\u0000${u.column}`;
    const group = groups.get(id) ?? { field: u.field, column: u.column, items: [] };
    group.items.push(u);
    groups.set(id, group);
  }
  return [...groups.values()];
}

export function choiceSourceOf(analysis: Pick<ImportAnalysis, 'fields'>, field: string): ImportChoiceSource | null {
  return analysis.fields.find((f) => f.field === field)?.choices ?? null;
}

export function isEnumName(name: string): name is EnumName {
  return Object.hasOwn(ENUM_CATALOG, name);
}

export interface ChoiceOption {
  value: string;
  label: string;
}

/** The codes of an enumeration with their labels in the user's language. */
export function enumOptions(tr: Translator, enumName: string): ChoiceOption[] {
  if (!isEnumName(enumName)) return [];
  const codes: readonly string[] = ENUM_CATALOG[enumName];
  return codes.map((code) => ({ value: code, label: tr.t(`enums.${enumName}.${code}`) }));
}

/** "第 3、5、9 行" and "等 25 行" when the core listed only the first rows. */
export function rowsText(tr: Translator, u: Pick<ImportUnknownValue, 'rows' | 'count'>): string {
  const rows = u.rows.join(tr.t('import.wizard.values.rowSeparator'));
  return u.count > u.rows.length ? tr.t('import.wizard.values.rowsMore', { rows, count: u.count }) : tr.t('import.wizard.values.rows', { rows });
}

/** How many distinct values are still open (neither decided nor suggested). */
export function openCount(values: readonly ImportUnknownValue[]): number {
  return values.filter((u) => !u.decided && u.suggestion === null).length;
}

/**
 * For the preview: the label a choice text was mapped to (the user's or a saved choice),
 * when it reads differently from the text; null otherwise. Enum fields only: the
 * classification labels are loaded on demand.
 */
export function mappedLabel(
  tr: Translator,
  analysis: Pick<ImportAnalysis, 'fields' | 'values'>,
  field: string,
  text: string | null | undefined,
): string | null {
  const source = choiceSourceOf(analysis, field);
  if (!text || source?.kind !== 'enum' || !isEnumName(source.enumName)) return null;
  const code = analysis.values[field]?.[valueKey(text)];
  if (!code) return null;
  const label = tr.t(`enums.${source.enumName}.${code}`);
  return label === text.trim() ? null : label;
}
