import { CourseDraft } from '@shared/domain/course';
import { liveCourseByCode, liveCourseByName } from '../importRepository';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { enumValue, PLACEHOLDER_ID } from './entityHelpers';
import { draftWithoutFaultyFields } from './optionalFields';
import { optionalMajorIdFor, PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';

const FIELDS: readonly FieldDef[] = [
  { field: 'name', kind: 'text', required: true, synonyms: ['课程名称', '教材名称', '课程/教材名称', 'name', 'course name', 'title'], example: '5G 网络优化' },
  { field: 'kind', kind: 'enum', enumName: 'courseKind', synonyms: ['类型', '课程/教材', '类别', 'kind'], example: '课程' },
  { field: 'code', kind: 'code', synonyms: ['课程号', '课程代码', '课程编号', 'code', 'course code'], example: 'TX2024001' },
  ...PARTNER_REF_FIELDS,
  // The major the course serves: without it R1/R3 can only list it under 未分专业.
  { field: 'majorName', kind: 'text', synonyms: ['所属专业', '专业', '专业名称', '面向专业', 'major', 'major name'], example: '工业机器人技术' },
  { field: 'majorCode', kind: 'code', synonyms: ['专业代码', '专业编码', 'major code'], example: '460305' },
  { field: 'summary', kind: 'longText', synonyms: ['课程简介', '简介', 'summary'], example: '' },
  { field: 'startDate', kind: 'date', synonyms: ['开始日期', '开发开始日期', 'start date'], example: '2024-09-01' },
  { field: 'endDate', kind: 'date', synonyms: ['结束日期', '完成日期', 'end date'], example: '2025-07-01' },
  { field: 'enterpriseLead', kind: 'text', synonyms: ['企业负责人', '企业方负责人', 'enterprise lead'], example: '王工' },
  { field: 'isbn', kind: 'code', synonyms: ['isbn', '书号', 'isbn号'], example: '' },
  { field: 'publishedDate', kind: 'date', synonyms: ['出版日期', '出版时间', 'published date'], example: '' },
];

type Prepared = { draft: CourseDraft; values: Record<string, string | null> };
const REQUIRED = ['name', 'partnerName', 'partnerUscc'] as const;
const SIMPLE = ['name', 'kind', 'code', 'summary', 'startDate', 'endDate', 'enterpriseLead', 'isbn', 'publishedDate'] as const;

export const coursesEntity: EntityDef<Prepared> = {
  entity: 'courses',
  fields: FIELDS,
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const kind = enumValue('courseKind', values, 'kind', issues) ?? 'course';
    const organisationId = await partnerIdFor(ctx.db, values, issues);
    const majorId = await optionalMajorIdFor(ctx.db, values, issues);
    const value = (field: string, leftOut: ReadonlySet<string>) => (leftOut.has(field) ? null : values[field]);
    const build = (leftOut: ReadonlySet<string>): CourseDraft => ({
      kind: kind as CourseDraft['kind'],
      code: value('code', leftOut),
      name: values['name'] ?? '',
      summary: value('summary', leftOut),
      // The placeholder keeps the schema from repeating what partnerIdFor reported.
      organisationId: organisationId ?? PLACEHOLDER_ID,
      majorId,
      startDate: value('startDate', leftOut),
      endDate: value('endDate', leftOut),
      enterpriseLead: value('enterpriseLead', leftOut),
      isbn: value('isbn', leftOut),
      publishedDate: value('publishedDate', leftOut),
    });
    const fieldOf = (p: readonly PropertyKey[]): string | null => (p[0] === 'organisationId' ? 'partnerName' : p[0] === 'majorId' ? 'majorName' : String(p[0] ?? '') || null);
    const kept = draftWithoutFaultyFields(CourseDraft, build, fieldOf, REQUIRED, issues);
    if (!kept) return { prepared: null, issues };
    return { prepared: { draft: kept.draft, values }, issues };
  },
  duplicateKeys: (p) => [p.draft.code ? { reason: 'code', key: p.draft.code } : { reason: 'key', key: `${p.draft.organisationId}|${p.draft.name}` }],
  async findExisting(db, p) {
    const hit = p.draft.code ? await liveCourseByCode(db, p.draft.code) : await liveCourseByName(db, p.draft.name, p.draft.organisationId);
    return hit ? { ...hit, reason: p.draft.code ? 'code' : 'key' } : null;
  },
  async create(w, p) {
    return (await w.courses.create(p.draft)).id;
  },
  async update(w, p, id) {
    const patch: Record<string, unknown> = {};
    for (const f of SIMPLE) if (p.values[f] != null && p.draft[f] !== null) patch[f] = p.draft[f];
    if ((p.values['majorName'] != null || p.values['majorCode'] != null) && p.draft.majorId) patch['majorId'] = p.draft.majorId;
    await w.courses.update({ id, patch });
  },
};
