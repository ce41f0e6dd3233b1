import type { ImportEntity } from '@shared/domain/importing';

// The tabs of the Programmes page, in display order; the URL keeps the open one (?tab=).
export const PROGRAMME_TABS = [
  'internshipBases',
  'orderClasses',
  'apprenticeships',
  'industryColleges',
  'coBuiltMajors',
  'partTimeTeachers',
  'teacherPractices',
  'cert1x',
] as const;
export type ProgrammeTabKey = (typeof PROGRAMME_TABS)[number];

/** The import wizard's kind for the tabs that have one (导入 on their empty list). */
export const PROGRAMME_IMPORTS: Readonly<Partial<Record<ProgrammeTabKey, ImportEntity>>> = {
  partTimeTeachers: 'partTimeTeachers',
};

export function parseProgrammeTab(raw: string | null): ProgrammeTabKey {
  return PROGRAMME_TABS.find((tab) => tab === raw) ?? 'internshipBases';
}

/** The audited table behind each tab, for a record's history. */
export const PROGRAMME_TABLES: Readonly<Record<ProgrammeTabKey, string>> = {
  internshipBases: 'internship_base',
  orderClasses: 'order_class',
  apprenticeships: 'apprenticeship',
  industryColleges: 'industry_college',
  coBuiltMajors: 'co_built_major',
  partTimeTeachers: 'part_time_teacher',
  teacherPractices: 'teacher_practice',
  cert1x: 'cert_1x',
};
