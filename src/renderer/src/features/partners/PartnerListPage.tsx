import { useMemo } from 'react';
import { Button } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PARTNER_SORT_KEYS, type Partner } from '@shared/domain/partner';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { EmptyState } from '../../components/EmptyState';
import { clearedFilters, hasActiveFilters } from '../../components/emptyStateModel';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { BulkActionBar } from '../../components/BulkActionBar';
import { useRowSelection } from '../../components/useRowSelection';
import { PARTNER_STATUSES } from '@shared/domain/enums';
import { StatusTag } from '../../components/StatusTag';
import { useEnumLabel } from '../../components/useEnumLabel';
import { PartnerFilters } from './PartnerFilters';
import { parsePartnerListParams, partnerListSearch, toPartnerQuery, withFilter, type PartnerListParams, type PartnerSortKey } from './partnerListParams';
import { partnerStatusTone } from './partnerStatusTone';

export function PartnerListPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parsePartnerListParams(searchParams), [searchParams]);
  const { data, error, loading, reload } = useChannel('partners:list', toPartnerQuery(params));

  const go = (next: PartnerListParams) => setSearchParams(partnerListSearch(next));
  const selection = useRowSelection(data?.items, (p) => p.fullName);

  const columns = [
    {
      key: 'fullName',
      title: t('partners.fields.fullName'),
      sorter: true,
      width: COLUMN_WIDTH.name,
      ellipsis: true,
      render: (_: unknown, p: Partner) => (
        // A real link as well as the row click: keyboard and screen-reader users get an anchor.
        <Link to={`/partners/${p.id}`} onClick={(e) => e.stopPropagation()}>
          {p.fullName}
        </Link>
      ),
    },
    { key: 'uscc', title: t('partners.fields.uscc'), width: COLUMN_WIDTH.uscc, render: (_: unknown, p: Partner) => p.uscc ?? t('common.none') },
    { key: 'kind', title: t('partners.fields.kind'), sorter: true, width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, p: Partner) => enumLabel('orgKind', p.kind) },
    {
      key: 'status',
      title: t('partners.fields.status'),
      sorter: true,
      width: COLUMN_WIDTH.status,
      render: (_: unknown, p: Partner) => <StatusTag tone={partnerStatusTone(p.status)}>{enumLabel('partnerStatus', p.status)}</StatusTag>,
    },
    {
      key: 'industrySection',
      title: t('partners.fields.industrySection'),
      width: COLUMN_WIDTH.short,
      ellipsis: true,
      render: (_: unknown, p: Partner) => enumLabel('industrySection', p.industrySection),
    },
    { key: 'regionName', title: t('partners.fields.regionName'), width: COLUMN_WIDTH.short, ellipsis: true, render: (_: unknown, p: Partner) => p.regionName ?? t('common.none') },
    { key: 'updatedAt', title: t('partners.fields.updatedAt'), sorter: true, width: COLUMN_WIDTH.dateTime, render: (_: unknown, p: Partner) => formatTimestamp(p.updatedAt) },
  ];

  return (
    <>
      <PageHeading
        title={t('partners.title')}
        testId="partner-list-title"
        extra={
          <>
            <Button icon={<DeleteOutlined />} data-testid="partner-trash-link" onClick={() => navigate('/trash?entityType=partner')}>
              {t('partners.openTrash')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} data-testid="new-partner" onClick={() => navigate('/partners/new')}>
              {t('partners.new')}
            </Button>
          </>
        }
      />
      <PartnerFilters params={params} onChange={(change) => go(withFilter(params, change))} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <BulkActionBar
        entity="partner"
        ids={selection.ids}
        query={toPartnerQuery(params)}
        statuses={{ codes: PARTNER_STATUSES, enumName: 'partnerStatus' }}
        owner
        onChanged={(removed) => {
          selection.remove(removed);
          reload();
        }}
        onClearSelection={selection.clear}
      />
      <PagedTable<Partner>
        testId="partner-list"
        rowSelection={selection.rowSelection}
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={params.page}
        pageSize={params.pageSize}
        onPageChange={(page, pageSize) => go({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize })}
        {...(params.sortBy ? { sortBy: params.sortBy } : {})}
        {...(params.sortDir ? { sortDir: params.sortDir } : {})}
        onSortChange={(sortBy, sortDir) => {
          const next: PartnerListParams = { ...params, page: 1 };
          delete next.sortBy;
          delete next.sortDir;
          if (sortBy && isSortKey(sortBy)) {
            next.sortBy = sortBy;
            next.sortDir = sortDir ?? 'asc';
          }
          go(next);
        }}
        onRowClick={(p) => navigate(`/partners/${p.id}`)}
        rowTestId={(p) => `partner-row-${p.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.partners.title')}
            hint={t('emptyState.partners.hint')}
            filtered={hasActiveFilters(toPartnerQuery(params))}
            onClearFilters={() => go(clearedFilters(params))}
            createLabel={t('partners.new')}
            onCreate={() => navigate('/partners/new')}
            importEntity="partners"
          />
        }
      />
      {/* For tests: the total shown, the query it was rendered for and whether the answer for
          that query is still pending (the previous total stays on screen meanwhile). */}
      <span data-testid="partner-count" data-query={searchParams.toString()} data-loading={loading ? 'true' : 'false'} hidden>
        {data?.total ?? ''}
      </span>
    </>
  );
}

function isSortKey(key: string): key is PartnerSortKey {
  return (PARTNER_SORT_KEYS as readonly string[]).includes(key);
}
