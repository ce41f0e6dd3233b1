import { useState } from 'react';
import { App, Button, Flex, Form, InputNumber, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { FundingTxn } from '@shared/domain/funding';
import { formatFen } from '@shared/format/money';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { DateField } from '../../components/DateField';
import { EnumSelect } from '../../components/EnumSelect';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { hasActiveFilters } from '../../components/emptyStateModel';
import { BulkActionBar } from '../../components/BulkActionBar';
import { useRowSelection } from '../../components/useRowSelection';
import { RowActions, rowActionTestIds } from '../../components/RowActions';
import { useListAction } from '../../components/useListAction';
import { useEnumLabel } from '../../components/useEnumLabel';
import { currentLanguage } from '../../i18n';
import { FundingTxnFormModal } from './FundingTxnFormModal';
import { txnFiltersFrom, withParam } from './urlFilters';

/** Funding transactions, filtered by the URL (source, direction, dates, source kind, year). */
export function FundingTxnsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enumLabel = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const filters = txnFiltersFrom(params);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<{ txn: FundingTxn | null } | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const sources = useChannel('fundingSources:list', { trashed: false });
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const { data, error, loading, reload } = useChannel('fundingTxns:list', { ...paging, ...query });
  const sourceName = (id: string) => sources.data?.find((s) => s.id === id)?.name ?? '—';
  const none = t('common.none');

  const setFilter = (key: string, value: string | number | undefined | null) => {
    setPaging((p) => ({ ...p, page: 1 }));
    setParams(withParam(params, key, value), { replace: true });
  };

  const { actionError, run } = useListAction(reload);
  const [clearCount, setClearCount] = useState(0);
  const clearFilters = () => {
    setClearCount((n) => n + 1);
    setPaging((p) => ({ ...p, page: 1 }));
    setParams({ tab: 'txns' }, { replace: true });
  };
  const selection = useRowSelection(data?.items, (f) => `${f.date} ${f.voucherNo ?? ''}`);

  const columns = [
    { key: 'date', title: t('funding.fields.date'), width: COLUMN_WIDTH.date, render: (_: unknown, f: FundingTxn) => formatDate(f.date) },
    { key: 'sourceId', title: t('admin.funding.txns.fields.sourceId'), width: COLUMN_WIDTH.text - 20, ellipsis: true, render: (_: unknown, f: FundingTxn) => sourceName(f.sourceId) },
    { key: 'direction', title: t('funding.fields.direction'), width: COLUMN_WIDTH.count + 20, render: (_: unknown, f: FundingTxn) => enumLabel('fundingDirection', f.direction) },
    {
      key: 'amount',
      title: t('funding.fields.amount'),
      width: COLUMN_WIDTH.money,
      align: 'right' as const,
      render: (_: unknown, f: FundingTxn) => <span data-testid={`txn-amount-${f.id}`}>{formatFen(f.amountFen, 'yuan', currentLanguage())}</span>,
    },
    { key: 'voucherNo', title: t('funding.fields.voucherNo'), width: COLUMN_WIDTH.short - 10, ellipsis: true, render: (_: unknown, f: FundingTxn) => f.voucherNo ?? none },
    { key: 'summary', title: t('funding.fields.summary'), width: COLUMN_WIDTH.text + 20, ellipsis: true, render: (_: unknown, f: FundingTxn) => f.summary ?? none },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, f: FundingTxn) => (
        <RowActions
          name={f.summary ?? f.date}
          testIds={rowActionTestIds('txn', f.id)}
          onHistory={() => setHistoryOf({ tableName: 'funding_txn', rowId: f.id, title: f.summary ?? formatDate(f.date) })}
          onEdit={() => setEditing({ txn: f })}
          onDelete={() => run(() => call('fundingTxns:delete', { id: f.id }), t('admin.common.deleted', { name: f.summary ?? f.date }))}
        />
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="start" gap={8} wrap style={{ marginBottom: 16 }}>
        {/* Re-keyed by 清除筛选: the date boxes are uncontrolled. */}
        <Form key={clearCount} layout="inline" style={{ rowGap: 8 }} data-testid="txn-filters">
          <Form.Item label={t('admin.funding.txns.fields.sourceId')} htmlFor="txn-filter-source">
            <Select<string>
              id="txn-filter-source"
              allowClear
              style={{ minWidth: 160 }}
             
              value={filters.sourceId}
              options={(sources.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
              onChange={(v) => setFilter('sourceId', v)}
            />
          </Form.Item>
          <Form.Item label={t('admin.funding.txns.fields.sourceKind')} htmlFor="txn-filter-kind">
            <EnumSelect enumName="fundingSourceKind" id="txn-filter-kind" style={{ minWidth: 140 }} value={filters.sourceKind} onChange={(v) => setFilter('sourceKind', v)} />
          </Form.Item>
          <Form.Item label={t('funding.fields.direction')} htmlFor="txn-filter-direction">
            <EnumSelect enumName="fundingDirection" id="txn-filter-direction" style={{ minWidth: 100 }} value={filters.direction} onChange={(v) => setFilter('direction', v)} />
          </Form.Item>
          <Form.Item label={t('admin.funding.txns.fields.year')} htmlFor="txn-filter-year">
            <InputNumber id="txn-filter-year" min={1990} max={2100} value={filters.year ?? null} onChange={(v) => setFilter('year', v)} data-testid="txn-filter-year" />
          </Form.Item>
          <Form.Item label={t('admin.funding.txns.fields.from')} htmlFor="txn-filter-from">
            <DateField id="txn-filter-from" value={filters.from ?? null} onChange={(v) => setFilter('from', v)} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label={t('admin.funding.txns.fields.to')} htmlFor="txn-filter-to">
            <DateField id="txn-filter-to" value={filters.to ?? null} onChange={(v) => setFilter('to', v)} style={{ width: 140 }} />
          </Form.Item>
        </Form>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ txn: null })} data-testid="add-txn">
          {t('admin.funding.txns.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <BulkActionBar
        entity="fundingTxn"
        ids={selection.ids}
        query={query}
        onChanged={(removed) => {
          selection.remove(removed);
          reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<FundingTxn>
        testId="funding-txn-list"
        rowSelection={selection.rowSelection}
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(f) => `txn-row-${f.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.fundingTxns.title')}
            hint={t('emptyState.fundingTxns.hint')}
            filtered={hasActiveFilters(query)}
            onClearFilters={clearFilters}
            createLabel={t('admin.funding.txns.add')}
            onCreate={() => setEditing({ txn: null })}
            importEntity="fundingTxns"
          />
        }
      />
      {editing ? (
        <FundingTxnFormModal
          key={editing.txn?.id ?? 'new'}
          txn={editing.txn}
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
