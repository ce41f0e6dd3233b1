import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ORDER_CLASS_KINDS } from '@shared/domain/enums';
import { type OrderClass, orderClassSchemas } from '@shared/domain/programmes';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EnumSelect } from '../../components/EnumSelect';
import { useEnumLabel } from '../../components/useEnumLabel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { majorColumn, partnerColumn, PROGRAMME_NAME_WIDTH, textColumn, valueColumn, yearColumn } from './columns';
import type { FieldSpec } from './programmeFields';
import { FilterField, FIRST_PAGE, type ProgrammeFilters, ProgrammeTab } from './ProgrammeTab';

const FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: 'programmes.fields.className', kind: 'text', required: true },
  { name: 'organisationId', label: 'programmes.fields.organisationId', kind: 'partner', required: true },
  { name: 'agreementId', label: 'programmes.fields.agreementId', kind: 'agreement' },
  { name: 'majorId', label: 'programmes.fields.majorId', kind: 'major' },
  { name: 'kind', label: 'programmes.fields.kind', kind: 'enum', enumName: 'orderClassKind' },
  { name: 'cohortYear', label: 'programmes.fields.cohortYear', kind: 'year' },
  { name: 'startDate', label: 'programmes.fields.startDate', kind: 'date' },
  { name: 'endDate', label: 'programmes.fields.endDate', kind: 'date' },
  { name: 'planned', label: 'programmes.fields.planned', kind: 'count' },
  { name: 'enrolled', label: 'programmes.fields.enrolled', kind: 'count' },
  { name: 'employmentCommitmentPct', label: 'programmes.fields.employmentCommitmentPct', kind: 'percent' },
  { name: 'employed', label: 'programmes.fields.employed', kind: 'count' },
];

/** 订单班: named classes trained for (and mostly hired by) one partner. */
export function OrderClassesTab() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [filters, setFilters] = useState<ProgrammeFilters & { kind?: (typeof ORDER_CLASS_KINDS)[number] | undefined }>(FIRST_PAGE);
  const list = useChannel('programmes:listOrderClasses', filters);
  return (
    <ProgrammeTab
      tab="orderClasses"
      filters={filters}
      onFiltersChange={(next) => setFilters({ ...filters, ...next })}
      extraFilters={
        <FilterField label={t('programmes.fields.kind')} id="orderClasses-filter-kind" width={180}>
          <EnumSelect
            id="orderClasses-filter-kind"
            enumName="orderClassKind"
            value={filters.kind}
            onChange={(kind) => setFilters({ ...filters, kind: kind ?? undefined, page: 1 })}
          />
        </FilterField>
      }
      hasMajor
      {...list}
      columns={[
        textColumn<OrderClass>(t, 'name', 'programmes.fields.className', PROGRAMME_NAME_WIDTH),
        partnerColumn<OrderClass>(t),
        majorColumn<OrderClass>(t),
        { key: 'kind', title: t('programmes.fields.kind'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, r: OrderClass) => enumLabel('orderClassKind', r.kind) },
        yearColumn<OrderClass>(t, 'cohortYear', 'programmes.fields.cohortYear'),
        valueColumn<OrderClass>(t, 'planned', 'programmes.fields.planned'),
        valueColumn<OrderClass>(t, 'enrolled', 'programmes.fields.enrolled'),
        valueColumn<OrderClass>(t, 'employed', 'programmes.fields.employed'),
      ]}
      fields={FIELDS}
      schema={orderClassSchemas.draft}
      create={(draft) => call('programmes:createOrderClass', draft)}
      update={(id, patch) => call('programmes:updateOrderClass', { id, patch })}
      remove={(id) => call('programmes:deleteOrderClass', { id })}
    />
  );
}
