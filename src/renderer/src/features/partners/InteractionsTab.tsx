import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Interaction } from '@shared/domain/interaction';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/formatDate';
import { PagedTable } from '../../components/PagedTable';
import { useEnumLabel } from '../../components/useEnumLabel';
import { InteractionFormModal } from './InteractionFormModal';

/** Visits, calls and meetings with the partner, newest first. */
export function InteractionsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const { message } = App.useApp();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  const { data, error, loading, reload } = useChannel('interactions:list', { organisationId, ...paging });

  const columns = [
    { key: 'date', title: t('interactions.fields.date'), render: (_: unknown, i: Interaction) => formatDate(i.date) },
    { key: 'kind', title: t('interactions.fields.kind'), render: (_: unknown, i: Interaction) => enumLabel('interactionKind', i.kind) },
    {
      key: 'summary',
      title: t('interactions.fields.summary'),
      render: (_: unknown, i: Interaction) => i.summary ?? i.eventName ?? t('common.none'),
    },
    { key: 'followUpDate', title: t('interactions.fields.followUpDate'), render: (_: unknown, i: Interaction) => formatDate(i.followUpDate) },
  ];

  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="add-interaction">
          {t('interactions.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      <PagedTable<Interaction>
        testId="interaction-list"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(i) => `interaction-row-${i.id}`}
      />
      {adding ? (
        <InteractionFormModal
          organisationId={organisationId}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            void message.success(t('common.saved'));
            reload();
          }}
        />
      ) : null}
    </>
  );
}
