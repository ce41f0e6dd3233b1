import { useState } from 'react';
import { Alert, Button, Flex, Radio, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { IMPORT_ENTITIES, type ImportEntity } from '@shared/domain/importing';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { fileToBase64 } from '../agreements/fileToBase64';
import { fileProblem, IMPORT_ACCEPT, sizeText } from './importWizardModel';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';

export interface ChosenFile {
  name: string;
  size: number;
  dataBase64: string;
}

/**
 * Step 1: what to import, its template, and the file (dropped or chosen). Too large or of
 * the wrong type is refused here, before the bytes are read or sent.
 */
export function ChooseFileStep({
  entity,
  file,
  onEntity,
  onFile,
}: {
  entity: ImportEntity;
  file: ChosenFile | null;
  onEntity: (entity: ImportEntity) => void;
  onFile: (file: ChosenFile) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [template, setTemplate] = useState<ProducedFile | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [reading, setReading] = useState(false);

  const take = async (chosen: File) => {
    setProblem(null);
    const refused = fileProblem(chosen);
    if (refused) {
      setProblem(t(`import.wizard.choose.${refused}`, { name: chosen.name, size: sizeText(chosen.size) }));
      return;
    }
    setReading(true);
    try {
      onFile({ name: chosen.name, size: chosen.size, dataBase64: await fileToBase64(chosen) });
    } catch {
      setProblem(t('import.wizard.choose.unreadable'));
    } finally {
      setReading(false);
    }
  };

  // antd must not post the file anywhere: it is read here and sent over IPC by the wizard.
  const beforeUpload = (chosen: File) => {
    void take(chosen);
    return false;
  };

  const downloadTemplate = async () => {
    setError(null);
    setTemplate(null);
    try {
      setTemplate(await call('import:template', { entity }));
    } catch (e) {
      setError(toAppError(e));
    }
  };

  return (
    <div data-testid="import-step-choose">
      <h2 id="import-entity-label">{t('import.wizard.choose.entity')}</h2>
      <Radio.Group
        aria-labelledby="import-entity-label"
        value={entity}
        onChange={(e) => {
          setTemplate(null);
          onEntity(e.target.value as ImportEntity);
        }}
        data-testid="import-entity"
        options={IMPORT_ENTITIES.map((e) => ({ value: e, label: <span data-testid={`import-entity-${e}`}>{t(`import.entities.${e}`)}</span> }))}
        style={{ marginBottom: 12 }}
      />
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void downloadTemplate()} data-testid="import-template">
          {t('import.wizard.choose.template')}
        </Button>
        <Typography.Text>{t('import.wizard.choose.templateHint')}</Typography.Text>
      </Flex>
      {template ? <ProducedFileNotice file={template} testId="import-template-saved" /> : null}
      {error ? <ErrorAlert error={error} /> : null}

      <h2>{t('import.wizard.choose.file')}</h2>
      <div data-testid="import-dropzone" style={{ marginBottom: 12 }}>
        <Upload.Dragger hasControlInside accept={IMPORT_ACCEPT} multiple={false} showUploadList={false} beforeUpload={beforeUpload} disabled={reading}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">{t('import.wizard.choose.drop')}</p>
          <p className="ant-upload-hint">{t('import.wizard.choose.dropHint')}</p>
          {/* The dragger itself is not focusable: this button is the keyboard way in. */}
          <Button icon={<UploadOutlined aria-hidden />} loading={reading} data-testid="import-choose-file">
            {t('import.wizard.choose.pick')}
          </Button>
        </Upload.Dragger>
      </div>
      {problem ? <Alert type="error" showIcon role="alert" title={problem} data-testid="import-file-problem" style={{ marginBottom: 12 }} /> : null}
      {file && !problem ? (
        <Alert type="info" showIcon title={t('import.wizard.choose.chosen', { name: file.name, size: sizeText(file.size) })} data-testid="import-file-chosen" />
      ) : null}
    </div>
  );
}
