import { useState } from 'react';
import { Alert, Button, Card, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SampleClearResult } from '@shared/domain/sampleData';
import { call } from '../../api/client';
import { useChannel } from '../../api/useChannel';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * 清除示例数据 on /data: shown while sample records remain. The core decides what goes
 * (sampleDataService.ts) and makes the backup first; this asks and reports, naming the
 * backup that undoes it.
 */
export function ClearSampleSection() {
  const { t } = useTranslation();
  const status = useChannel('sample:status', {});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<SampleClearResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const records = status.data?.records ?? 0;
  if (records === 0 && result === null) return null;

  const clear = async () => {
    setBusy(true);
    setError(null);
    try {
      setResult(await call('sample:clear', {}));
      setConfirming(false);
      status.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('bulk.sample.heading')}</h2>} data-testid="clear-sample-card">
      <Typography.Paragraph>{t('bulk.sample.intro')}</Typography.Paragraph>
      {records > 0 ? <Typography.Paragraph data-testid="clear-sample-count">{t('bulk.sample.count', { count: records })}</Typography.Paragraph> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid="clear-sample-done"
          style={{ marginBottom: 12 }}
          title={
            result.backupFileName === null
              ? t('bulk.sample.nothing')
              : t('bulk.sample.done', { removed: result.removed, kept: result.kept, backup: result.backupFileName })
          }
        />
      ) : null}
      {error ? <ErrorAlert error={error} /> : null}
      {records > 0 ? (
        <Button danger data-testid="clear-sample" onClick={() => setConfirming(true)}>
          {t('bulk.sample.button')}
        </Button>
      ) : null}
      <Modal
        open={confirming}
        title={t('bulk.sample.confirmTitle')}
        okText={t('bulk.sample.confirmOk')}
        okButtonProps={{ danger: true, loading: busy, 'data-testid': 'clear-sample-confirm' } as never}
        cancelButtonProps={{ disabled: busy }}
        onOk={() => void clear()}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        {t('bulk.sample.confirmText', { count: records })}
      </Modal>
    </Card>
  );
}
