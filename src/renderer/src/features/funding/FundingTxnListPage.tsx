import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingTxn } from '@shared/domain/funding';
import { formatFen } from '@shared/format/money';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { useEnumLabel } from '../../components/useEnumLabel';
import { currentLanguage } from '../../i18n';

/** Read-only list of funding transactions; amounts are integer 分 formatted as 元. */
export function FundingTxnListPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useChannel('fundingTxns:list', paging);
  const none = t('common.none');

  const columns = [
    { key: 'date', title: t('funding.fields.date'), render: (_: unknown, f: FundingTxn) => formatDate(f.date) },
    { key: 'direction', title: t('funding.fields.direction'), render: (_: unknown, f: FundingTxn) => enumLabel('fundingDirection', f.direction) },
    {
      key: 'amount',
      title: t('funding.fields.amount'),
      align: 'right' as const,
      render: (_: unknown, f: FundingTxn) => formatFen(f.amountFen, 'yuan', currentLanguage()),
    },
    { key: 'voucherNo', title: t('funding.fields.voucherNo'), render: (_: unknown, f: FundingTxn) => f.voucherNo ?? none },
    {
      key: 'programmeType',
      title: t('funding.fields.programmeType'),
      render: (_: unknown, f: FundingTxn) => enumLabel('programmeType', f.programmeType),
    },
    { key: 'summary', title: t('funding.fields.summary'), render: (_: unknown, f: FundingTxn) => f.summary ?? none },
  ];

  return (
    <>
      <PageHeading title={t('funding.title')} />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <PagedTable<FundingTxn>
        testId="funding-txn-list"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
      />
    </>
  );
}
