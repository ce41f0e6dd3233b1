import { Id, type Page } from '@shared/domain/common';
import { type Course, CourseDraft, CoursePatch, CourseQuery } from '@shared/domain/course';
import type { z } from 'zod';
import { softDelete, restoreRow } from '../db/queryHelpers';
import { DomainError, notFound } from '../errors';
import { parseMergedDraft } from '../funding/mergedDraft';
import { assertReferences, idIfChanged, type ReferenceCheck } from '../funding/referenceGuard';
import { newId } from '../ids';
import { mergePatch } from '../reference/mergePatch';
import { isUniqueViolation } from '../reference/uniqueViolation';
import { type Executor, nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { findCourse, insertCourse, listCourses, updateCourse } from './courseRepository';

// The partner must be live (a trashed partner gets no new work); a major or staff member
// only has to exist, since history may point at ones since retired.
function referenceChecks(ids: {
  organisationId: string | null;
  majorId: string | null;
  schoolLeadStaffId: string | null;
}): ReferenceCheck[] {
  return [
    { field: 'organisationId', id: ids.organisationId, table: 'organisation', live: true },
    { field: 'majorId', id: ids.majorId, table: 'major', live: false },
    { field: 'schoolLeadStaffId', id: ids.schoolLeadStaffId, table: 'staff', live: false },
  ];
}

function draftOf(course: Course): z.input<typeof CourseDraft> {
  const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = course;
  return fields;
}

function codeConflict(): DomainError {
  return new DomainError('CONFLICT', 'a live course or textbook already has this code', {
    issues: [{ path: ['code'], message: 'course.codeTaken' }],
    details: { field: 'code' },
  });
}

async function liveCourse(db: Executor, id: string): Promise<Course> {
  const course = await findCourse(db, id);
  if (!course || course.deletedAt !== null) throw notFound('course', id);
  return course;
}

export function createCourseService(ctx: ServiceContext) {
  /** Runs a write and turns the live-code unique index into a CONFLICT naming the field. */
  async function write<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    try {
      return await ctx.db.transaction().execute(work);
    } catch (error) {
      if (isUniqueViolation(error, 'joint_course.code')) throw codeConflict();
      throw error;
    }
  }

  return {
    async list(query?: z.input<typeof CourseQuery>): Promise<Page<Course>> {
      return listCourses(ctx.db, parseInput(CourseQuery, query ?? {}));
    },

    async get(id: string): Promise<Course> {
      return liveCourse(ctx.db, parseInput(Id, id));
    },

    async create(draft: z.input<typeof CourseDraft>): Promise<Course> {
      const fields = parseInput(CourseDraft, draft);
      const stamp = nowIso(ctx);
      const course: Course = { id: newId(), ...fields, createdAt: stamp, updatedAt: stamp, deletedAt: null };
      return write(async (trx) => {
        await assertReferences(trx, referenceChecks(course));
        await insertCourse(trx, course);
        return course;
      });
    },

    async update(input: z.input<typeof CoursePatch>): Promise<Course> {
      const { id, patch } = parseInput(CoursePatch, input);
      return write(async (trx) => {
        const current = await liveCourse(trx, id);
        const merged = mergePatch(current, patch);
        const fields = parseMergedDraft(CourseDraft, draftOf(merged));
        const next: Course = { ...merged, ...fields, updatedAt: nowIso(ctx) };
        await assertReferences(
          trx,
          referenceChecks({
            organisationId: idIfChanged(current, next, 'organisationId'),
            majorId: idIfChanged(current, next, 'majorId'),
            schoolLeadStaffId: idIfChanged(current, next, 'schoolLeadStaffId'),
          }),
          { pathPrefix: ['patch'] },
        );
        await updateCourse(trx, next);
        return next;
      });
    },

    async delete(id: string): Promise<{ ok: true }> {
      const courseId = parseInput(Id, id);
      const trashed = await softDelete(ctx.db, 'joint_course', courseId, nowIso(ctx));
      if (!trashed) throw notFound('course', courseId);
      return { ok: true };
    },

    async restore(id: string): Promise<Course> {
      const courseId = parseInput(Id, id);
      return write(async (trx) => {
        if (!(await restoreRow(trx, 'joint_course', courseId, nowIso(ctx)))) throw notFound('course', courseId);
        return liveCourse(trx, courseId);
      });
    },
  };
}

export type CourseService = ReturnType<typeof createCourseService>;
