import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { INTERNSHIP_BASE_STATUSES, type InternshipBase, internshipBaseSchemas } from '@shared/domain/programmes';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { StatusTag } from '../../components/StatusTag';
import { useEnumLabel } from '../../components/useEnumLabel';
import { BaseDetailDrawer } from './BaseDetailDrawer';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { majorColumn, moneyColumn, partnerColumn, PROGRAMME_NAME_WIDTH, textColumn, valueColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FilterField, FIRST_PAGE, type ProgrammeFilters, ProgrammeTab } from './ProgrammeTab';

type BaseStatus = (typeof INTERNSHIP_BASE_STATUSES)[number];
const STATUS_OPTIONS = INTERNSHIP_BASE_STATUSES.map((value) => ({ value, labelKey: `programmes.statuses.${value}` }));

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'programmes.fields.baseName', kind: 'text', required: true },
  { name: 'kind', label: 'programmes.fields.kind', kind: 'enum', enumName: 'internshipBaseKind', required: true },
  // A base the college runs alone (校内自建) has no partner.
  { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true, hiddenWhen: { field: 'kind', value: 'internal' } },
  { name: 'agreementId', label: 'programmes.fields.agreementId', kind: 'agreement' },
  { name: 'status', label: 'programmes.fields.status', kind: 'options', options: STATUS_OPTIONS },
  { name: 'majorIds', label: 'programmes.fields.majorIds', kind: 'majors' },
  { name: 'address', label: 'programmes.fields.address', kind: 'text' },
  { name: 'establishedDate', label: 'programmes.fields.establishedDate', kind: 'date' },
  { name: 'plaqueName', label: 'programmes.fields.plaqueName', kind: 'text' },
  { name: 'approvalDate', label: 'programmes.fields.approvalDate', kind: 'date' },
  { name: 'supportingDepartment', label: 'programmes.fields.supportingDepartment', kind: 'text' },
  { name: 'capacity', label: 'programmes.fields.capacity', kind: 'count' },
  { name: 'fundPerStudentFen', label: 'programmes.fields.fundPerStudentFen', kind: 'money' },
  { name: 'hasHousing', label: 'programmes.fields.hasHousing', kind: 'bool' },
  { name: 'paysAllowance', label: 'programmes.fields.paysAllowance', kind: 'bool' },
];

/** 校外 and 校内 实践基地; a row opens the base with its figures per 学年. */
export function InternshipBasesTab() {
  const { t, i18n } = useTranslation();
  const enumLabel = useEnumLabel();
  const [filters, setFilters] = useState<ProgrammeFilters & { status?: BaseStatus | undefined }>(FIRST_PAGE);
  const [open, setOpen] = useState<InternshipBase | null>(null);
  const list = useChannel('programmes:listInternshipBases', filters);
  return (
    <>
      <ProgrammeTab
        tab="internshipBases"
        filters={filters}
        onFiltersChange={(next) => setFilters({ ...filters, ...next })}
        extraFilters={
          <FilterField label={t('programmes.filters.status')} id="internshipBases-filter-status" width={140}>
            <Select<BaseStatus>
              id="internshipBases-filter-status"
              allowClear
              value={filters.status}
              options={STATUS_OPTIONS.map((o) => ({ value: o.value, label: t(o.labelKey) }))}
              onChange={(status) => setFilters({ ...filters, status, page: 1 })}
            />
          </FilterField>
        }
        hasMajor
        {...list}
        columns={[
          textColumn<InternshipBase>(t, 'name', 'programmes.fields.baseName', PROGRAMME_NAME_WIDTH),
          partnerColumn<InternshipBase>(t),
          majorColumn<InternshipBase>(t, 'programmes.fields.majorIds'),
          { key: 'kind', title: t('programmes.fields.kind'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, r: InternshipBase) => enumLabel('internshipBaseKind', r.kind) },
          valueColumn<InternshipBase>(t, 'capacity', 'programmes.fields.capacity'),
          moneyColumn<InternshipBase>(t, 'fundPerStudentFen', 'programmes.fields.fundPerStudentFen', i18n.language),
          {
            key: 'status',
            title: t('programmes.fields.status'),
            width: COLUMN_WIDTH.status,
            render: (_: unknown, r: InternshipBase) => (
              <StatusTag tone={r.status === 'active' ? 'success' : 'default'}>{t(`programmes.statuses.${r.status}`)}</StatusTag>
            ),
          },
        ]}
        fields={FIELDS}
        schema={internshipBaseSchemas.draft}
        create={(draft) => call('programmes:createInternshipBase', draft)}
        update={(id, patch) => call('programmes:updateInternshipBase', { id, patch })}
        remove={(id) => call('programmes:deleteInternshipBase', { id })}
        statuses={{ codes: INTERNSHIP_BASE_STATUSES, labelOf: (code) => t(`programmes.statuses.${code}`) }}
        onOpen={setOpen}
      />
      {open ? <BaseDetailDrawer base={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
