import { useState } from 'react';
import { Alert, App, Button, Flex, Space } from 'antd';
import { FilePdfOutlined, FileWordOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DocumentLang } from '@shared/domain/document';
import type { DocumentFormat, GeneratedDocument } from '@shared/domain/documentIpc';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar } from '../../components/JobProgressBar';
import { testId } from '../../components/formIssues';
import { SavedCopyNotice, useSaveCopy } from './SavedCopy';

interface Props {
  agreementId: string;
  templateId: string;
  lang: DocumentLang;
  missing: readonly string[];
  onGenerated: () => void;
}

/**
 * Export as PDF or Word. With merge values missing the officer must confirm first (the
 * core refuses without allowMissing), so a blank never reaches a printed contract unseen.
 * The file is kept with the agreement; 另存为 copies it where the officer wants it.
 */
export function ExportButtons({ agreementId, templateId, lang, missing, onGenerated }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const job = useJob();
  const copy = useSaveCopy();
  const [last, setLast] = useState<GeneratedDocument | null>(null);

  const generate = async (format: DocumentFormat, allowMissing: boolean) => {
    const result = await job.run((jobId) => call('documents:generate', { agreementId, templateId, lang, format, jobId, allowMissing }));
    if (result) {
      void message.success(t('documents.export.done', { name: result.attachment.originalName }));
      setLast(result);
      onGenerated();
    }
  };

  const start = (format: DocumentFormat) => {
    if (missing.length === 0) return void generate(format, false);
    modal.confirm({
      title: t('documents.export.confirmTitle', { count: missing.length }),
      content: (
        <div data-testid="export-confirm">
          <p>{t('documents.export.confirmBody')}</p>
          <p>{missing.map((m) => `{${m}}`).join('、')}</p>
        </div>
      ),
      okText: t('documents.export.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: testId('confirm-export'),
      onOk: () => void generate(format, true),
    });
  };

  return (
    <Flex vertical gap={8}>
      <Space wrap>
        <Button type="primary" icon={<FilePdfOutlined />} data-testid="export-pdf" disabled={job.state.running} onClick={() => start('pdf')}>
          {t('documents.export.pdf')}
        </Button>
        <Button icon={<FileWordOutlined />} data-testid="export-docx" disabled={job.state.running} onClick={() => start('docx')}>
          {t('documents.export.docx')}
        </Button>
      </Space>
      <JobProgressBar state={job.state} onCancel={job.cancel} />
      {job.state.error ? <ErrorAlert error={job.state.error} /> : null}
      {last && !job.state.running ? (
        <Alert
          type="success"
          showIcon
          data-testid="export-done"
          title={t('documents.export.done', { name: last.attachment.originalName })}
          action={
            <Button size="small" icon={<SaveOutlined />} loading={copy.saving} data-testid="save-copy-last" onClick={() => void copy.saveAs(last.id)}>
              {t('documents.saveCopy')}
            </Button>
          }
        />
      ) : null}
      <SavedCopyNotice state={copy} testId="document-saved-copy" />
    </Flex>
  );
}
