import { useState } from 'react';
import { Alert, App, Button, Modal, Popconfirm, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PartnerMerge } from '@shared/domain/merge';
import { call, toAppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { formatTimestamp } from '../../components/formatDate';
import { countLines, mergeConflictText } from './mergeCounts';

/** The merges into this partner, newest first, each undoable. */
export function MergeHistoryModal({ merges, onClose, onUndone }: { merges: PartnerMerge[]; onClose: () => void; onUndone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const undo = async (merge: PartnerMerge) => {
    setBusy(merge.id);
    setError(null);
    try {
      const restored = await call('partners:undoMerge', { mergeId: merge.id });
      void message.success(t('search.merge.undone', { name: restored.fullName }));
      onUndone();
      onClose();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(null);
    }
  };

  const conflict = error ? mergeConflictText(t, toAppError(error).details) : null;
  return (
    <Modal open title={t('search.merge.historyTitle')} footer={null} onCancel={onClose} width={720}>
      <div data-testid="merge-history-modal">
        {conflict ? <Alert type="error" showIcon role="alert" title={conflict} style={{ marginBottom: 16 }} /> : error ? <ErrorAlert error={error} /> : null}
        <Table<PartnerMerge>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={merges}
          locale={{ emptyText: t('search.merge.historyEmpty') }}
          columns={[
            { key: 'name', title: t('search.merge.mergedName'), dataIndex: 'mergedName' },
            { key: 'at', title: t('search.merge.mergedAt'), render: (_, m) => formatTimestamp(m.mergedAt) },
            {
              key: 'moved',
              title: t('search.merge.moved'),
              render: (_, m) => countLines(t, m.moved).map((l) => <div key={l.key}>{l.text}</div>),
            },
            {
              key: 'undo',
              title: t('search.merge.undo'),
              render: (_, m) => (
                <Popconfirm
                  title={t('search.merge.undoConfirm', { name: m.mergedName })}
                  okText={t('search.merge.undo')}
                  cancelText={t('common.cancel')}
                  okButtonProps={testId('confirm-undo-merge')}
                  onConfirm={() => undo(m)}
                >
                  <Button size="small" loading={busy === m.id} data-testid="undo-merge">
                    {t('search.merge.undo')}
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      </div>
    </Modal>
  );
}
