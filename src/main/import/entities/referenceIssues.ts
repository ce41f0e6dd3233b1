import { findPartnerRef } from '../importRepository';
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
