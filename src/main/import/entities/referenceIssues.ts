import { normalizeName } from '@shared/domain/rules/normalizeText';
import { findPartnerRef } from '../importRepository';
import { findMajorRef } from '../majorRefRepository';
import type { Executor } from '../../services/context';
import type { FieldIssue } from './entityDef';

/** Resolves the partner a row names (USCC first, then name) or records why it cannot. */
export async function partnerIdFor(db: Executor, values: Record<string, string | null>, issues: FieldIssue[]): Promise<string | null> {
  const name = values['partnerName'] ?? null;
  const uscc = values['partnerUscc']?.toUpperCase() ?? null;
  if (!name && !uscc) {
    issues.push({ field: 'partnerName', code: 'VALIDATION', key: 'fieldErrors.required', params: {} });
    return null;
  }
  const ref = await findPartnerRef(db, uscc, name);
  if (ref.kind === 'found') return ref.id;
  const field = name ? 'partnerName' : 'partnerUscc';
  const key = ref.kind === 'ambiguous' ? 'import.errors.partnerAmbiguous' : 'import.errors.partnerNotFound';
  issues.push({ field, code: 'NOT_FOUND', key, params: { value: name ?? uscc ?? '' } });
  return null;
}

export const PARTNER_REF_FIELDS = [
  { field: 'partnerName', kind: 'text', synonyms: ['合作单位', '合作企业', '合作单位名称', '企业名称', '单位名称', '乙方', '乙方名称', 'partner', 'company'], example: '华为技术有限公司' },
  { field: 'partnerUscc', kind: 'code', synonyms: ['统一社会信用代码', '乙方统一社会信用代码', '信用代码', 'uscc'], example: '914403001922038216' },
] as const;

/** "460305；工业机器人技术、现代物流管理" → each major a cell names (separators offices use, newlines). */
export function majorTexts(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[;；,，、/／\n]/)
    .map((s) => normalizeName(s))
    .filter(Boolean);
}

// Issue 10: a major is not what identifies a row, so one the register does not know is a
// warning on its field (VALUE_UNMAPPED): the row is still written, without that major.
function unmapped(field: string, kind: 'missing' | 'ambiguous', value: string): FieldIssue {
  const key = kind === 'ambiguous' ? 'import.errors.majorAmbiguous' : 'import.errors.majorNotFound';
  return { field, code: 'VALUE_UNMAPPED', key, params: { value } };
}

/** The live majors the cells of `fields` name (each a 专业代码 or a name), in order, without repeats. */
export async function majorIdsFor(db: Executor, values: Record<string, string | null>, fields: readonly string[], issues: FieldIssue[]): Promise<string[]> {
  const ids: string[] = [];
  for (const field of fields) {
    for (const text of majorTexts(values[field])) {
      const ref = await findMajorRef(db, null, text);
      if (ref.kind === 'found') {
        if (!ids.includes(ref.id)) ids.push(ref.id);
      } else issues.push(unmapped(field, ref.kind, text));
    }
  }
  return ids;
}

/** One major by code, else name (like placement statistics); an unknown one is a warning and null. */
export async function optionalMajorIdFor(db: Executor, values: Record<string, string | null>, issues: FieldIssue[]): Promise<string | null> {
  const code = values['majorCode'] ?? null;
  const name = values['majorName'] ?? null;
  if (!code && !name) return null;
  const ref = await findMajorRef(db, code, name);
  if (ref.kind === 'found') return ref.id;
  issues.push(unmapped(code ? 'majorCode' : 'majorName', ref.kind, code ?? name ?? ''));
  return null;
}
