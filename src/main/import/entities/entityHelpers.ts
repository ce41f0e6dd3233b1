import type { EnumName } from '@shared/i18n';
import { parseEnum } from '../enumLabels';
import type { FieldIssue } from './entityDef';

/** Stands in for a reference id while a draft is validated before the referenced row exists. */
export const PLACEHOLDER_ID = '00000000-0000-7000-8000-000000000000';

/** The enum code for a field's text; an unknown choice is an issue, an empty cell null. */
export function enumValue(name: EnumName, values: Record<string, string | null>, field: string, issues: FieldIssue[]): string | null {
  const text = values[field];
  if (text == null) return null;
  const code = parseEnum(name, text);
  if (code === null) issues.push({ field, code: 'VALIDATION', key: 'import.errors.enumInvalid', params: { value: text } });
  return code;
}

/** "a; b、c" → ['a', 'b', 'c'] (lists in one cell: aliases, tags). */
export function listValue(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[;；,，、\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function intValue(text: string | null | undefined): number | null {
  return text == null ? null : Number(text);
}

export function required(values: Record<string, string | null>, field: string, issues: FieldIssue[]): string {
  const v = values[field];
  if (v == null) issues.push({ field, code: 'VALIDATION', key: 'fieldErrors.required', params: {} });
  return v ?? '';
}
