import type { ServiceContext } from '../services/context';
import { createPlacementStatService } from '../placements/placementStatService';
import { createProgrammeServices } from '../programmes/programmeServices';

type Created = Promise<{ id: string }>;

/**
 * The programme and placement services the sample seeder writes through. Built from the
 * context (the services are stateless over it), so wiring them needs one line where the
 * seed targets are assembled.
 */
export function createProgrammeSampleTargets(ctx: ServiceContext) {
  const programmes = createProgrammeServices(ctx);
  const placements = createPlacementStatService(ctx);
  return {
    createInternshipBase: (d: unknown): Created => programmes.internshipBases.create(d),
    upsertBaseYearStat: (d: unknown): Created => programmes.baseYearStats.upsert(d),
    createOrderClass: (d: unknown): Created => programmes.orderClasses.create(d),
    createApprenticeship: (d: unknown): Created => programmes.apprenticeships.create(d),
    createPartTimeTeacher: (d: unknown): Created => programmes.partTimeTeachers.create(d),
    createCert1x: (d: unknown): Created => programmes.cert1x.create(d),
    createPlacementStat: (d: unknown): Created => placements.create(d),
  };
}

export type ProgrammeSampleTargets = ReturnType<typeof createProgrammeSampleTargets>;
