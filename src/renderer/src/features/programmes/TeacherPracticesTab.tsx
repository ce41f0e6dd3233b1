import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TeacherPractice, teacherPracticeSchemas } from '@shared/domain/programmeStaffing';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { partnerColumn, textColumn, valueColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, type ProgrammeFilters, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'staffId', label: 'programmes.fields.staffId', kind: 'staff', required: true },
  { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true },
  { name: 'academicYear', label: 'programmes.fields.academicYear', kind: 'year', required: true },
  { name: 'startDate', label: 'programmes.fields.startDate', kind: 'date' },
  { name: 'endDate', label: 'programmes.fields.endDate', kind: 'date' },
  { name: 'days', label: 'programmes.fields.days', kind: 'days' },
  { name: 'content', label: 'programmes.fields.practiceContent', kind: 'textarea' },
];

/** 专任教师企业实践: a teacher's days working at a partner (年专任专业教师企业实践时间). */
export function TeacherPracticesTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ProgrammeFilters>(FIRST_PAGE);
  const list = useChannel('programmes:listTeacherPractices', filters);
  return (
    <ProgrammeTab
      tab="teacherPractices"
      filters={filters}
      onFiltersChange={setFilters}
      hasMajor={false}
      {...list}
      columns={[
        partnerColumn<TeacherPractice>(t),
        yearColumn<TeacherPractice>(t, 'academicYear', 'programmes.fields.academicYear'),
        valueColumn<TeacherPractice>(t, 'startDate', 'programmes.fields.startDate', COLUMN_WIDTH.date),
        valueColumn<TeacherPractice>(t, 'endDate', 'programmes.fields.endDate', COLUMN_WIDTH.date),
        valueColumn<TeacherPractice>(t, 'days', 'programmes.fields.days'),
        textColumn<TeacherPractice>(t, 'content', 'programmes.fields.practiceContent'),
      ]}
      fields={FIELDS}
      schema={teacherPracticeSchemas.draft}
      create={(draft) => call('programmes:createTeacherPractice', draft)}
      update={(id, patch) => call('programmes:updateTeacherPractice', { id, patch })}
      remove={(id) => call('programmes:deleteTeacherPractice', { id })}
    />
  );
}
