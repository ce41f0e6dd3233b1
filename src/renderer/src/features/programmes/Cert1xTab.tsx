import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Cert1x, cert1xSchemas } from '@shared/domain/programmeStaffing';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { majorColumn, partnerColumn, PROGRAMME_NAME_WIDTH, textColumn, valueColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, type ProgrammeFilters, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'programmes.fields.certName', kind: 'text', required: true },
  { name: 'level', label: 'programmes.fields.certLevel', kind: 'text' },
  { name: 'organisationId', label: 'programmes.fields.certOrganisationId', kind: 'partner' },
  { name: 'academicYear', label: 'programmes.fields.academicYear', kind: 'year', required: true },
  { name: 'trained', label: 'programmes.fields.trained', kind: 'count' },
  { name: 'examined', label: 'programmes.fields.examined', kind: 'count' },
  { name: 'passed', label: 'programmes.fields.passed', kind: 'count' },
  { name: 'majorIds', label: 'programmes.fields.majorIds', kind: 'majors' },
];

/** 1+X 证书: trained, examined and passed per certificate and 学年. */
export function Cert1xTab() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ProgrammeFilters>(FIRST_PAGE);
  const list = useChannel('programmes:listCert1x', filters);
  return (
    <ProgrammeTab
      tab="cert1x"
      filters={filters}
      onFiltersChange={setFilters}
      hasMajor
      {...list}
      columns={[
        textColumn<Cert1x>(t, 'name', 'programmes.fields.certName', PROGRAMME_NAME_WIDTH),
        textColumn<Cert1x>(t, 'level', 'programmes.fields.certLevel', COLUMN_WIDTH.count + 10),
        partnerColumn<Cert1x>(t, 'programmes.fields.certOrganisationId'),
        majorColumn<Cert1x>(t, 'programmes.fields.majorIds'),
        yearColumn<Cert1x>(t, 'academicYear', 'programmes.fields.academicYear'),
        valueColumn<Cert1x>(t, 'trained', 'programmes.fields.trained'),
        valueColumn<Cert1x>(t, 'examined', 'programmes.fields.examined'),
        valueColumn<Cert1x>(t, 'passed', 'programmes.fields.passed'),
      ]}
      fields={FIELDS}
      schema={cert1xSchemas.draft}
      create={(draft) => call('programmes:createCert1x', draft)}
      update={(id, patch) => call('programmes:updateCert1x', { id, patch })}
      remove={(id) => call('programmes:deleteCert1x', { id })}
    />
  );
}
