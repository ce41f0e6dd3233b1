import { useState, type ReactNode } from 'react';
import { Alert, Button, Flex, Space } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ProducedFile } from '@shared/domain/jobs';
import type { ReportFormat, ReportRequest } from '@shared/domain/report';
import { call, toAppError, type AppError } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar } from '../../components/JobProgressBar';

const ICONS: Record<ReportFormat, ReactNode> = {
  xlsx: <FileExcelOutlined aria-hidden />,
  csv: <FileTextOutlined aria-hidden />,
  pdf: <FilePdfOutlined aria-hidden />,
};

/**
 * Export buttons for the report's formats. The export runs as a job (progress + Cancel); the
 * saved file can then be opened or shown in its folder. A null result means the user closed
 * the save dialog: nothing to show.
 */
export function ReportExportBar({ formats, request }: { formats: readonly ReportFormat[]; request: ReportRequest | null }) {
  const { t } = useTranslation();
  const job = useJob();
  const [produced, setProduced] = useState<ProducedFile | null>(null);
  const [fileError, setFileError] = useState<AppError | null>(null);
  const [unavailable, setUnavailable] = useState(false);

  const exportAs = async (format: ReportFormat) => {
    if (!request) return;
    setProduced(null);
    setFileError(null);
    setUnavailable(false);
    job.clearError();
    const file = await job.run((jobId) => call('reports:export', { ...request, format, jobId }));
    setProduced(file);
  };

  const fileAction = async (channel: 'files:open' | 'files:reveal', fileId: string) => {
    setFileError(null);
    setUnavailable(false);
    try {
      const result = await call(channel, { fileId });
      setUnavailable(result.action === 'unavailable');
    } catch (error) {
      setFileError(toAppError(error));
    }
  };

  return (
    <section aria-label={t('reports.export.label')} data-testid="report-export">
      <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
        {formats.map((format) => (
          <Button
            key={format}
            icon={ICONS[format]}
            disabled={!request || job.state.running}
            onClick={() => void exportAs(format)}
            data-testid={`report-export-${format}`}
          >
            {t(`reports.export.${format}`)}
          </Button>
        ))}
        <JobProgressBar state={job.state} onCancel={job.cancel} />
      </Flex>
      {job.state.error ? <ErrorAlert error={job.state.error} /> : null}
      {fileError ? <ErrorAlert error={fileError} /> : null}
      {produced && !job.state.running ? (
        <Alert
          type="success"
          showIcon
          data-testid="report-export-done"
          title={<span data-testid="report-export-file">{t('jobs.savedTo', { name: produced.fileName, folder: produced.folder })}</span>}
          description={unavailable ? t('jobs.unavailable') : undefined}
          action={
            <Space>
              <Button size="small" onClick={() => void fileAction('files:open', produced.fileId)} data-testid="report-open-file">
                {t('jobs.openFile')}
              </Button>
              <Button size="small" onClick={() => void fileAction('files:reveal', produced.fileId)} data-testid="report-reveal-file">
                {t('jobs.showInFolder')}
              </Button>
            </Space>
          }
          style={{ marginBottom: 8 }}
        />
      ) : null}
    </section>
  );
}
