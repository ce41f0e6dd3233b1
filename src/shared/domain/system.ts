import { z } from 'zod';
import { Id, IsoTimestamp, pageOf } from './common';

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  dbFile: z.string(),
  schemaVersion: z.int(),
});

export const SampleSeedInput = z.object({ mode: z.literal('sample') });
export const SeedCounts = z.record(z.string(), z.int().min(0));

export const TRASH_ENTITY_TYPES = [
  'partner',
  'contact',
  'agreement',
  'interaction',
  'course',
  'fundingSource',
  'fundingTxn',
  'contribution',
  'orgUnit',
  'major',
  'staff',
  'internshipBase',
  'orderClass',
  'apprenticeship',
  'industryCollege',
  'coBuiltMajor',
  'partTimeTeacher',
  'teacherPractice',
  'cert1x',
] as const;
export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

/** The table behind each kind of trashed record (purge and history address rows by table). */
export const TRASH_ENTITY_TABLES = {
  partner: 'organisation',
  contact: 'contact',
  agreement: 'agreement',
  interaction: 'interaction',
  course: 'joint_course',
  fundingSource: 'funding_source',
  fundingTxn: 'funding_txn',
  contribution: 'contribution',
  orgUnit: 'org_unit',
  major: 'major',
  staff: 'staff',
  internshipBase: 'internship_base',
  orderClass: 'order_class',
  apprenticeship: 'apprenticeship',
  industryCollege: 'industry_college',
  coBuiltMajor: 'co_built_major',
  partTimeTeacher: 'part_time_teacher',
  teacherPractice: 'teacher_practice',
  cert1x: 'cert_1x',
} as const satisfies Record<TrashEntityType, string>;
export const TrashQuery = z.object({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(20),
  entityType: z.enum(TRASH_ENTITY_TYPES).optional(),
});
export const TrashItem = z.object({
  entityType: z.enum(TRASH_ENTITY_TYPES),
  id: Id,
  title: z.string(),
  deletedAt: IsoTimestamp,
});
export type TrashItem = z.output<typeof TrashItem>;
export const TrashPage = pageOf(TrashItem);

/** Permanently delete one record that is already in the trash. */
export const TrashPurgeInput = z.object({ entityType: z.enum(TRASH_ENTITY_TYPES), id: Id });
/** Rows that still point at a record, live or in the trash: why a purge or delete is refused. */
export const RowReference = z.object({ table: z.string(), column: z.string(), live: z.int().min(0), trashed: z.int().min(0) });
export type RowReference = z.output<typeof RowReference>;

export const AuditQuery = z.object({ tableName: z.string().min(1).max(60), rowId: z.string().min(1).max(60) });
export const AuditEntry = z.object({
  id: z.int(),
  ts: IsoTimestamp,
  actor: z.string(),
  action: z.enum(['insert', 'update', 'delete', 'trash', 'restore']),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type AuditEntry = z.output<typeof AuditEntry>;
