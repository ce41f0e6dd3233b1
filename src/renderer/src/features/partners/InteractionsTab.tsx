import { useState } from 'react';
import { App, Button, Flex, Pagination, Spin, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InteractionEntry } from '@shared/domain/capture';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { useListAction } from '../../components/useListAction';
import { InteractionTimelineEntry } from '../capture/InteractionTimelineEntry';
import { InteractionFormModal } from './InteractionFormModal';
import { openUndoNotice } from '../../components/undoNotice';

const PAGE_SIZE = 50;

/** Entries grouped by their month (YYYY-MM), keeping the newest-first order of the page. */
function byMonth(items: readonly InteractionEntry[]): [string, InteractionEntry[]][] {
  const groups = new Map<string, InteractionEntry[]>();
  for (const item of items) {
    const month = item.date.slice(0, 7);
    groups.set(month, [...(groups.get(month) ?? []), item]);
  }
  return [...groups];
}

/** The partner's timeline: visits, calls, fairs and meetings, newest first, by month. */
export function InteractionsTab({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<InteractionEntry | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);
  const { data, error, loading, reload } = useChannel('interactions:timeline', { organisationId, page, pageSize: PAGE_SIZE });
  const { actionError, run: act } = useListAction(reload);

  const undoDelete = (key: string, id: string) =>
    act(async () => {
      message.destroy(key);
      await call('interactions:restore', { id });
      void message.success(t('capture.timeline.restored'));
    });

  const remove = (entry: InteractionEntry) =>
    act(async () => {
      await call('interactions:delete', { id: entry.id });
      const key = `deleted-interaction-${entry.id}`;
      // Deleting only moves the record to the trash, so offer Undo right away.
      openUndoNotice(message, {
        key,
        text: t('capture.timeline.deleted'),
        undoLabel: t('common.undo'),
        testId: 'undo-delete-interaction',
        onUndo: () => void undoDelete(key, entry.id),
      });
    });

  const months = byMonth(data?.items ?? []);
  return (
    <>
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')} data-testid="add-interaction">
          {t('interactions.add')}
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={reload} /> : null}
      {actionError ? <ErrorAlert error={actionError} /> : null}
      <div data-testid="interaction-timeline" aria-busy={loading}>
        {loading && !data ? <Spin description={t('app.loading')} /> : null}
        {data && data.total === 0 && !loading ? (
          <EmptyState
            title={t('emptyState.interactions.title')}
            hint={t('emptyState.interactions.hint')}
            createLabel={t('interactions.add')}
            onCreate={() => setEditing('new')}
            testId="interactions-empty"
          />
        ) : null}
        {months.map(([month, entries]) => (
          <section key={month} data-testid={`timeline-month-${month}`} style={{ marginBottom: 16 }}>
            <Typography.Title level={5}>
              {t('capture.timeline.monthHeading', { year: month.slice(0, 4), month: month.slice(5, 7) })}
            </Typography.Title>
            <Flex vertical gap={12}>
              {entries.map((entry) => (
                <InteractionTimelineEntry
                  key={entry.id}
                  entry={entry}
                  onHistory={(title) => setHistoryOf({ tableName: 'interaction', rowId: entry.id, title })}
                  onEdit={() => setEditing(entry)}
                  onDelete={() => void remove(entry)}
                  onFollowUpDone={(done) => void act(() => call('interactions:setFollowUpDone', { id: entry.id, done }))}
                />
              ))}
            </Flex>
          </section>
        ))}
        {data && data.total > PAGE_SIZE ? (
          <Pagination current={page} pageSize={PAGE_SIZE} total={data.total} onChange={setPage} showSizeChanger={false} />
        ) : null}
      </div>
      {editing ? (
        <InteractionFormModal
          organisationId={organisationId}
          original={editing === 'new' ? undefined : editing}
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
