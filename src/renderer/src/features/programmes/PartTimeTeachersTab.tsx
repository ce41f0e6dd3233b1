import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PartTimeTeacher, partTimeTeacherSchemas } from '@shared/domain/programmeStaffing';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { majorColumn, moneyColumn, partnerColumn, textColumn, valueColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, type ProgrammeFilters, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true },
  { name: 'contactId', label: 'programmes.fields.contactId', kind: 'contact', required: true },
  { name: 'academicYear', label: 'programmes.fields.academicYear', kind: 'year', required: true },
  { name: 'majorId', label: 'programmes.fields.majorId', kind: 'major', help: 'programmes.majorHints.partTimeTeacher' },
  { name: 'courses', label: 'programmes.fields.courses', kind: 'text' },
  { name: 'hours', label: 'programmes.fields.hours', kind: 'count' },
  { name: 'payFen', label: 'programmes.fields.payFen', kind: 'money' },
  { name: 'qualification', label: 'programmes.fields.qualification', kind: 'text' },
];

/** 企业兼职教师: a partner's staff teaching at the college, with 学时 and 课酬 per 学年 and 专业 (one record per major). */
export function PartTimeTeachersTab() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<ProgrammeFilters>(FIRST_PAGE);
  const list = useChannel('programmes:listPartTimeTeachers', filters);
  return (
    <ProgrammeTab
      tab="partTimeTeachers"
      filters={filters}
      onFiltersChange={setFilters}
      hasMajor
      {...list}
      columns={[
        partnerColumn<PartTimeTeacher>(t),
        majorColumn<PartTimeTeacher>(t),
        yearColumn<PartTimeTeacher>(t, 'academicYear', 'programmes.fields.academicYear'),
        textColumn<PartTimeTeacher>(t, 'courses', 'programmes.fields.courses', COLUMN_WIDTH.text - 30),
        valueColumn<PartTimeTeacher>(t, 'hours', 'programmes.fields.hours'),
        moneyColumn<PartTimeTeacher>(t, 'payFen', 'programmes.fields.payFen', i18n.language),
        textColumn<PartTimeTeacher>(t, 'qualification', 'programmes.fields.qualification', COLUMN_WIDTH.short),
      ]}
      fields={FIELDS}
      schema={partTimeTeacherSchemas.draft}
      create={(draft) => call('programmes:createPartTimeTeacher', draft)}
      update={(id, patch) => call('programmes:updatePartTimeTeacher', { id, patch })}
      remove={(id) => call('programmes:deletePartTimeTeacher', { id })}
    />
  );
}
