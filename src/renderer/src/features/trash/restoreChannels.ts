import type { Channel } from '@shared/ipc/channels';
import type { TRASH_ENTITY_TYPES } from '@shared/domain/system';
import type { ProgrammeTabKey } from '../programmes/programmeTabs';

export type TrashEntityType = (typeof TRASH_ENTITY_TYPES)[number];

/** The restore channel of each kind of trashed record; all take { id }. */
export const RESTORE_CHANNELS = {
  partner: 'partners:restore',
  contact: 'contacts:restore',
  agreement: 'agreements:restore',
  interaction: 'interactions:restore',
  course: 'courses:restore',
  fundingSource: 'fundingSources:restore',
  fundingTxn: 'fundingTxns:restore',
  contribution: 'contributions:restore',
  orgUnit: 'orgUnits:restore',
  major: 'majors:restore',
  staff: 'staff:restore',
  internshipBase: 'programmes:restoreInternshipBase',
  orderClass: 'programmes:restoreOrderClass',
  apprenticeship: 'programmes:restoreApprenticeship',
  industryCollege: 'programmes:restoreIndustryCollege',
  coBuiltMajor: 'programmes:restoreCoBuiltMajor',
  partTimeTeacher: 'programmes:restorePartTimeTeacher',
  teacherPractice: 'programmes:restoreTeacherPractice',
  cert1x: 'programmes:restoreCert1x',
} as const satisfies Record<TrashEntityType, Channel>;

/** The Programmes page tab (?tab=) that lists each programme kind. */
const PROGRAMME_TAB_OF: Partial<Record<TrashEntityType, ProgrammeTabKey>> = {
  internshipBase: 'internshipBases',
  orderClass: 'orderClasses',
  apprenticeship: 'apprenticeships',
  industryCollege: 'industryColleges',
  coBuiltMajor: 'coBuiltMajors',
  partTimeTeacher: 'partTimeTeachers',
  teacherPractice: 'teacherPractices',
  cert1x: 'cert1x',
};

/** Where a restored record can be opened: its own page, or the programme tab that lists it. */
export function pathOfRestored(entityType: TrashEntityType, id: string): string | null {
  if (entityType === 'partner') return `/partners/${id}`;
  const tab = PROGRAMME_TAB_OF[entityType];
  return tab ? `/programmes?tab=${tab}` : null;
}
