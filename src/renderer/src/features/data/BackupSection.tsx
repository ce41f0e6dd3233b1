import { useRef, useState } from 'react';
import { Alert, Button, Card, Popover, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupCreateToResult, BackupEntry, BackupInspection, RestoreSource } from '@shared/domain/backup';
import { call, toAppError, type AppError } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { useJob } from '../../api/useJob';
import { JobProgressBar } from '../../components/JobProgressBar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTimestamp } from '../../components/formatDate';
import { fileToBase64 } from '../agreements/fileToBase64';
import { CountsTable } from './CountsTable';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';
import { RestoreModal } from './RestoreModal';
import { FolderBackupSummary } from './AttachmentNotices';
import { sizeText } from './sizeText';

/** Record counts of one backup, read when asked (each needs the file opened and checked). */
function CountsOnDemand({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const counts = useChannel('backups:inspect', { source: 'backup', fileName }, { enabled: open });
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={counts.error ? <ErrorAlert error={counts.error} /> : counts.data ? <CountsTable before={counts.data.countsBackup} testId="backup-counts" /> : '…'}
    >
      <Button size="small">{t('dataTransfer.backup.showCounts')}</Button>
    </Popover>
  );
}

/** "备份": the list of our backups, back up now / to a folder, restore from a backup or a file. */
export function BackupSection() {
  const { t } = useTranslation();
  const list = useChannel('backups:list', {});
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [copied, setCopied] = useState<BackupCreateToResult | null>(null);
  const toFolder = useJob();
  const [restoring, setRestoring] = useState<{ source: RestoreSource; inspection: BackupInspection } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const act = async (key: string, work: () => Promise<void>) => {
    setBusy(key);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(null);
    }
  };
  const backUpNow = () =>
    act('now', async () => {
      setCreated((await call('backups:create', {})).backup.fileName);
      list.reload();
    });
  // A job: the attachment files can take minutes on a slow USB stick (progress + cancel).
  const backUpTo = async () => {
    setCopied(null);
    const result = await toFolder.run((jobId) => call('backups:createTo', { jobId }));
    if (result) setCopied(result);
  };
  const restoreKey = (source: RestoreSource): string => `restore-${source.source === 'picked' ? source.pickId : source.fileName}`;
  const startRestore = (source: RestoreSource) =>
    act(restoreKey(source), async () => {
      setRestoring({ source, inspection: await call('backups:inspect', source) });
    });
  /** The core asks for the folder (a page never holds a path) and takes the newest backup in it. */
  const restoreFromFolder = () =>
    act('from-folder', async () => {
      try {
        const inspection = await call('backups:inspect', { source: 'folder' });
        if (inspection.pickId) setRestoring({ source: { source: 'picked', pickId: inspection.pickId }, inspection });
      } catch (e) {
        if (toAppError(e).code !== 'CANCELLED') throw e;
      }
    });
  const restoreFromFile = async (file: File | undefined) => {
    if (!file) return;
    const dataBase64 = await fileToBase64(file);
    await startRestore({ source: 'upload', fileName: file.name, dataBase64 });
  };

  const data = list.data;
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dataTransfer.backup.heading')}</h2>} data-testid="data-backup-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('dataTransfer.backup.intro')}</Typography.Paragraph>
        {data?.restorePending ? <Alert type="warning" showIcon title={t('dataTransfer.restore.pending')} /> : null}
        {data?.lastRestore ? (
          <Alert
            type="info"
            showIcon
            data-testid="data-last-restore"
            title={t('dataTransfer.restore.last', { source: data.lastRestore.source, date: formatTimestamp(data.lastRestore.appliedAt) })}
            description={data.lastRestore.preRestoreBackup ? t('dataTransfer.restore.lastPre', { name: data.lastRestore.preRestoreBackup }) : undefined}
          />
        ) : null}
        <Space wrap>
          <Button type="primary" onClick={() => void backUpNow()} loading={busy === 'now'} data-testid="backup-now">
            {t('dataTransfer.backup.now')}
          </Button>
          <Button onClick={() => void backUpTo()} loading={toFolder.state.running} data-testid="backup-to">
            {t('dataTransfer.backup.to')}
          </Button>
          <Button onClick={() => void restoreFromFolder()} loading={busy === 'from-folder'} data-testid="restore-from-folder">
            {t('dataTransfer.backup.fromFolder')}
          </Button>
          <Button onClick={() => fileInput.current?.click()} data-testid="restore-from-file">
            {t('dataTransfer.backup.fromFile')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".sqlite,.db"
            hidden
            aria-label={t('dataTransfer.backup.fromFile')}
            onChange={(e) => void restoreFromFile(e.target.files?.[0])}
          />
        </Space>
        {created ? <Alert type="success" showIcon data-testid="backup-created" title={t('dataTransfer.backup.created', { name: created })} /> : null}
        <JobProgressBar state={toFolder.state} onCancel={toFolder.cancel} />
        {toFolder.state.error ? <ErrorAlert error={toFolder.state.error} /> : null}
        {copied ? <ProducedFileNotice file={copied.file} testId="backup-copied" /> : null}
        {copied ? <FolderBackupSummary result={copied} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
        {list.error ? <ErrorAlert error={list.error} onRetry={list.reload} /> : null}
        {data ? <Typography.Text type="secondary">{t('dataTransfer.backup.folder', { folder: data.folder })}</Typography.Text> : null}
        <Table<BackupEntry>
          data-testid="backup-list"
          size="small"
          rowKey="fileName"
          loading={list.loading}
          dataSource={data?.backups ?? []}
          locale={{ emptyText: t('dataTransfer.backup.empty') }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('dataTransfer.backup.date'), dataIndex: 'createdAt', render: (v: string) => formatTimestamp(v) },
            { title: t('dataTransfer.backup.reason'), dataIndex: 'reason', render: (r: string) => t(`dataTransfer.backup.reasons.${r}`) },
            { title: t('dataTransfer.backup.version'), dataIndex: 'schemaVersion', render: (v: number) => `v${v}` },
            { title: t('dataTransfer.backup.size'), dataIndex: 'bytes', align: 'right', render: (b: number) => sizeText(b) },
            {
              title: t('dataTransfer.backup.actions'),
              key: 'actions',
              render: (_: unknown, entry) => (
                <Space>
                  <CountsOnDemand fileName={entry.fileName} />
                  <Button
                    size="small"
                    danger
                    loading={busy === `restore-${entry.fileName}`}
                    onClick={() => void startRestore({ source: 'backup', fileName: entry.fileName })}
                    data-testid={`backup-restore-${entry.fileName}`}
                  >
                    {t('dataTransfer.backup.restore')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Space>
      {restoring ? <RestoreModal source={restoring.source} inspection={restoring.inspection} onCancel={() => setRestoring(null)} /> : null}
    </Card>
  );
}
