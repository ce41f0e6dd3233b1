import type { ImportEntity } from '@shared/domain/importing';
import { agreementsEntity } from './agreementsEntity';
import { baseYearStatsEntity } from './baseYearStatsEntity';
import { coursesEntity } from './coursesEntity';
import type { EntityDef } from './entityDef';
import { fundingTxnsEntity } from './fundingTxnsEntity';
import { partnersEntity } from './partnersEntity';
import { placementStatsEntity } from './placementStatsEntity';

export const ENTITY_DEFS: Record<ImportEntity, EntityDef<never>> = {
  partners: partnersEntity as unknown as EntityDef<never>,
  agreements: agreementsEntity as unknown as EntityDef<never>,
  courses: coursesEntity as unknown as EntityDef<never>,
  fundingTxns: fundingTxnsEntity as unknown as EntityDef<never>,
  baseYearStats: baseYearStatsEntity as unknown as EntityDef<never>,
  placementStats: placementStatsEntity as unknown as EntityDef<never>,
};
