import { type ReactNode, useState } from 'react';
import { App, Button, Flex, Form, Input } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PROGRAMME_BULK_ENTITIES } from '@shared/domain/bulk';
import type { PROGRAMME_LEVELS } from '@shared/domain/enums';
import type { ProgrammeDisplay } from '@shared/domain/programmeSchemas';
import { BulkActionBar, type BulkActionBarProps } from '../../components/BulkActionBar';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PagedTable } from '../../components/PagedTable';
import { EmptyState } from '../../components/EmptyState';
import { clearedFilters, hasActiveFilters } from '../../components/emptyStateModel';
import { RowActions } from '../../components/RowActions';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { useListAction } from '../../components/useListAction';
import { useRowSelection } from '../../components/useRowSelection';
import { AcademicYearSelect, type KnownOption, MajorPicker, PartnerPicker } from './pickers';
import { type FieldSpec, type KnownOptions, toFormValues } from './programmeFields';
import { ProgrammeFormModal } from './ProgrammeFormModal';
import { PROGRAMME_IMPORTS, PROGRAMME_TABLES, type ProgrammeTabKey } from './programmeTabs';

/** Filters every programme list has; kinds add their own (status, kind, level). */
export interface ProgrammeFilters {
  page: number;
  pageSize: number;
  organisationId?: string | undefined;
  majorId?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
}

export const FIRST_PAGE: ProgrammeFilters = { page: 1, pageSize: 20 };

/** A labelled filter control (visible label, not a placeholder: placeholders fail contrast). */
export function FilterField({ label, id, width, children }: { label: string; id: string; width: number; children: ReactNode }) {
  return (
    <Form.Item label={label} htmlFor={id} style={{ marginBottom: 8, width }}>
      {children}
    </Form.Item>
  );
}

export type ProgrammeLevel = (typeof PROGRAMME_LEVELS)[number];

/** The pilot-level filter of the kinds that have one (apprenticeships, industry colleges, co-built majors). */
export function LevelFilter({ tab, value, onChange }: { tab: ProgrammeTabKey; value: ProgrammeLevel | undefined; onChange: (level: ProgrammeLevel | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <FilterField label={t('programmes.fields.level')} id={`${tab}-filter-level`} width={160}>
      <EnumSelect id={`${tab}-filter-level`} enumName="programmeLevel" value={value} onChange={(level) => onChange(level ?? undefined)} />
    </FilterField>
  );
}

interface Row {
  id: string;
  display: ProgrammeDisplay;
}

/** Labels for the partner ids a record already points at, so pickers show names before any search. */
function knownPartners(record: Readonly<Record<string, unknown>> & Row): KnownOption[] {
  const single = record['organisationId'];
  const many = record['partnerIds'];
  const ids = typeof single === 'string' ? [single] : Array.isArray(many) ? many.filter((v): v is string => typeof v === 'string') : [];
  return ids.flatMap((id, i) => {
    const label = record.display.partnerNames[i];
    return label === undefined ? [] : [{ value: id, label }];
  });
}

/** A row's name for its checkbox: the record's own name, else its kind and partners. */
function rowLabel(row: Readonly<Record<string, unknown>> & Row, kindLabel: string): string {
  const name = row['name'];
  return typeof name === 'string' ? name : [kindLabel, ...row.display.partnerNames].join(' ');
}

const NO_KNOWN: KnownOptions = { partners: [], agreements: [] };

function knownOptions(record: Readonly<Record<string, unknown>> & Row): KnownOptions {
  const agreementId = record['agreementId'];
  const title = record.display.agreementTitle;
  return {
    partners: knownPartners(record),
    agreements: typeof agreementId === 'string' && title !== null ? [{ value: agreementId, label: title }] : [],
  };
}

/**
 * One programme kind: filters, the paged table, and the create / edit form. Each kind's
 * tab supplies its query result, columns, described fields, schema and channels.
 */
export function ProgrammeTab<T extends Row & Readonly<Record<string, unknown>>, D>(props: {
  tab: ProgrammeTabKey;
  filters: ProgrammeFilters;
  onFiltersChange: (next: ProgrammeFilters) => void;
  extraFilters?: ReactNode;
  hasMajor: boolean;
  data: { items: T[]; total: number } | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
  columns: ColumnsType<T>;
  fields: readonly FieldSpec[];
  schema: z.ZodType<D, unknown>;
  create: (draft: D) => Promise<unknown>;
  update: (id: string, draft: D) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  onOpen?: (row: T) => void;
  /** The kind's status, when it has one a bulk change may set (internship bases). */
  statuses?: BulkActionBarProps['statuses'];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const { actionError, run } = useListAction(props.reload);
  const { filters, onFiltersChange, tab } = props;
  const kindLabel = t(`programmes.tabs.${tab}`);
  const setFilter = (patch: Partial<ProgrammeFilters>) => onFiltersChange({ ...filters, ...patch, page: 1 });
  // Bulk actions on the selection or, with none, on the list as filtered (the same filters, no paging).
  const selection = useRowSelection(props.data?.items, (row) => rowLabel(row, kindLabel));
  const filteredQuery = Object.fromEntries(Object.entries(filters).filter(([key, v]) => v !== undefined && key !== 'page' && key !== 'pageSize'));
  // Bumped by 清除筛选 on an empty list: remounts the (uncontrolled) search box empty.
  const [clearCount, setClearCount] = useState(0);
  const clearFilters = () => {
    setClearCount((n) => n + 1);
    onFiltersChange(clearedFilters(filters));
  };

  const actions: ColumnsType<T>[number] = {
    key: 'actions',
    title: t('common.actions'),
    width: COLUMN_WIDTH.actions,
    render: (_: unknown, row: T) => (
      <RowActions
        name={kindLabel}
        testIds={{ history: `history-${row.id}`, edit: `edit-${row.id}`, delete: `delete-${row.id}` }}
        isolate
        onHistory={() => setHistoryOf({ tableName: PROGRAMME_TABLES[tab], rowId: row.id, title: kindLabel })}
        onEdit={() => setEditing(row)}
        onDelete={() => void run(() => props.remove(row.id))}
      />
    ),
  };

  const editingRow = editing === 'new' ? null : editing;
  return (
    <div data-testid={`programme-tab-${tab}`}>
      <Form layout="vertical" role="search" aria-label={kindLabel} component="div">
        <Flex wrap gap={12} align="end" style={{ marginBottom: 8 }}>
          <FilterField label={t('programmes.filters.q')} id={`${tab}-filter-q`} width={240}>
            <Input.Search
              key={clearCount}
              id={`${tab}-filter-q`}
              allowClear
              onSearch={(q) => setFilter({ q: q.trim() || undefined })}
              data-testid="programme-filter-q"
            />
          </FilterField>
          <FilterField label={t('programmes.filters.partner')} id={`${tab}-filter-partner`} width={240}>
            <PartnerPicker
              id={`${tab}-filter-partner`}
              value={filters.organisationId}
              onChange={(v) => setFilter({ organisationId: typeof v === 'string' ? v : undefined })}
            />
          </FilterField>
          {props.hasMajor ? (
            <FilterField label={t('programmes.filters.major')} id={`${tab}-filter-major`} width={220}>
              <MajorPicker
                id={`${tab}-filter-major`}
                value={filters.majorId}
                onChange={(v) => setFilter({ majorId: typeof v === 'string' ? v : undefined })}
              />
            </FilterField>
          ) : null}
          <FilterField label={t('programmes.filters.year')} id={`${tab}-filter-year`} width={160}>
            <AcademicYearSelect
              id={`${tab}-filter-year`}
              value={filters.year}
              onChange={(v: number | undefined) => setFilter({ year: v })}
            />
          </FilterField>
          {props.extraFilters}
          <Button type="primary" onClick={() => setEditing('new')} data-testid={`new-${tab}`} style={{ marginBottom: 8 }}>
            {t('common.new')}
          </Button>
        </Flex>
      </Form>
      {props.error ? <ErrorAlert error={props.error} onRetry={props.reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <BulkActionBar
        entity={PROGRAMME_BULK_ENTITIES[tab]}
        ids={selection.ids}
        query={filteredQuery}
        {...(props.statuses ? { statuses: props.statuses } : {})}
        onChanged={(removed) => {
          selection.remove(removed);
          props.reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<T>
        testId={`programme-list-${tab}`}
        rowSelection={selection.rowSelection}
        columns={[...props.columns, actions]}
        items={props.data?.items}
        total={props.data?.total}
        loading={props.loading}
        page={filters.page}
        pageSize={filters.pageSize}
        onPageChange={(page, pageSize) => onFiltersChange({ ...filters, page, pageSize })}
        onRowClick={props.onOpen ?? ((row) => setEditing(row))}
        rowTestId={(row) => `programme-row-${row.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.programmes.title', { kind: kindLabel })}
            hint={t(PROGRAMME_IMPORTS[tab] ? 'emptyState.programmes.hintImport' : 'emptyState.programmes.hint')}
            filtered={hasActiveFilters(filters)}
            onClearFilters={clearFilters}
            onCreate={() => setEditing('new')}
            {...(PROGRAMME_IMPORTS[tab] ? { importEntity: PROGRAMME_IMPORTS[tab] } : {})}
          />
        }
      />
      {editing !== null ? (
        <ProgrammeFormModal<D>
          title={t(editingRow ? 'programmes.editTitle' : 'programmes.newTitle', { kind: kindLabel })}
          fields={props.fields}
          schema={props.schema}
          initialValues={toFormValues(editingRow, props.fields)}
          known={editingRow ? knownOptions(editingRow) : NO_KNOWN}
          formTestId={`programme-form-${tab}`}
          onClose={() => setEditing(null)}
          onSave={async (draft) => {
            if (editingRow) await props.update(editingRow.id, draft);
            else await props.create(draft);
            setEditing(null);
            void message.success(t('common.saved'));
            props.reload();
          }}
        />
      ) : null}
      <HistoryDrawer target={historyOf} onClose={() => setHistoryOf(null)} />
    </div>
  );
}
