import { useState } from 'react';
import { Button, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { InteractionEntry } from '@shared/domain/capture';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { PagedTable } from '../../components/PagedTable';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { EmptyState } from '../../components/EmptyState';
import { PageHeading } from '../../components/PageHeading';
import { RowActions } from '../../components/RowActions';
import { useEnumLabel } from '../../components/useEnumLabel';
import { useListAction } from '../../components/useListAction';
import { FollowUpStateTag } from './FollowUpStateTag';

const WINDOWS = [0, 7, 30] as const;

/** /followups: open follow-ups due soon or overdue, across partners, most overdue first. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const enumLabel = useEnumLabel();
  const navigate = useNavigate();
  const [withinDays, setWithinDays] = useState<number>(7);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const { data, error, loading, reload } = useChannel('interactions:followUpsDue', { withinDays, ...paging });
  const { actionError, run } = useListAction(reload);

  const columns = [
    { key: 'followUpDate', title: t('capture.followUps.columns.followUpDate'), fixed: 'start' as const, width: COLUMN_WIDTH.date, render: (_: unknown, i: InteractionEntry) => i.followUpDate },
    {
      key: 'partner',
      title: t('capture.followUps.columns.partner'),
      fixed: 'start' as const,
      width: COLUMN_WIDTH.name,
      ellipsis: true,
      render: (_: unknown, i: InteractionEntry) => (
        <Link to={`/partners/${i.organisationId}`} data-testid={`follow-up-partner-${i.id}`}>
          {i.partnerName}
        </Link>
      ),
    },
    { key: 'kind', title: t('capture.followUps.columns.kind'), width: COLUMN_WIDTH.kind, ellipsis: true, render: (_: unknown, i: InteractionEntry) => enumLabel('interactionKind', i.kind) },
    {
      key: 'summary',
      title: t('capture.followUps.columns.summary'),
      width: COLUMN_WIDTH.text + 60,
      ellipsis: true,
      render: (_: unknown, i: InteractionEntry) => i.nextAction ?? i.summary ?? t('common.none'),
    },
    { key: 'state', title: t('capture.followUps.columns.state'), width: COLUMN_WIDTH.status, render: (_: unknown, i: InteractionEntry) => <FollowUpStateTag state={i.followUpState} /> },
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, i: InteractionEntry) => (
        <RowActions
          name={`${i.date} ${enumLabel('interactionKind', i.kind)}`}
          testIds={{ history: `history-interaction-${i.id}` }}
          onHistory={() => setHistoryOf({ tableName: 'interaction', rowId: i.id, title: `${i.partnerName} · ${i.date}` })}
        >
          <Button size="small" data-testid={`follow-up-done-${i.id}`} onClick={() => void run(() => call('interactions:setFollowUpDone', { id: i.id, done: true }))}>
            {t('capture.timeline.markDone')}
          </Button>
        </RowActions>
      ),
    },
  ];

  return (
    <>
      <PageHeading
        title={t('capture.followUps.title')}
        testId="follow-ups-title"
        extra={
          <Segmented<number>
            aria-label={t('capture.followUps.within')}
            data-testid="follow-ups-window"
            value={withinDays}
            onChange={(value) => {
              setWithinDays(value);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={WINDOWS.map((days) => ({
              value: days,
              label: days === 0 ? t('capture.followUps.overdueOnly') : t('capture.followUps.withinDays', { days }),
            }))}
          />
        }
      />
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <PagedTable<InteractionEntry>
        testId="follow-up-list"
        columns={columns}
        items={data?.items}
        total={data?.total}
        loading={loading}
        page={paging.page}
        pageSize={paging.pageSize}
        onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
        rowTestId={(i) => `follow-up-row-${i.id}`}
        emptyText={
          <EmptyState
            title={t('emptyState.followUps.title')}
            hint={t('emptyState.followUps.hint')}
            actions={
              <Button onClick={() => navigate('/partners')} data-testid="follow-ups-empty-partners">
                {t('emptyState.followUps.action')}
              </Button>
            }
            testId="follow-ups-empty"
          />
        }
      />
      <HistoryDrawer target={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
