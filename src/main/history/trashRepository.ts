import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../db/schema';
import type { Page } from '@shared/domain/common';
import type { TRASH_ENTITY_TYPES } from '@shared/domain/system';
import { paginate } from '../db/queryHelpers';
import type { Executor } from '../services/context';

export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

export interface TrashRow {
  entityType: TrashEntityType;
  id: string;
  title: string;
  deletedAt: string;
}

const entityTypeColumn = (entityType: TrashEntityType) => sql<TrashEntityType>`${sql.lit(entityType)}`.as('entity_type');
const kindAndDate = sql<string>`kind || ' ' || date`.as('title');

// Titles of records without a name of their own, built from the rows they point at.
// Scalar subqueries rather than joins, so every part stays a single-table SELECT; a
// referenced row that is itself in the trash still names the record.
const partnerName = (idColumn: RawBuilder<unknown>) =>
  sql`(select full_name from organisation where organisation.id = ${idColumn})`;
const majorName = (idColumn: RawBuilder<unknown>) => sql`(select name from major where major.id = ${idColumn})`;
const majorCodeAndName = (idColumn: RawBuilder<unknown>) =>
  sql`(select code || ' ' || name from major where major.id = ${idColumn})`;

/** The non-null parts joined by single spaces (a missing year or major leaves no gap). */
function joinedTitle(parts: RawBuilder<unknown>[]) {
  const pieces = parts.map((part) => sql`coalesce(' ' || ${part}, '')`);
  return sql<string>`ltrim(${sql.join(pieces, sql` || `)})`.as('title');
}

/** One SELECT per soft-deletable table, each giving (entity_type, id, title, deleted_at) of its trash. */
interface TrashSelection {
  entity_type: TrashEntityType;
  id: string;
  title: string;
  deleted_at: string | null;
}

// Widened to `keyof DB` so the parts share one type and can be UNIONed; every part
// selects the same four columns, and every listed table has `deleted_at`.
function trashedOf(db: Executor, entityType: TrashEntityType): SelectQueryBuilder<DB, keyof DB, TrashSelection> {
  switch (entityType) {
    case 'partner':
      return db.selectFrom('organisation').select([entityTypeColumn(entityType), 'id', 'full_name as title', 'deleted_at']);
    case 'contact':
      return db.selectFrom('contact').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'agreement':
      return db.selectFrom('agreement').select([entityTypeColumn(entityType), 'id', 'title', 'deleted_at']);
    case 'interaction':
      return db.selectFrom('interaction').select([entityTypeColumn(entityType), 'id', kindAndDate, 'deleted_at']);
    case 'course':
      return db.selectFrom('joint_course').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'fundingSource':
      return db.selectFrom('funding_source').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'fundingTxn':
      return db.selectFrom('funding_txn').select([
        entityTypeColumn(entityType),
        'id',
        // Voucher number and summary, whichever exist; the date when neither does.
        sql<string>`coalesce(nullif(trim(coalesce(voucher_no, '') || ' ' || coalesce(summary, '')), ''), date)`.as(
          'title',
        ),
        'deleted_at',
      ]);
    case 'contribution':
      return db.selectFrom('contribution').select([entityTypeColumn(entityType), 'id', kindAndDate, 'deleted_at']);
    case 'orgUnit':
      return db.selectFrom('org_unit').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'major':
      return db
        .selectFrom('major')
        .select([entityTypeColumn(entityType), 'id', sql<string>`code || ' ' || name`.as('title'), 'deleted_at']);
    case 'staff':
      return db.selectFrom('staff').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'internshipBase':
      return db.selectFrom('internship_base').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'orderClass':
      return db.selectFrom('order_class').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'apprenticeship':
      // No name: the partner, the cohort year and the major, whichever are set.
      return db
        .selectFrom('apprenticeship')
        .select([
          entityTypeColumn(entityType),
          'id',
          joinedTitle([
            partnerName(sql`apprenticeship.organisation_id`),
            sql`apprenticeship.cohort_year`,
            majorName(sql`apprenticeship.major_id`),
          ]),
          'deleted_at',
        ]);
    case 'industryCollege':
      return db.selectFrom('industry_college').select([entityTypeColumn(entityType), 'id', 'name as title', 'deleted_at']);
    case 'coBuiltMajor':
      // The major (code and name) and the year the cooperation started.
      return db
        .selectFrom('co_built_major')
        .select([
          entityTypeColumn(entityType),
          'id',
          joinedTitle([majorCodeAndName(sql`co_built_major.major_id`), sql`co_built_major.start_year`]),
          'deleted_at',
        ]);
    case 'partTimeTeacher':
      // The teacher (a contact), the partner and the 学年.
      return db
        .selectFrom('part_time_teacher')
        .select([
          entityTypeColumn(entityType),
          'id',
          joinedTitle([
            sql`(select name from contact where contact.id = part_time_teacher.contact_id)`,
            partnerName(sql`part_time_teacher.organisation_id`),
            sql`part_time_teacher.academic_year`,
          ]),
          'deleted_at',
        ]);
    case 'teacherPractice':
      // The teacher (staff), the partner and the 学年.
      return db
        .selectFrom('teacher_practice')
        .select([
          entityTypeColumn(entityType),
          'id',
          joinedTitle([
            sql`(select name from staff where staff.id = teacher_practice.staff_id)`,
            partnerName(sql`teacher_practice.organisation_id`),
            sql`teacher_practice.academic_year`,
          ]),
          'deleted_at',
        ]);
    case 'cert1x':
      // One row per certificate and 学年, so the name alone would repeat year after year.
      return db
        .selectFrom('cert_1x')
        .select([entityTypeColumn(entityType), 'id', joinedTitle([sql`cert_1x.name`, sql`cert_1x.academic_year`]), 'deleted_at']);
  }
}

/**
 * The trash across entity tables, newest deletion first, as one UNION ALL so that
 * sorting and paging happen in SQLite and not over rows loaded into memory.
 */
export async function listTrash(
  db: Executor,
  options: { entityTypes: readonly TrashEntityType[]; page: number; pageSize: number },
): Promise<Page<TrashRow>> {
  const [first, ...rest] = options.entityTypes.map((entityType) =>
    trashedOf(db, entityType).where('deleted_at', 'is not', null),
  );
  if (!first) return { items: [], total: 0 };
  const union = rest.reduce((acc, part) => acc.unionAll(part), first);
  const qb = db
    .selectFrom(union.as('trash'))
    .selectAll()
    .orderBy('deleted_at', 'desc')
    .orderBy('entity_type')
    .orderBy('id', 'desc');
  const { rows, total } = await paginate(qb, options.page, options.pageSize);
  return {
    items: rows.map((row) => ({
      entityType: row.entity_type,
      id: row.id,
      title: row.title,
      // Every part filters `deleted_at is not null`.
      deletedAt: row.deleted_at ?? '',
    })),
    total,
  };
}
