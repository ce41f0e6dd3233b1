import type { ProvenanceRef } from '@shared/domain/report';

// Where a source record behind a report figure can be looked at. Partners and agreements
// have their own pages; programme records open their tab, funding records their list.
// Tables without a screen (contacts, interactions, reference data) get no link.

const PROGRAMME_TAB_OF_TABLE: Readonly<Record<string, string>> = {
  internship_base: 'internshipBases',
  base_year_stat: 'internshipBases',
  placement_stat: 'internshipBases',
  order_class: 'orderClasses',
  apprenticeship: 'apprenticeships',
  industry_college: 'industryColleges',
  co_built_major: 'coBuiltMajors',
  part_time_teacher: 'partTimeTeachers',
  teacher_practice: 'teacherPractices',
  cert_1x: 'cert1x',
};

export function provenanceHref(ref: ProvenanceRef): string | null {
  const id = encodeURIComponent(ref.id);
  switch (ref.table) {
    case 'organisation':
      return `/partners/${id}`;
    case 'agreement':
      return `/agreements/${id}`;
    case 'joint_course':
      return '/courses';
    case 'funding_source':
      return `/funding?tab=txns&sourceId=${id}`;
    case 'funding_txn':
      return '/funding?tab=txns';
    case 'contribution':
      return '/funding?tab=contributions';
    default: {
      const tab = PROGRAMME_TAB_OF_TABLE[ref.table];
      return tab ? `/programmes?tab=${tab}` : null;
    }
  }
}
