import type { Executor } from '../../services/context';
import type { FieldDef, FieldIssue } from './entityDef';
import { optionalMajorIdFor } from './referenceIssues';

// The 专业 column of the part-time teacher and contribution imports (issue 11). Offices
// write it as a name (汽车检测与维修技术), a code (460701) or both in one cell
// ("460701 汽车检测与维修技术"); a separate 专业代码 column works too. One the register does
// not know is a warning: the row imports without a major (R1 未分专业, listed by R17).

export const RECORD_MAJOR_FIELDS: readonly FieldDef[] = [
  { field: 'majorName', kind: 'text', synonyms: ['专业', '专业名称', '所属专业', '任教专业', '面向专业', '对应专业', 'major', 'major name'], example: '汽车检测与维修技术' },
  { field: 'majorCode', kind: 'code', synonyms: ['专业代码', '专业编码', '专业号', 'major code'], example: '460701' },
];

/** "460701 汽车检测与维修技术" → code and name; any other text is left as it is. */
export function splitMajorCell(text: string | null): { code: string | null; name: string | null } {
  if (!text) return { code: null, name: null };
  const m = /^(\d{4,8})\s*[-—:：、,，]?\s*([^\d\s].*)$/.exec(text.normalize('NFKC').trim());
  return m ? { code: m[1] ?? null, name: m[2] ?? null } : { code: null, name: text };
}

/** The live major a row names (code first, then name), or null with a VALUE_UNMAPPED warning. */
export async function recordMajorIdFor(db: Executor, values: Record<string, string | null>, issues: FieldIssue[]): Promise<string | null> {
  const cell = splitMajorCell(values['majorName'] ?? null);
  const code = values['majorCode'] ?? cell.code;
  const found: FieldIssue[] = [];
  const id = await optionalMajorIdFor(db, { majorCode: code, majorName: cell.name }, found);
  // Report the problem on the column the person typed it in, quoting the cell as typed.
  for (const issue of found) {
    const field = values['majorCode'] ? 'majorCode' : 'majorName';
    issues.push({ ...issue, field, params: { value: values[field] ?? '' } });
  }
  return id;
}
