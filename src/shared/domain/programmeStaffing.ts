import { z } from 'zod';
import { Id, optionalText, requiredText } from './common';
import { PROGRAMME_LEVELS } from './enums';
import { cert1xIssues, noIssues, teacherPracticeIssues } from './programmeRules';
import {
  idList,
  nullableCount,
  nullableDate,
  nullableFen,
  nullableId,
  nullableStartYear,
  programmeSchemas,
  requiredIdList,
  StartYear,
} from './programmeSchemas';

// 产业学院, 专业共建, 企业兼职教师, 专任教师企业实践 and 1+X 证书.

const level = z.enum(PROGRAMME_LEVELS).nullish().transform((v) => v ?? null);

export const industryCollegeSchemas = programmeSchemas({
  fields: {
    name: requiredText(200),
    level,
    establishedDate: nullableDate,
    agreementId: nullableId,
    partnerIds: requiredIdList,
    majorIds: idList,
  },
  rules: noIssues,
  sortBy: ['name', 'establishedDate', 'createdAt'] as const,
  extraFilters: { level: z.enum(PROGRAMME_LEVELS).optional() },
});
export type IndustryCollege = z.output<typeof industryCollegeSchemas.entity>;

export const coBuiltMajorSchemas = programmeSchemas({
  fields: {
    majorId: Id,
    partnerIds: requiredIdList,
    agreementId: nullableId,
    /** 学年 the cooperation started in. */
    startYear: nullableStartYear,
    level,
    content: optionalText(2000),
  },
  rules: noIssues,
  sortBy: ['startYear', 'createdAt'] as const,
  extraFilters: { level: z.enum(PROGRAMME_LEVELS).optional() },
});
export type CoBuiltMajor = z.output<typeof coBuiltMajorSchemas.entity>;

export const partTimeTeacherSchemas = programmeSchemas({
  fields: {
    /** The teacher is a contact of the partner (contact.is_part_time_teacher). */
    contactId: Id,
    organisationId: Id,
    academicYear: StartYear,
    courses: optionalText(500),
    /** 学时 */
    hours: nullableCount,
    /** 课酬, fen */
    payFen: nullableFen,
    /** 职称 / 职业资格 */
    qualification: optionalText(200),
    /**
     * The 专业 the teacher serves (R1 支持学校兼职教师数 per major). Optional: without one the
     * teacher counts in the partner's 未分专业 row, which is not uploaded. A teacher serving two
     * majors is entered as two records, one per major, with the hours split.
     */
    majorId: nullableId,
  },
  rules: noIssues,
  sortBy: ['academicYear', 'createdAt'] as const,
  extraFilters: {},
});
export type PartTimeTeacher = z.output<typeof partTimeTeacherSchemas.entity>;

export const teacherPracticeSchemas = programmeSchemas({
  fields: {
    staffId: Id,
    organisationId: Id,
    academicYear: StartYear,
    startDate: nullableDate,
    endDate: nullableDate,
    /** 人天 */
    days: z.int().min(0).max(366).nullish().transform((v) => v ?? null),
    content: optionalText(2000),
  },
  rules: teacherPracticeIssues,
  sortBy: ['academicYear', 'startDate', 'createdAt'] as const,
  extraFilters: {},
});
export type TeacherPractice = z.output<typeof teacherPracticeSchemas.entity>;

export const cert1xSchemas = programmeSchemas({
  fields: {
    name: requiredText(200),
    /** 初级 / 中级 / 高级, as the certificate names it. */
    level: optionalText(40),
    /** 培训评价组织: a partner of kind training_evaluation_org. */
    organisationId: nullableId,
    academicYear: StartYear,
    trained: nullableCount,
    examined: nullableCount,
    passed: nullableCount,
    majorIds: idList,
  },
  rules: cert1xIssues,
  sortBy: ['name', 'academicYear', 'createdAt'] as const,
  extraFilters: {},
});
export type Cert1x = z.output<typeof cert1xSchemas.entity>;
