import { useState } from 'react';
import { Alert, Modal, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInspection, RestoreOutcome, RestoreSource } from '@shared/domain/backup';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { testId } from '../../components/formIssues';
import { CountsTable } from './CountsTable';
import { RestoreAttachmentPlan } from './AttachmentNotices';
import { sizeText } from './sizeText';

/**
 * Confirms a restore with the record counts now and after, then shows what happens next.
 * Once staged the dialog cannot be closed: changes made before the restart would be lost.
 */
export function RestoreModal({
  source,
  inspection,
  onCancel,
}: {
  source: RestoreSource;
  inspection: BackupInspection;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      setOutcome(await call('backups:restore', source));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  };

  if (outcome) {
    return (
      <Modal open title={t('dataTransfer.restore.title')} closable={false} maskClosable={false} keyboard={false} footer={null}>
        <Result
          status="success"
          title={t('dataTransfer.restore.staged')}
          subTitle={outcome.relaunching ? t('dataTransfer.restore.relaunching') : t('dataTransfer.restore.restartManually')}
          data-testid="restore-staged"
        />
        <Typography.Paragraph data-testid="restore-pre-backup">
          {t('dataTransfer.restore.preRestore', { name: outcome.preRestoreBackup })}
        </Typography.Paragraph>
        <CountsTable before={outcome.countsBefore} after={outcome.countsAfter} testId="restore-counts-result" />
        {outcome.attachments.referenced > 0 ? (
          <Typography.Paragraph data-testid="restore-attachments-result">
            {t('dataTransfer.restore.attachmentsRestored', {
              count: outcome.attachments.copied,
              size: sizeText(outcome.attachments.copiedBytes),
              missing: outcome.attachments.missing,
            })}
          </Typography.Paragraph>
        ) : null}
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('dataTransfer.restore.title')}
      okText={t('dataTransfer.restore.confirm')}
      cancelText={t('dataTransfer.restore.cancel')}
      okButtonProps={{ danger: true, loading: busy, ...testId('restore-confirm') }}
      onOk={() => void confirm()}
      onCancel={onCancel}
    >
      <Alert type="warning" showIcon title={t('dataTransfer.restore.intro', { source: inspection.source })} style={{ marginBottom: 12 }} />
      <CountsTable before={inspection.countsCurrent} after={inspection.countsBackup} testId="restore-counts" />
      <RestoreAttachmentPlan plan={inspection.attachments} />
      {error ? <ErrorAlert error={error} /> : null}
    </Modal>
  );
}
