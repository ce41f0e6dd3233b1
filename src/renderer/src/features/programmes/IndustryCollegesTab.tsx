import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type IndustryCollege, industryCollegeSchemas } from '@shared/domain/programmeStaffing';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useEnumLabel } from '../../components/useEnumLabel';
import { majorColumn, partnerColumn, PROGRAMME_NAME_WIDTH, textColumn, valueColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, LevelFilter, type ProgrammeFilters, type ProgrammeLevel, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'programmes.fields.name', kind: 'text', required: true },
  { name: 'level', label: 'programmes.fields.level', kind: 'enum', enumName: 'programmeLevel' },
  { name: 'establishedDate', label: 'programmes.fields.establishedDate', kind: 'date' },
  { name: 'partnerIds', label: 'programmes.fields.partnerIds', kind: 'partners', required: true },
  { name: 'agreementId', label: 'programmes.fields.agreementId', kind: 'agreement' },
  { name: 'majorIds', label: 'programmes.fields.majorIds', kind: 'majors' },
];

/** 产业学院 co-founded with one or more partners, serving several majors. */
export function IndustryCollegesTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [filters, setFilters] = useState<ProgrammeFilters & { level?: ProgrammeLevel | undefined }>(FIRST_PAGE);
  const list = useChannel('programmes:listIndustryColleges', filters);
  return (
    <ProgrammeTab
      tab="industryColleges"
      filters={filters}
      onFiltersChange={(next) => setFilters({ ...filters, ...next })}
      extraFilters={<LevelFilter tab="industryColleges" value={filters.level} onChange={(level) => setFilters({ ...filters, level, page: 1 })} />}
      hasMajor
      {...list}
      columns={[
        textColumn<IndustryCollege>(t, 'name', 'programmes.fields.name', PROGRAMME_NAME_WIDTH),
        partnerColumn<IndustryCollege>(t, 'programmes.fields.partnerIds'),
        majorColumn<IndustryCollege>(t, 'programmes.fields.majorIds'),
        { key: 'level', title: t('programmes.fields.level'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, r: IndustryCollege) => enumLabel('programmeLevel', r.level) },
        valueColumn<IndustryCollege>(t, 'establishedDate', 'programmes.fields.establishedDate', COLUMN_WIDTH.date),
      ]}
      fields={FIELDS}
      schema={industryCollegeSchemas.draft}
      create={(draft) => call('programmes:createIndustryCollege', draft)}
      update={(id, patch) => call('programmes:updateIndustryCollege', { id, patch })}
      remove={(id) => call('programmes:deleteIndustryCollege', { id })}
    />
  );
}
