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

export function parseProgrammeTab(raw: string | null): ProgrammeTabKey {
  return PROGRAMME_TABS.find((tab) => tab === raw) ?? 'internshipBases';
}
