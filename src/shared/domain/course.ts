import { z } from 'zod';
import { Id, IsoDate, optionalText, paging, pageOf, requiredText, timestamps } from './common';
import { COURSE_KINDS } from './enums';
import { isValidIsbn } from './rules/isbn';

const nullableDate = IsoDate.nullish().transform((v) => v ?? null);

// 校企合作共同开发课程 / 教材 (report R3; 共同开发教材数 counts textbooks).
const courseFields = {
  kind: z.enum(COURSE_KINDS),
  /** 课程号 */
  code: optionalText(40),
  name: requiredText(200),
  summary: optionalText(5000),
  organisationId: Id,
  majorId: Id.nullish().transform((v) => v ?? null),
  startDate: nullableDate,
  endDate: nullableDate,
  schoolLeadStaffId: Id.nullish().transform((v) => v ?? null),
  enterpriseLead: optionalText(100),
  isbn: optionalText(20).refine((v) => v === null || isValidIsbn(v), { message: 'isbn.invalid' }),
  publishedDate: nullableDate,
};

export const CourseDraft = z.object(courseFields).refine((c) => !c.startDate || !c.endDate || c.endDate >= c.startDate, {
  message: 'endDate.beforeStart',
  path: ['endDate'],
});
export type CourseDraft = z.input<typeof CourseDraft>;
export const CoursePatch = z.object({ id: Id, patch: z.object(courseFields).partial() });
export const Course = z.object({ id: Id, ...courseFields, ...timestamps });
export type Course = z.output<typeof Course>;

export const CourseQuery = z.object({
  ...paging,
  sortBy: z.enum(['name', 'startDate', 'createdAt']).default('name'),
  organisationId: Id.optional(),
  kind: z.enum(COURSE_KINDS).optional(),
  q: z.string().trim().max(100).optional(),
});
export const CoursePage = pageOf(Course);
