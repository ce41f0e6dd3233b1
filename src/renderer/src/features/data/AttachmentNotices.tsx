import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentRestorePlan, BackupCreateToResult } from '@shared/domain/backup';
import { sizeText } from './sizeText';

/** After "备份到…": the database file and how many attachment files went with it. */
export function FolderBackupSummary({ result }: { result: BackupCreateToResult }) {
  const { t } = useTranslation();
  const a = result.attachments;
  return (
    <Alert
      type={a.missing > 0 ? 'warning' : 'info'}
      showIcon
      data-testid="backup-written"
      title={t('dataTransfer.backup.written', {
        name: result.file.fileName,
        dbSize: sizeText(result.file.bytes),
        count: a.copied + a.alreadyThere,
        size: sizeText(a.bytes),
        copied: a.copied,
      })}
      description={
        <>
          <Typography.Text type="secondary">{t('dataTransfer.backup.attachmentsFolder', { folder: result.attachmentsFolder })}</Typography.Text>
          {a.missing > 0 ? <div data-testid="backup-attachments-missing">{t('dataTransfer.backup.attachmentsMissing', { count: a.missing })}</div> : null}
        </>
      }
    />
  );
}

/** In the restore confirmation: what happens to the attachment files the backup refers to. */
export function RestoreAttachmentPlan({ plan }: { plan: AttachmentRestorePlan }) {
  const { t } = useTranslation();
  if (plan.referenced === 0) return null;
  return (
    <Alert
      type={plan.missing > 0 ? 'warning' : 'info'}
      showIcon
      data-testid="restore-attachments"
      style={{ marginTop: 12 }}
      title={t('dataTransfer.restore.attachments', plan)}
      description={
        plan.missing > 0 ? (
          <>
            <div data-testid="restore-attachments-missing">{t('dataTransfer.restore.attachmentsMissing', { count: plan.missing })}</div>
            {plan.folderFound ? null : <div>{t('dataTransfer.restore.noFolder')}</div>}
          </>
        ) : undefined
      }
    />
  );
}
