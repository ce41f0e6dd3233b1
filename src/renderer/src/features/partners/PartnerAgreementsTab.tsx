import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AgreementListItem } from '@shared/domain/agreement';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedTable } from '../../components/PagedTable';
import { EmptyState } from '../../components/EmptyState';
import { useEnumLabel } from '../../components/useEnumLabel';
import { agreementColumns } from '../agreements/agreementColumns';

/** The agreements this partner is a party to, latest end date first. */
export function PartnerAgreementsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const { data, error, loading, reload } = useChannel('agreements:list', {
    organisationId,
    ...paging,
    sortBy: 'endDate',
    sortDir: 'desc',
  });
  const columns = agreementColumns(t, enumLabel, { withParties: false }).map(({ sorter: _sorter, ...c }) => c);

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        {/* The new agreement starts with this partner as 乙方. */}
        <Button icon={<PlusOutlined />} data-testid="partner-new-agreement" onClick={() => navigate(`/agreements/new?organisationId=${organisationId}`)}>
          {t('agreementsUi.new')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <PagedTable<AgreementListItem>
        testId="partner-agreements"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        onRowClick={(a) => navigate(`/agreements/${a.id}`)}
        rowTestId={(a) => `partner-agreement-row-${a.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.partnerAgreements.title')}
            hint={t('emptyState.partnerAgreements.hint')}
            createLabel={t('agreementsUi.new')}
            onCreate={() => navigate(`/agreements/new?organisationId=${organisationId}`)}
            testId="partner-agreements-empty"
          />
        }
      />
    </>
  );
}
