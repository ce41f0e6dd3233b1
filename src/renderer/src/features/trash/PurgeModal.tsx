import { useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '@shared/domain/system';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { referencesText } from '../settings/usageConflict';

/**
 * Permanent deletion with a strong confirmation: the user types the record's title.
 * A refusal (other rows still point at it) names those rows.
 */
export function PurgeModal({ item, onClose, onPurged }: { item: TrashItem; onClose: () => void; onPurged: () => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const matches = typed.trim() === item.title.trim();

  const purge = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('trash:purge', { entityType: item.entityType, id: item.id });
      onPurged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const refused = error ? referencesText(t, error, { includeTrashed: true }) : null;
  return (
    <Modal
      open
      title={t('admin.trash.purgeTitle', { title: item.title })}
      okText={t('admin.trash.purge')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, disabled: !matches, ...testId('confirm-purge') }}
      confirmLoading={busy}
      onOk={() => void purge()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('admin.trash.purgeWarning')}</Typography.Paragraph>
      {refused ? (
        <Alert type="error" showIcon role="alert" data-testid="purge-refused" title={t('admin.trash.referencedBy', { list: refused })} style={{ marginBottom: 16 }} />
      ) : error ? (
        <ErrorAlert error={error} />
      ) : null}
      <Form layout="vertical" onFinish={() => matches && void purge()}>
        <Form.Item label={t('admin.trash.purgeConfirmLabel', { title: item.title })} htmlFor="purge-confirm">
          <Input id="purge-confirm" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="purge-confirm-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
