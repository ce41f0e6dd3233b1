import { useState } from 'react';
import { App, Button, Flex, Form, InputNumber } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Contribution } from '@shared/domain/funding';
import { formatFen } from '@shared/format/money';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { BulkActionBar } from '../../components/BulkActionBar';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { hasActiveFilters } from '../../components/emptyStateModel';
import { RowActions, rowActionTestIds } from '../../components/RowActions';
import { useListAction } from '../../components/useListAction';
import { useRowSelection } from '../../components/useRowSelection';
import { useEnumLabel } from '../../components/useEnumLabel';
import { currentLanguage } from '../../i18n';
import { ContributionFormModal } from './ContributionFormModal';
import { contributionFiltersFrom, withParam } from './urlFilters';

/** Enterprise contributions, filtered by `kind` and `year` in the URL. */
export function ContributionsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const filters = contributionFiltersFrom(params);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ contribution: Contribution | null } | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const { data, error, loading, reload } = useChannel('contributions:list', { ...paging, ...query });
  // Majors are a small reference list; trashed ones too, so an old record still shows its major.
  const majors = useChannel('majors:list', { includeDeleted: true });
  const majorName = (id: string | null) => {
    const major = id ? majors.data?.find((m) => m.id === id) : undefined;
    return major ? major.name : '—';
  };

  const setFilter = (key: string, value: string | number | undefined | null) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams(withParam(params, key, value), { replace: true });
  };

  const { actionError, run } = useListAction(reload);
  const selection = useRowSelection(data?.items, (c) => `${formatDate(c.date)} ${enumLabel('contributionKind', c.kind)}`);

  const label = (name: string) => t(`admin.funding.contributions.fields.${name}`);
  const columns = [
    { key: 'date', title: label('date'), width: COLUMN_WIDTH.date, render: (_: unknown, c: Contribution) => formatDate(c.date) },
    { key: 'kind', title: label('kind'), width: COLUMN_WIDTH.kind + 30, ellipsis: true, render: (_: unknown, c: Contribution) => enumLabel('contributionKind', c.kind) },
    { key: 'items', title: label('items'), width: COLUMN_WIDTH.text, ellipsis: true, render: (_: unknown, c: Contribution) => c.items ?? '—' },
    { key: 'major', title: label('majorId'), width: COLUMN_WIDTH.short, ellipsis: true, render: (_: unknown, c: Contribution) => majorName(c.majorId) },
    {
      key: 'value',
      title: label('valueYuan'),
      width: COLUMN_WIDTH.money,
      align: 'right' as const,
      render: (_: unknown, c: Contribution) => (c.valueFen === null ? '—' : formatFen(c.valueFen, 'yuan', currentLanguage())),
    },
    { key: 'days', title: label('traineePersonDays'), width: COLUMN_WIDTH.count + 20, align: 'right' as const, render: (_: unknown, c: Contribution) => c.traineePersonDays ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, c: Contribution) => {
        const name = enumLabel('contributionKind', c.kind);
        return (
          <RowActions
            name={name}
            testIds={rowActionTestIds('contribution', c.id)}
            onHistory={() => setHistoryOf({ tableName: 'contribution', rowId: c.id, title: `${formatDate(c.date)} ${name}` })}
            onEdit={() => setEditing({ contribution: c })}
            onDelete={() => run(() => call('contributions:delete', { id: c.id }), t('admin.common.deleted', { name }))}
          />
        );
      },
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 16 }}>
        <Form layout="inline" data-testid="contribution-filters">
          <Form.Item label={label('kind')} htmlFor="contribution-filter-kind">
            <EnumSelect enumName="contributionKind" id="contribution-filter-kind" style={{ minWidth: 160 }} value={filters.kind} onChange={(v) => setFilter('kind', v)} />
          </Form.Item>
          <Form.Item label={label('year')} htmlFor="contribution-filter-year">
            <InputNumber id="contribution-filter-year" min={1990} max={2100} value={filters.year ?? null} onChange={(v) => setFilter('year', v)} />
          </Form.Item>
        </Form>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ contribution: null })} data-testid="add-contribution">
          {t('admin.funding.contributions.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <BulkActionBar
        entity="contribution"
        ids={selection.ids}
        query={query}
        onChanged={(removed) => {
          selection.remove(removed);
          reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<Contribution>
        testId="contribution-list"
        rowSelection={selection.rowSelection}
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(c) => `contribution-row-${c.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.contributions.title')}
            hint={t('emptyState.contributions.hint')}
            filtered={hasActiveFilters(query)}
            onClearFilters={() => {
              setPaging((p) => ({ ...p, page: 1 }));
              setParams({ tab: 'contributions' }, { replace: true });
            }}
            createLabel={t('admin.funding.contributions.add')}
            onCreate={() => setEditing({ contribution: null })}
            importEntity="contributions"
          />
        }
      />
      {editing ? (
        <ContributionFormModal
          key={editing.contribution?.id ?? 'new'}
          contribution={editing.contribution}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void message.success(t('common.saved'));
            reload();
          }}
        />
      ) : null}
      <HistoryDrawer target={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
