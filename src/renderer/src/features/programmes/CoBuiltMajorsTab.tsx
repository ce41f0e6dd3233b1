import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CoBuiltMajor, coBuiltMajorSchemas } from '@shared/domain/programmeStaffing';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useEnumLabel } from '../../components/useEnumLabel';
import { majorColumn, partnerColumn, textColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FIRST_PAGE, LevelFilter, type ProgrammeFilters, type ProgrammeLevel, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'majorId', label: 'programmes.fields.majorId', kind: 'major', required: true },
  { name: 'partnerIds', label: 'programmes.fields.partnerIds', kind: 'partners', required: true },
  { name: 'agreementId', label: 'programmes.fields.agreementId', kind: 'agreement' },
  { name: 'startYear', label: 'programmes.fields.startYear', kind: 'year' },
  { name: 'level', label: 'programmes.fields.level', kind: 'enum', enumName: 'programmeLevel' },
  { name: 'content', label: 'programmes.fields.content', kind: 'textarea' },
];

/** 专业共建: a major built jointly with one or more partners. */
export function CoBuiltMajorsTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [filters, setFilters] = useState<ProgrammeFilters & { level?: ProgrammeLevel | undefined }>(FIRST_PAGE);
  const list = useChannel('programmes:listCoBuiltMajors', filters);
  return (
    <ProgrammeTab
      tab="coBuiltMajors"
      filters={filters}
      onFiltersChange={(next) => setFilters({ ...filters, ...next })}
      extraFilters={<LevelFilter tab="coBuiltMajors" value={filters.level} onChange={(level) => setFilters({ ...filters, level, page: 1 })} />}
      hasMajor
      {...list}
      columns={[
        majorColumn<CoBuiltMajor>(t),
        partnerColumn<CoBuiltMajor>(t, 'programmes.fields.partnerIds'),
        yearColumn<CoBuiltMajor>(t, 'startYear', 'programmes.fields.startYear'),
        { key: 'level', title: t('programmes.fields.level'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, r: CoBuiltMajor) => enumLabel('programmeLevel', r.level) },
        textColumn<CoBuiltMajor>(t, 'content', 'programmes.fields.content', COLUMN_WIDTH.text + 60),
      ]}
      fields={FIELDS}
      schema={coBuiltMajorSchemas.draft}
      create={(draft) => call('programmes:createCoBuiltMajor', draft)}
      update={(id, patch) => call('programmes:updateCoBuiltMajor', { id, patch })}
      remove={(id) => call('programmes:deleteCoBuiltMajor', { id })}
    />
  );
}
