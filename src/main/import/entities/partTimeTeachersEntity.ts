import type { z } from 'zod';
import { partTimeTeacherSchemas } from '@shared/domain/programmeStaffing';
import { normalizeName } from '@shared/domain/rules/normalizeText';
import { liveContactsNamed, liveTeacherRecord } from '../recordMajorsRepository';
import type { ImportWriters } from '../importWriters';
import { startYearOf } from './baseYearStatsEntity';
import type { EntityDef, FieldDef, FieldIssue } from './entityDef';
import { intValue, PLACEHOLDER_ID, required } from './entityHelpers';
import { draftWithoutFaultyFields } from './optionalFields';
import { RECORD_MAJOR_FIELDS, recordMajorIdFor } from './recordMajor';
import { PARTNER_REF_FIELDS, partnerIdFor } from './referenceIssues';

// 企业兼职教师 rosters (R1 支持学校兼职教师数 per major, R7 课时): one row per teacher, 学年
// and 专业. The teacher is a contact of the partner, found by name or created (flagged
// 兼职教师). A teacher serving two majors is two rows, one per major, with the hours split.
// Only the teacher, the partner and the 学年 refuse a row; an unknown major, a bad figure
// or a text too long is a warning and the text is kept in 承担课程 (the record has no notes).

const FIELDS: readonly FieldDef[] = [
  { field: 'teacherName', kind: 'text', required: true, synonyms: ['教师姓名', '姓名', '兼职教师', '兼职教师姓名', '教师', 'teacher', 'name'], example: '王建国' },
  ...PARTNER_REF_FIELDS,
  { field: 'academicYear', kind: 'text', required: true, synonyms: ['学年', '任教学年', '统计学年', 'academic year', 'year'], example: '2025-2026' },
  ...RECORD_MAJOR_FIELDS,
  { field: 'courses', kind: 'longText', synonyms: ['授课课程', '承担课程', '任教课程', '课程', '课程名称', 'courses'], example: '汽车电控系统检修' },
  { field: 'hours', kind: 'int', synonyms: ['课时', '学时', '授课课时', '授课学时', '年课时', 'hours'], example: '32' },
  { field: 'pay', kind: 'money', synonyms: ['课酬(元)', '课酬', '年课酬', '课时费', 'pay'], example: '4800.00' },
  { field: 'qualification', kind: 'text', synonyms: ['资格证书', '职称', '职业资格', '职称/职业资格', '职业资格证书', 'qualification'], example: '高级技师' },
];

type Draft = z.input<typeof partTimeTeacherSchemas.draft>;
type Prepared = { draft: Draft & { organisationId: string; academicYear: number; majorId: string | null }; teacherName: string; values: Record<string, string | null> };

const REQUIRED = ['teacherName', 'partnerName', 'partnerUscc', 'academicYear'] as const;
const YEAR_MIN = 1990;
const YEAR_MAX = 2100;

function academicYearOf(values: Record<string, string | null>, issues: FieldIssue[]): number | null {
  const text = required(values, 'academicYear', issues);
  if (!text) return null;
  const year = startYearOf(text);
  if (year !== null && year >= YEAR_MIN && year <= YEAR_MAX) return year;
  issues.push({ field: 'academicYear', code: 'VALIDATION', key: 'import.errors.academicYearInvalid', params: { value: text } });
  return null;
}

const fieldOf = (p: readonly PropertyKey[]): string | null => {
  const key = String(p[0] ?? '');
  if (key === 'organisationId') return 'partnerName';
  if (key === 'contactId') return 'teacherName';
  if (key === 'majorId') return 'majorName';
  if (key === 'payFen') return 'pay';
  return key || null;
};

/** The partner's contact of that name (flagged as part-time teacher if it was not), else a new one. */
async function teacherContactId(w: ImportWriters, organisationId: string, name: string): Promise<string> {
  const [existing] = await liveContactsNamed(w.trx, organisationId, name);
  if (!existing) return (await w.contacts.create({ organisationId, name, isPartTimeTeacher: true })).id;
  if (existing.is_part_time_teacher !== 1) await w.contacts.update({ id: existing.id, patch: { isPartTimeTeacher: true } });
  return existing.id;
}

export const partTimeTeachersEntity: EntityDef<Prepared> = {
  entity: 'partTimeTeachers',
  fields: FIELDS,
  notesField: 'courses',
  async prepare(values, ctx) {
    const issues: FieldIssue[] = [];
    const teacherName = normalizeName(required(values, 'teacherName', issues));
    const organisationId = await partnerIdFor(ctx.db, values, issues);
    const academicYear = academicYearOf(values, issues);
    const majorId = await recordMajorIdFor(ctx.db, values, issues);
    const kept = (field: string, leftOut: ReadonlySet<string>) => (leftOut.has(field) ? null : (values[field] ?? null));
    const build = (leftOut: ReadonlySet<string>): Draft => ({
      // The contact is found or created when the row is written; the placeholder stands in.
      contactId: PLACEHOLDER_ID,
      organisationId: organisationId ?? PLACEHOLDER_ID,
      academicYear: academicYear ?? YEAR_MIN,
      majorId: leftOut.has('majorName') || leftOut.has('majorCode') ? null : majorId,
      courses: kept('courses', leftOut),
      hours: intValue(kept('hours', leftOut)),
      payFen: intValue(kept('pay', leftOut)),
      qualification: kept('qualification', leftOut),
    });
    const result = draftWithoutFaultyFields(partTimeTeacherSchemas.draft, build, fieldOf, REQUIRED, issues);
    if (!result || organisationId === null || academicYear === null) return { prepared: null, issues };
    const draft = { ...result.draft, organisationId, academicYear, majorId: result.data.majorId };
    return { prepared: { draft, teacherName, values }, issues };
  },
  keysOfValues: (values) => [{ reason: 'key', key: `${values['partnerUscc'] ?? values['partnerName'] ?? ''}|${values['teacherName'] ?? ''}|${values['academicYear'] ?? ''}|${values['majorCode'] ?? values['majorName'] ?? ''}` }],
  duplicateKeys: (p) => [{ reason: 'key', key: `${p.draft.organisationId}|${p.teacherName}|${p.draft.academicYear}|${p.draft.majorId ?? ''}` }],
  async findExisting(db, p) {
    const hit = await liveTeacherRecord(db, { organisationId: p.draft.organisationId, teacherName: p.teacherName, academicYear: p.draft.academicYear, majorId: p.draft.majorId });
    return hit ? { ...hit, reason: 'key' } : null;
  },
  async create(w, p) {
    const contactId = await teacherContactId(w, p.draft.organisationId, p.teacherName);
    return (await w.partTimeTeachers.create({ ...p.draft, contactId })).id;
  },
  // Only what the file fills overwrites: an empty cell is "not in this file", not "clear it".
  async update(w, p, id) {
    const patch: Partial<Draft> = {};
    if (p.values['courses'] != null) patch.courses = p.draft.courses ?? null;
    if (p.values['hours'] != null && p.draft.hours != null) patch.hours = p.draft.hours;
    if (p.values['pay'] != null && p.draft.payFen != null) patch.payFen = p.draft.payFen;
    if (p.values['qualification'] != null && p.draft.qualification != null) patch.qualification = p.draft.qualification;
    await w.partTimeTeachers.update({ id, patch });
  },
};
