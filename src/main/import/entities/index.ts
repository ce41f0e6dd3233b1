import type { ImportEntity } from '@shared/domain/importing';
import { agreementsEntity } from './agreementsEntity';
import { baseYearStatsEntity } from './baseYearStatsEntity';
import { coursesEntity } from './coursesEntity';
import type { EntityDef } from './entityDef';
import { fundingTxnsEntity } from './fundingTxnsEntity';
import { partnersEntity } from './partnersEntity';
import { placementStatsEntity } from './placementStatsEntity';
// [record-majors] entity imports
import { contributionsEntity } from './contributionsEntity';
import { partTimeTeachersEntity } from './partTimeTeachersEntity';

export const ENTITY_DEFS: Record<ImportEntity, EntityDef<never>> = {
  partners: partnersEntity as unknown as EntityDef<never>,
  agreements: agreementsEntity as unknown as EntityDef<never>,
  courses: coursesEntity as unknown as EntityDef<never>,
  fundingTxns: fundingTxnsEntity as unknown as EntityDef<never>,
  baseYearStats: baseYearStatsEntity as unknown as EntityDef<never>,
  placementStats: placementStatsEntity as unknown as EntityDef<never>,
  // [record-majors] entities
  partTimeTeachers: partTimeTeachersEntity as unknown as EntityDef<never>,
  contributions: contributionsEntity as unknown as EntityDef<never>,
};
