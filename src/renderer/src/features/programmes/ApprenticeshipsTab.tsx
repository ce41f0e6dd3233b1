import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Apprenticeship, apprenticeshipSchemas } from '@shared/domain/programmes';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useEnumLabel } from '../../components/useEnumLabel';
import { majorColumn, partnerColumn, valueColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, LevelFilter, type ProgrammeFilters, type ProgrammeLevel, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true },
  { name: 'agreementId', label: 'programmes.fields.agreementId', kind: 'agreement' },
  { name: 'majorId', label: 'programmes.fields.majorId', kind: 'major' },
  { name: 'level', label: 'programmes.fields.level', kind: 'enum', enumName: 'programmeLevel' },
  { name: 'cohortYear', label: 'programmes.fields.cohortYear', kind: 'year' },
  { name: 'apprentices', label: 'programmes.fields.apprentices', kind: 'count' },
  { name: 'mentors', label: 'programmes.fields.mentors', kind: 'count' },
];

/** 现代学徒制 pilots: partner, major, pilot level, cohort, apprentices and company mentors. */
export function ApprenticeshipsTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [filters, setFilters] = useState<ProgrammeFilters & { level?: ProgrammeLevel | undefined }>(FIRST_PAGE);
  const list = useChannel('programmes:listApprenticeships', filters);
  return (
    <ProgrammeTab
      tab="apprenticeships"
      filters={filters}
      onFiltersChange={(next) => setFilters({ ...filters, ...next })}
      extraFilters={<LevelFilter tab="apprenticeships" value={filters.level} onChange={(level) => setFilters({ ...filters, level, page: 1 })} />}
      hasMajor
      {...list}
      columns={[
        partnerColumn<Apprenticeship>(t),
        majorColumn<Apprenticeship>(t),
        { key: 'level', title: t('programmes.fields.level'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, r: Apprenticeship) => enumLabel('programmeLevel', r.level) },
        yearColumn<Apprenticeship>(t, 'cohortYear', 'programmes.fields.cohortYear'),
        valueColumn<Apprenticeship>(t, 'apprentices', 'programmes.fields.apprentices'),
        valueColumn<Apprenticeship>(t, 'mentors', 'programmes.fields.mentors'),
      ]}
      fields={FIELDS}
      schema={apprenticeshipSchemas.draft}
      create={(draft) => call('programmes:createApprenticeship', draft)}
      update={(id, patch) => call('programmes:updateApprenticeship', { id, patch })}
      remove={(id) => call('programmes:deleteApprenticeship', { id })}
    />
  );
}
