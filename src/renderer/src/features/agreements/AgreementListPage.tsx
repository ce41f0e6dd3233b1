import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { AgreementListItem } from '@shared/domain/agreement';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { EmptyState } from '../../components/EmptyState';
import { clearedFilters, hasActiveFilters } from '../../components/emptyStateModel';
import { BulkActionBar } from '../../components/BulkActionBar';
import { useRowSelection } from '../../components/useRowSelection';
import { useEnumLabel } from '../../components/useEnumLabel';
import { agreementColumns } from './agreementColumns';
import { AgreementFilters } from './AgreementFilters';
import {
  agreementListSearch,
  isAgreementSortKey,
  parseAgreementListParams,
  toAgreementQuery,
  withAgreementFilter,
  type AgreementListParams,
} from './agreementListParams';

/** /agreements: server-side paging, sorting and filters, all kept in the URL. */
export function AgreementListPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseAgreementListParams(searchParams), [searchParams]);
  const { data, error, loading, reload } = useChannel('agreements:list', toAgreementQuery(params));
  const go = (next: AgreementListParams) => setSearchParams(agreementListSearch(next));
  const selection = useRowSelection(data?.items, (a) => a.title);

  return (
    <>
      <PageHeading
        title={t('agreements.title')}
        testId="agreement-list-title"
        extra={
          <Button type="primary" icon={<PlusOutlined />} data-testid="new-agreement" onClick={() => navigate('/agreements/new')}>
            {t('agreementsUi.new')}
          </Button>
        }
      />
      <AgreementFilters values={params} onChange={(change) => go(withAgreementFilter(params, change))} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <BulkActionBar
        entity="agreement"
        ids={selection.ids}
        query={toAgreementQuery(params)}
        // A change of status is a lifecycle step; rows it does not apply to are reported.
        statuses={{ codes: ['draft', 'signing', 'active', 'terminated'], enumName: 'agreementStatus' }}
        owner
        onChanged={(removed) => {
          selection.remove(removed);
          reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<AgreementListItem>
        testId="agreement-list"
        rowSelection={selection.rowSelection}
        columns={agreementColumns(t, enumLabel, { withParties: true })}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page, pageSize) => go({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize })}
        {...(params.sortBy ? { sortBy: params.sortBy } : {})}
        {...(params.sortDir ? { sortDir: params.sortDir } : {})}
        onSortChange={(sortBy, sortDir) => {
          const next: AgreementListParams = { ...params, page: 1 };
          delete next.sortBy;
          delete next.sortDir;
          if (sortBy && isAgreementSortKey(sortBy)) {
            next.sortBy = sortBy;
            next.sortDir = sortDir ?? 'asc';
          }
          go(next);
        }}
        onRowClick={(a) => navigate(`/agreements/${a.id}`)}
        rowTestId={(a) => `agreement-row-${a.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.agreements.title')}
            hint={t('emptyState.agreements.hint')}
            filtered={hasActiveFilters(toAgreementQuery(params))}
            onClearFilters={() => go(clearedFilters(params))}
            createLabel={t('agreementsUi.new')}
            onCreate={() => navigate('/agreements/new')}
            importEntity="agreements"
          />
        }
      />
      <span data-testid="agreement-count" hidden>
        {data?.total ?? ''}
      </span>
    </>
  );
}
