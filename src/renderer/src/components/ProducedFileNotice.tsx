import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../api/client';
import { ErrorAlert } from './ErrorAlert';

/** Where a produced file went (export, template, error report, backup), with Open and Show in folder — by file id: the page never holds a path. */
export function ProducedFileNotice({ file, testId }: { file: ProducedFile; testId: string }) {
  const { t } = useTranslation();
  const [unavailable, setUnavailable] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const act = async (channel: 'files:open' | 'files:reveal') => {
    setError(null);
    try {
      setUnavailable((await call(channel, { fileId: file.fileId })).action === 'unavailable');
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
