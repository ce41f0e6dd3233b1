import { z } from 'zod';
import { Id } from './common';
import { JobId } from './jobs';

// Bulk actions on list pages (issue 12): one set of channels for every list, an entity
// name picking the adapter in main (src/main/bulk/bulkAdapters.ts).

export const BULK_ENTITIES = [
  'partner',
  'agreement',
  'course',
  'fundingTxn',
  'contact',
  'contribution',
  'internshipBase',
  'orderClass',
  'apprenticeship',
  'industryCollege',
  'coBuiltMajor',
  'partTimeTeacher',
  'teacherPractice',
  'cert1x',
] as const;
export const BulkEntity = z.enum(BULK_ENTITIES);
export type BulkEntity = z.infer<typeof BulkEntity>;

/** Each programme list (the Programmes page tab, the core's service of that kind) → its bulk entity. */
export const PROGRAMME_BULK_ENTITIES = {
  internshipBases: 'internshipBase',
  orderClasses: 'orderClass',
  apprenticeships: 'apprenticeship',
  industryColleges: 'industryCollege',
  coBuiltMajors: 'coBuiltMajor',
  partTimeTeachers: 'partTimeTeacher',
  teacherPractices: 'teacherPractice',
  cert1x: 'cert1x',
} as const satisfies Record<string, BulkEntity>;
export type ProgrammeList = keyof typeof PROGRAMME_BULK_ENTITIES;
export type ProgrammeBulkEntity = (typeof PROGRAMME_BULK_ENTITIES)[ProgrammeList];

/** One page of a list is at most 200 rows; a selection kept across pages stays under this. */
export const BULK_MAX_IDS = 2000;
const Ids = z.array(Id).min(1).max(BULK_MAX_IDS);

export const BulkIdsInput = z.object({ entity: BulkEntity, ids: Ids });
export type BulkIdsInput = z.input<typeof BulkIdsInput>;

export const BulkSetStatusInput = z.object({ entity: BulkEntity, ids: Ids, status: z.string().min(1).max(40) });
export type BulkSetStatusInput = z.input<typeof BulkSetStatusInput>;

export const BulkSetOwnerInput = z.object({ entity: BulkEntity, ids: Ids, orgUnitId: Id.nullable() });
export type BulkSetOwnerInput = z.input<typeof BulkSetOwnerInput>;

/** The selection (ids) or, without ids, the list as filtered (the list page's own query). */
export const BulkExportInput = z.object({
  entity: BulkEntity,
  jobId: JobId.optional(),
  ids: z.array(Id).max(BULK_MAX_IDS).optional(),
  query: z.record(z.string(), z.unknown()).optional(),
});
export type BulkExportInput = z.input<typeof BulkExportInput>;

export const BulkResult = z.object({
  done: z.array(Id),
  /** Rows the entity's own rules refused (e.g. a transition not allowed from its status). */
  failed: z.array(z.object({ id: Id, code: z.string() })),
});
export type BulkResult = z.infer<typeof BulkResult>;
