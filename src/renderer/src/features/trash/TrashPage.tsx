import { useState } from 'react';
import { App, Button, Flex, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { TRASH_ENTITY_TYPES, type TrashItem } from '@shared/domain/system';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { PageHeading } from '../../components/PageHeading';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { PurgeModal } from './PurgeModal';
import { RESTORE_CHANNELS, pathOfRestored, type TrashEntityType } from './restoreChannels';

function parseEntityType(raw: string | null): TrashEntityType | undefined {
  return raw !== null && (TRASH_ENTITY_TYPES as readonly string[]).includes(raw) ? (raw as TrashEntityType) : undefined;
}

/** Everything soft-deleted, newest first; each row restores through its own channel. */
export function TrashPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const entityType = parseEntityType(searchParams.get('entityType'));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [restoring, setRestoring] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);
  const { data, error, loading, reload } = useChannel('trash:list', { ...paging, ...(entityType ? { entityType } : {}) });

  const restore = async (item: TrashItem) => {
    setRestoring(item.id);
    setActionError(null);
    try {
      await call(RESTORE_CHANNELS[item.entityType], { id: item.id });
      const path = pathOfRestored(item.entityType, item.id);
      void message.success({
        content: (
          <span>
            {t('trash.restored', { title: item.title })}{' '}
            {path ? (
              <Button type="link" size="small" onClick={() => navigate(path)}>
                {item.entityType === 'partner' ? t('partners.uscc.openExisting') : t('admin.trash.openList')}
              </Button>
            ) : null}
          </span>
        ),
      });
      reload();
    } catch (e) {
      setActionError(e);
    } finally {
      setRestoring(null);
    }
  };

  const columns = [
    { key: 'entityType', title: t('trash.fields.entityType'), width: COLUMN_WIDTH.kind + 30, ellipsis: true, render: (_: unknown, i: TrashItem) => t(`admin.trash.entity.${i.entityType}`) },
    { key: 'title', title: t('trash.fields.title'), width: COLUMN_WIDTH.name + 80, ellipsis: true, render: (_: unknown, i: TrashItem) => i.title },
    { key: 'deletedAt', title: t('trash.fields.deletedAt'), width: COLUMN_WIDTH.dateTime, render: (_: unknown, i: TrashItem) => formatTimestamp(i.deletedAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions + 30,
      render: (_: unknown, i: TrashItem) => (
        <Flex gap={4}>
          <Button size="small" data-testid={`restore-${i.entityType}`} loading={restoring === i.id} onClick={() => void restore(i)}>
            {t('common.restore')}
          </Button>
          <Button size="small" danger data-testid={`purge-${i.entityType}`} onClick={() => setPurging(i)}>
            {t('admin.trash.purge')}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeading title={t('trash.title')} />
      <Typography.Paragraph type="secondary">{t('trash.hint')}</Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t('trash.entityFilter')} htmlFor="trash-entity-type">
          <Select<TrashEntityType>
            id="trash-entity-type"
            data-testid="trash-entity-filter"
            style={{ minWidth: 180 }}
            allowClear
            value={entityType}
            options={TRASH_ENTITY_TYPES.map((type) => ({ value: type, label: t(`admin.trash.entity.${type}`) }))}
            onChange={(value) => {
              setPaging((p) => ({ ...p, page: 1 }));
              setSearchParams(value ? { entityType: value } : {});
            }}
          />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <PagedTable<TrashItem>
        testId="trash-list"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(i) => `trash-row-${i.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.trash.title')}
            hint={t('emptyState.trash.hint')}
            filtered={entityType !== undefined}
            onClearFilters={() => {
              setPaging((p) => ({ ...p, page: 1 }));
              setSearchParams({});
            }}
            testId="trash-empty"
          />
        }
      />
      {purging ? (
        <PurgeModal
          item={purging}
          onClose={() => setPurging(null)}
          onPurged={() => {
            void message.success(t('admin.trash.purged', { title: purging.title }));
            setPurging(null);
            reload();
          }}
        />
      ) : null}
    </>
  );
}
