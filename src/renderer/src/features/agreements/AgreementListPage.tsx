import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementListItem } from '@shared/domain/agreement';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable, type SortDir } from '../../components/PagedTable';
import { useEnumLabel } from '../../components/useEnumLabel';
import { agreementColumns } from './agreementColumns';

type AgreementSort = 'title' | 'endDate';

/** Read-only for now: agreement editing arrives with the agreements feature proper. */
export function AgreementListPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<{ sortBy: AgreementSort; sortDir: SortDir } | null>(null);
  const { data, error, loading, reload } = useChannel('agreements:list', { ...paging, ...(sort ?? {}) });

  return (
    <>
      <PageHeading title={t('agreements.title')} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <PagedTable<AgreementListItem>
        testId="agreement-list"
        columns={agreementColumns(t, enumLabel, { withParties: true })}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        {...(sort ? { sortBy: sort.sortBy, sortDir: sort.sortDir } : {})}
        onSortChange={(sortBy, sortDir) => {
          setPaging((p) => ({ ...p, page: 1 }));
          setSort(sortBy === 'title' || sortBy === 'endDate' ? { sortBy, sortDir: sortDir ?? 'asc' } : null);
        }}
        rowTestId={(a) => `agreement-row-${a.id}`}
      />
    </>
  );
}
