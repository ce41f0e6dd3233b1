import { useState } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '@shared/domain/jobs';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar } from '../../components/JobProgressBar';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';

/** "导出全部数据": one workbook, a sheet per table, as a job with progress and cancel. */
export function ExportAllSection() {
  const { t } = useTranslation();
  const job = useJob();
  const [file, setFile] = useState<ProducedFile | null>(null);
  const run = async () => {
    setFile(null);
    const produced = await job.run((jobId) => call('data:exportAll', { jobId }));
    if (produced) setFile(produced);
  };
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('dataTransfer.exportAll.heading')}</h2>} data-testid="data-export-card">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph>{t('dataTransfer.exportAll.intro')}</Typography.Paragraph>
        <Button type="primary" onClick={() => void run()} loading={job.state.running} data-testid="data-export-all">
          {t('dataTransfer.exportAll.button')}
        </Button>
        <JobProgressBar state={job.state} onCancel={job.cancel} />
        {job.state.error ? <ErrorAlert error={job.state.error} /> : null}
        {file ? <ProducedFileNotice file={file} testId="data-export-saved" /> : null}
      </Space>
    </Card>
  );
}
