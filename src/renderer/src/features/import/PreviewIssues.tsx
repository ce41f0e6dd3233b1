import { useState } from 'react';
import { Button, Flex, Select, Table } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, type DuplicateAction, type ImportAnalysis, type ImportDuplicate, type ImportRowError } from '@shared/domain/importing';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translator } from '../../i18n';
import { actionFor, rowErrorText, type DuplicateChoices } from './importWizardModel';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';

/**
 * The complete lists under the preview: every error (row, column, message in the user's
 * language) with the error report download, and every duplicate with its create / update /
 * skip choice and "apply to all".
 */
export function PreviewIssues({
  analysis,
  choices,
  onChoices,
}: {
  analysis: ImportAnalysis;
  choices: DuplicateChoices;
  onChoices: (choices: DuplicateChoices) => void;
}) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ProducedFile | null>(null);
  const [reportError, setReportError] = useState<AppError | null>(null);
  const [allAction, setAllAction] = useState<DuplicateAction>(choices.all);
  const valuesOf = new Map(analysis.rows.map((r) => [r.row, r.values]));
  const actionOptions = DUPLICATE_ACTIONS.map((a) => ({ value: a, label: t(`import.wizard.preview.actions.${a}`) }));

  const downloadReport = async () => {
    setReport(null);
    setReportError(null);
    try {
      setReport(await call('import:errorReport', { analysisId: analysis.analysisId }));
    } catch (e) {
      setReportError(toAppError(e));
    }
  };

  const errorColumns = [
    { key: 'row', title: t('import.wizard.preview.row'), width: 72, render: (_: unknown, e: ImportRowError) => e.row },
    { key: 'column', title: t('import.wizard.preview.column'), render: (_: unknown, e: ImportRowError) => e.column ?? t('import.wizard.preview.wholeRow') },
    { key: 'message', title: t('import.wizard.preview.problem'), render: (_: unknown, e: ImportRowError) => rowErrorText(translator, e, valuesOf.get(e.row)) },
  ];

  const duplicateColumns = [
    { key: 'row', title: t('import.wizard.preview.row'), width: 72, render: (_: unknown, d: ImportDuplicate) => d.row },
    {
      key: 'of',
      title: t('import.wizard.preview.duplicateOf'),
      render: (_: unknown, d: ImportDuplicate) =>
        d.sameAsRow !== null
          ? t('import.wizard.preview.sameAsRow', { row: d.sameAsRow })
          : t('import.wizard.preview.existing', { label: d.existingLabel ?? '' }),
    },
    { key: 'reason', title: t('import.wizard.preview.reason'), render: (_: unknown, d: ImportDuplicate) => t(`import.wizard.preview.reasons.${d.reason}`) },
    {
      key: 'action',
      title: t('import.wizard.preview.action'),
      render: (_: unknown, d: ImportDuplicate) => (
        <Select
          aria-label={t('import.wizard.preview.actionFor', { row: d.row })}
          data-testid={`import-duplicate-action-${d.row}`}
          style={{ minWidth: 180 }}
          value={actionFor(choices, d.row)}
          options={actionOptions}
          onChange={(action: DuplicateAction) => onChoices({ ...choices, rows: { ...choices.rows, [d.row]: action } })}
        />
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <h2>{t('import.wizard.preview.errors')}</h2>
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          disabled={analysis.errors.length === 0}
          onClick={() => void downloadReport()}
          data-testid="import-error-report"
        >
          {t('import.wizard.preview.errorReport')}
        </Button>
      </Flex>
      {report ? <ProducedFileNotice file={report} testId="import-error-report-saved" /> : null}
      {reportError ? <ErrorAlert error={reportError} /> : null}
      {analysis.errors.length === 0 ? (
        <p data-testid="import-errors-none">{t('import.wizard.preview.errorsNone')}</p>
      ) : (
        <Table<ImportRowError>
          data-testid="import-errors"
          rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.key}`}
          size="small"
          pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
          dataSource={analysis.errors}
          onRow={(e) => ({ 'data-testid': 'import-error', 'data-row': String(e.row), 'data-field': e.field ?? '' }) as Record<string, string>}
          columns={errorColumns}
          style={{ marginBottom: 24 }}
        />
      )}

      <h2>{t('import.wizard.preview.duplicates')}</h2>
      {analysis.duplicates.length === 0 ? (
        <p data-testid="import-duplicates-none">{t('import.wizard.preview.duplicatesNone')}</p>
      ) : (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
            <label htmlFor="import-duplicates-all">{t('import.wizard.preview.applyAllLabel')}</label>
            <Select
              id="import-duplicates-all"
              data-testid="import-duplicates-all"
              style={{ minWidth: 180 }}
              value={allAction}
              options={actionOptions}
              onChange={(a: DuplicateAction) => setAllAction(a)}
            />
            <Button onClick={() => onChoices({ all: allAction, rows: {} })} data-testid="import-duplicates-apply">
              {t('import.wizard.preview.applyToAll')}
            </Button>
          </Flex>
          <Table<ImportDuplicate>
            data-testid="import-duplicates"
            rowKey="row"
            size="small"
            pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
            dataSource={analysis.duplicates}
            onRow={(d) => ({ 'data-testid': `import-duplicate-${d.row}` }) as Record<string, string>}
            columns={duplicateColumns}
          />
        </>
      )}
    </>
  );
}
