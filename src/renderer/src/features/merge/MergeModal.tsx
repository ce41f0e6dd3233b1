import { useState } from 'react';
import { Alert, Form, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@shared/domain/partner';
import { call, toAppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { DuplicatePicker } from './DuplicatePicker';
import { countLines, mergeConflictText } from './mergeCounts';

/** Pick the duplicate, see what will move, confirm. The core does the merge in one transaction. */
export function MergeModal({ survivor, onClose, onMerged }: { survivor: Partner; onClose: () => void; onMerged: (mergedName: string) => void }) {
  const { t } = useTranslation();
  const [mergedId, setMergedId] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const preview = useChannel('partners:mergePreview', { survivorId: survivor.id, mergedId: mergedId ?? '' }, { enabled: mergedId !== undefined });
  const merged = useChannel('partners:get', { id: mergedId ?? '' }, { enabled: mergedId !== undefined });

  const confirm = async () => {
    if (!mergedId) return;
    setSaving(true);
    setError(null);
    try {
      await call('partners:merge', { survivorId: survivor.id, mergedId });
      onMerged(merged.data?.fullName ?? '');
    } catch (e) {
      setError(toAppError(e));
      setSaving(false);
    }
  };

  const conflict = error ? mergeConflictText(t, toAppError(error).details) : null;
  const lines = preview.data ? countLines(t, preview.data) : [];
  return (
    <Modal
      open
      title={t('search.merge.title', { name: survivor.fullName })}
      okText={t('search.merge.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => void confirm()}
      onCancel={onClose}
      okButtonProps={{ disabled: !mergedId || !preview.data, loading: saving, danger: true, ...testId('merge-confirm') }}
      destroyOnHidden
    >
      <div data-testid="merge-modal">
        <Form layout="vertical">
          <Form.Item label={t('search.merge.pickLabel')} htmlFor="merge-duplicate">
            <DuplicatePicker
              id="merge-duplicate"
              survivorId={survivor.id}
              value={mergedId}
              onChange={setMergedId}
              placeholder={t('search.merge.pickPlaceholder')}
            />
          </Form.Item>
        </Form>
        {conflict ? <Alert type="error" showIcon role="alert" title={conflict} style={{ marginBottom: 16 }} /> : error ? <ErrorAlert error={error} /> : null}
        {preview.error ? <ErrorAlert error={preview.error} onRetry={preview.reload} /> : null}
        {mergedId && preview.loading ? <Spin /> : null}
        {mergedId && preview.data ? (
          <div data-testid="merge-preview">
            <Typography.Paragraph>{t('search.merge.explain', { name: survivor.fullName })}</Typography.Paragraph>
            {lines.length === 0 ? (
              <Typography.Paragraph>{t('search.merge.nothingToMove')}</Typography.Paragraph>
            ) : (
              <>
                <Typography.Text strong>{t('search.merge.willMove')}</Typography.Text>
                <ul>
                  {lines.map((l) => (
                    <li key={l.key} data-testid={`merge-count-${l.key.split('.')[0] ?? ''}`}>
                      {l.text}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
