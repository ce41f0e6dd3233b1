import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';

/** A file the core saved (template, error report): its name and folder, open it or show it in its folder. */
export function SavedFileNotice({ file, testId }: { file: ProducedFile; testId: string }) {
  const { t } = useTranslation();
  const [unavailable, setUnavailable] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const act = async (channel: 'files:open' | 'files:reveal') => {
    setError(null);
    try {
      const result = await call(channel, { fileId: file.fileId });
      setUnavailable(result.action === 'unavailable');
    } catch (e) {
      setError(toAppError(e));
    }
  };

  return (
    <>
      <Alert
        type="success"
        showIcon
        data-testid={testId}
        title={t('jobs.savedTo', { name: file.fileName, folder: file.folder })}
        description={unavailable ? t('jobs.unavailable') : undefined}
        action={
          <Space>
            <Button size="small" onClick={() => void act('files:open')} data-testid={`${testId}-open`}>
              {t('jobs.openFile')}
            </Button>
            <Button size="small" onClick={() => void act('files:reveal')} data-testid={`${testId}-reveal`}>
              {t('jobs.showInFolder')}
            </Button>
          </Space>
        }
        style={{ marginBottom: 12 }}
      />
      {error ? <ErrorAlert error={error} /> : null}
    </>
  );
}
