import { type Insertable, type Selectable, sql } from 'kysely';
import type { Page } from '@shared/domain/common';
import type { Course, CourseQuery } from '@shared/domain/course';
import type { z } from 'zod';
import { likeContains, paginate } from '../db/queryHelpers';
import type { JointCourseTable } from '../db/tables/coursesFunding';
import type { Executor } from '../services/context';

type Row = Selectable<JointCourseTable>;
type ListQuery = z.output<typeof CourseQuery>;

function fromRow(row: Row): Course {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    summary: row.summary,
    organisationId: row.organisation_id,
    majorId: row.major_id,
    startDate: row.start_date,
    endDate: row.end_date,
    schoolLeadStaffId: row.school_lead_staff_id,
    enterpriseLead: row.enterprise_lead,
    isbn: row.isbn,
    publishedDate: row.published_date,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function toRow(course: Course): Insertable<JointCourseTable> {
  return {
    id: course.id,
    kind: course.kind,
    code: course.code,
    name: course.name,
    summary: course.summary,
    organisation_id: course.organisationId,
    major_id: course.majorId,
    start_date: course.startDate,
    end_date: course.endDate,
    school_lead_staff_id: course.schoolLeadStaffId,
    enterprise_lead: course.enterpriseLead,
    isbn: course.isbn,
    published_date: course.publishedDate,
    created_at: course.createdAt,
    updated_at: course.updatedAt,
    deleted_at: course.deletedAt,
  };
}

const SORT_COLUMNS = { name: 'name', startDate: 'start_date', createdAt: 'created_at' } as const;

export async function listCourses(db: Executor, query: ListQuery): Promise<Page<Course>> {
  let qb = db
    .selectFrom('joint_course')
    .selectAll()
    .where('deleted_at', query.trashed ? 'is not' : 'is', null);
  if (query.organisationId !== undefined) qb = qb.where('organisation_id', '=', query.organisationId);
  if (query.kind !== undefined) qb = qb.where('kind', '=', query.kind);
  if (query.q) {
    const pattern = likeContains(query.q);
    qb = qb.where((eb) =>
      eb.or([
        sql<boolean>`${eb.ref('name')} like ${pattern} escape '\\'`,
        sql<boolean>`${eb.ref('code')} like ${pattern} escape '\\'`,
      ]),
    );
  }
  // id breaks ties so paging never repeats or skips a row.
  qb = qb.orderBy(SORT_COLUMNS[query.sortBy], query.sortDir).orderBy('id', query.sortDir);
  const { rows, total } = await paginate(qb, query.page, query.pageSize);
  return { items: rows.map(fromRow), total };
}

export async function findCourse(db: Executor, id: string): Promise<Course | undefined> {
  const row = await db.selectFrom('joint_course').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function insertCourse(db: Executor, course: Course): Promise<void> {
  await db.insertInto('joint_course').values(toRow(course)).execute();
}

export async function updateCourse(db: Executor, course: Course): Promise<void> {
  const { id, created_at: _created, deleted_at: _deleted, ...changes } = toRow(course);
  await db.updateTable('joint_course').set(changes).where('id', '=', id).execute();
}
