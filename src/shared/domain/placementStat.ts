import { z } from 'zod';
import { Id, timestamps } from './common';
import { nullableCount, StartYear } from './programmeSchemas';

// 订单培养人数, 接受顶岗实习学生数 and 接受毕业生就业数 per partner, major and 学年
// (domain.md §3 placement_stat): figures the office enters or imports, feeding R1/R2.
// A figure left empty stays NULL ("no data") and is printed blank, never as 0.

const placementFields = {
  organisationId: Id,
  majorId: Id,
  /** 学年 named by its start year (2025 = 2025-2026). */
  academicYear: StartYear,
  /** 订单培养人数 */
  orderTrainees: nullableCount,
  /** 接受顶岗实习学生数 */
  interns: nullableCount,
  /** 接受毕业生就业数 */
  graduatesEmployed: nullableCount,
};

export const PlacementStatDraft = z.object(placementFields);
export type PlacementStatDraft = z.input<typeof PlacementStatDraft>;
export const PlacementStatPatch = z.object({ id: Id, patch: z.object(placementFields).partial() });
export type PlacementStatPatch = z.input<typeof PlacementStatPatch>;

export const PlacementStat = z.object({
  id: Id,
  ...placementFields,
  ...timestamps,
  /** Read-only names for lists, filled by the core. */
  partnerName: z.string(),
  majorName: z.string(),
  majorCode: z.string(),
});
export type PlacementStat = z.output<typeof PlacementStat>;

/** The fields a row stores (what a form edits). */
export type PlacementStatFields = z.output<typeof PlacementStatDraft>;

export const PlacementStatQuery = z
  .object({
    organisationId: Id.optional(),
    majorId: Id.optional(),
    academicYear: StartYear.optional(),
    /** List the trash instead of live rows. */
    trashed: z.boolean().default(false),
  })
  .default({ trashed: false });
export type PlacementStatQuery = z.input<typeof PlacementStatQuery>;

/** Lists are bounded by partner, major or 学年; the whole table of a college stays small. */
export const PlacementStatList = z.array(PlacementStat);
