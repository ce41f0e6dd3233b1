import type { ServiceContext } from '../services/context';
import { createBaseYearStatService } from './baseYearStatService';
import { apprenticeshipKind, internshipBaseKind, orderClassKind } from './programmeKindsBases';
import {
  cert1xKind,
  coBuiltMajorKind,
  industryCollegeKind,
  partTimeTeacherKind,
  teacherPracticeKind,
} from './programmeKindsStaffing';
import { createProgrammeService } from './programmeService';

/** One service per programme kind, all from the same generic service, plus the base figures. */
export function createProgrammeServices(ctx: ServiceContext) {
  return {
    internshipBases: createProgrammeService(ctx, internshipBaseKind),
    baseYearStats: createBaseYearStatService(ctx),
    orderClasses: createProgrammeService(ctx, orderClassKind),
    apprenticeships: createProgrammeService(ctx, apprenticeshipKind),
    industryColleges: createProgrammeService(ctx, industryCollegeKind),
    coBuiltMajors: createProgrammeService(ctx, coBuiltMajorKind),
    partTimeTeachers: createProgrammeService(ctx, partTimeTeacherKind),
    teacherPractices: createProgrammeService(ctx, teacherPracticeKind),
    cert1x: createProgrammeService(ctx, cert1xKind),
  };
}

export type ProgrammeServices = ReturnType<typeof createProgrammeServices>;
