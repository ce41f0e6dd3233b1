import { MERGE_FIELDS } from '@shared/documents/fieldCatalogue';
import { formatFen } from '@shared/format/money';
import type { Translator } from '../../components/errorText';
import {
  CODE_FIELDS,
  COMMON_LABEL_PREFIX,
  ENUM_FIELDS,
  FIELD_LABEL_PREFIXES,
  HIDDEN_FIELDS,
  REFERENCE_FIELDS,
  TABLE_HIDDEN_FIELDS,
  isBooleanField,
  isFenField,
} from './historyLabels';

// Turns one audited change into words: the field's label and each value as the user knows
// it (元, 是/否, names, enum labels, lists), never an id, a column name or raw JSON. Pure (a
// Translator, no React), so unit tests run it against the real resources.

/** Names of referenced records, keyed `${table}:${id}` (from audit:names). */
export type RecordNameMap = ReadonlyMap<string, string>;

export interface ValueContext {
  names: RecordNameMap;
  language: 'zh-CN' | 'en-US';
}

export const nameKey = (table: string, id: string): string => `${table}:${id}`;

/** The field's label; null when the field is bookkeeping and not shown at all. */
export function historyFieldLabel(tr: Translator, tableName: string, field: string): string | null {
  if (HIDDEN_FIELDS.has(field) || TABLE_HIDDEN_FIELDS[tableName]?.has(field)) return null;
  for (const prefix of [...(FIELD_LABEL_PREFIXES[tableName] ?? []), COMMON_LABEL_PREFIX]) {
    if (tr.exists(`${prefix}.${field}`)) return tr.t(`${prefix}.${field}`);
  }
  // A column with no label yet: better its name than nothing (the coverage test prevents it).
  return field;
}

const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** JSON text columns (settings values) arrive as strings: their content is what changed. */
function parsedJson(value: string): unknown {
  if (!/^[[{]/.test(value.trim())) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** The label of a key inside an object value (merge values, the college profile). */
function keyLabel(tr: Translator, field: string, key: string, language: ValueContext['language']): string {
  if (field === 'mergeValues') {
    const merge = MERGE_FIELDS.find((f) => f.name === key);
    return merge ? (language === 'en-US' ? merge.en : merge.zh) : key;
  }
  for (const prefix of ['settings.college', COMMON_LABEL_PREFIX]) {
    if (tr.exists(`${prefix}.${key}`)) return tr.t(`${prefix}.${key}`);
  }
  return key;
}

/** One value of a change, in words; blanks are '—'. */
export function historyValueText(tr: Translator, tableName: string, field: string, raw: unknown, ctx: ValueContext): string {
  const value = typeof raw === 'string' ? parsedJson(raw) : raw;
  if (isBlank(value)) return tr.t('common.none');
  const refTable = REFERENCE_FIELDS[field];
  if (refTable) {
    const ids = Array.isArray(value) ? value : [value];
    return ids.map((id) => ctx.names.get(nameKey(refTable, String(id))) ?? tr.t('history.unknownRecord')).join('、');
  }
  const enumName = ENUM_FIELDS[tableName]?.[field];
  if (enumName && typeof value === 'string' && tr.exists(`enums.${enumName}.${value}`)) return tr.t(`enums.${enumName}.${value}`);
  const codeLabel = CODE_FIELDS[tableName]?.[field];
  if (codeLabel && typeof value === 'string') return codeLabel(value);
  if (isFenField(field) && typeof value === 'number' && Number.isSafeInteger(value)) {
    return tr.t('history.yuan', { amount: formatFen(value, 'yuan', ctx.language) });
  }
  if (typeof value === 'boolean' || (isBooleanField(field) && (value === 0 || value === 1))) return value ? tr.t('common.yes') : tr.t('common.no');
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '…')).join('、');
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => !isBlank(v));
    if (entries.length === 0) return tr.t('common.none');
    return entries
      .map(([k, v]) => `${keyLabel(tr, field, k, ctx.language)}：${typeof v === 'object' ? '…' : typeof v === 'boolean' ? (v ? tr.t('common.yes') : tr.t('common.no')) : String(v)}`)
      .join('；');
  }
  return String(value);
}

/** The referenced records a history needs names for, per table (for audit:names). */
export function referencedIds(changes: readonly { field: string; before: unknown; after: unknown }[]): { table: string; ids: string[] }[] {
  const byTable = new Map<string, Set<string>>();
  for (const c of changes) {
    const table = REFERENCE_FIELDS[c.field];
    if (!table) continue;
    for (const v of [c.before, c.after]) {
      const value = typeof v === 'string' ? parsedJson(v) : v;
      for (const id of Array.isArray(value) ? value : [value]) {
        if (typeof id === 'string' && id) (byTable.get(table) ?? byTable.set(table, new Set()).get(table))?.add(id);
      }
    }
  }
  return [...byTable].map(([table, ids]) => ({ table, ids: [...ids].sort() }));
}
