import { useState } from 'react';
import { Button, Flex, Select, Table, Tabs } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DUPLICATE_ACTIONS, type DuplicateAction, type ImportAnalysis, type ImportDuplicate } from '@shared/domain/importing';
import type { ProducedFile } from '@shared/domain/jobs';
import { call, toAppError, type AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ProducedFileNotice } from '../../components/ProducedFileNotice';
import { actionFor, type DuplicateChoices } from './importWizardModel';
import { IssueTable } from './IssueTable';

type Tab = 'errors' | 'warnings' | 'duplicates';

/**
 * The complete lists under the preview, one tab each so the page stays short: every error
 * with the error report download, every warning (the row imports, the text goes to notes),
 * and every duplicate with its create / update / skip choice and "apply to all" (rows
 * repeating an earlier row of the file are merged or skipped on the Confirm step).
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
  const first: Tab = analysis.errors.length > 0 ? 'errors' : analysis.warnings.length > 0 ? 'warnings' : analysis.duplicates.length > 0 ? 'duplicates' : 'errors';
  const [tab, setTab] = useState<Tab>(first);
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

  const duplicateColumns = [
    { key: 'row', title: t('import.wizard.preview.row'), width: 72, render: (_: unknown, d: ImportDuplicate) => d.row },
    {
      key: 'of',
      title: t('import.wizard.preview.duplicateOf'),
      ellipsis: true,
      render: (_: unknown, d: ImportDuplicate) =>
        d.sameAsRow !== null
          ? t('import.wizard.preview.sameAsRow', { row: d.sameAsRow })
          : t('import.wizard.preview.existing', { label: d.existingLabel ?? '' }),
    },
    { key: 'reason', title: t('import.wizard.preview.reason'), render: (_: unknown, d: ImportDuplicate) => t(`import.wizard.preview.reasons.${d.reason}`) },
    {
      key: 'action',
      title: t('import.wizard.preview.action'),
      width: 220,
      render: (_: unknown, d: ImportDuplicate) =>
        d.sameAsRow !== null ? (
          <span data-testid={`import-duplicate-file-action-${d.row}`} title={t('import.wizard.preview.fileActionHint')}>
            {t(`import.wizard.preview.fileActions.${choices.fileDuplicates}`, { row: d.sameAsRow })}
          </span>
        ) : (
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

  const errors = (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <h2 className="import-issues-title">{t('import.wizard.preview.errors')}</h2>
        <Button icon={<FileExcelOutlined aria-hidden />} disabled={analysis.errors.length === 0} onClick={() => void downloadReport()} data-testid="import-error-report">
          {t('import.wizard.preview.errorReport')}
        </Button>
      </Flex>
      {report ? <ProducedFileNotice file={report} testId="import-error-report-saved" /> : null}
      {reportError ? <ErrorAlert error={reportError} /> : null}
      {analysis.errors.length === 0 ? (
        <p data-testid="import-errors-none">{t('import.wizard.preview.errorsNone')}</p>
      ) : (
        <IssueTable issues={analysis.errors} entity={analysis.entity} kind="error" testId="import-errors" rowValues={valuesOf} />
      )}
    </>
  );

  const warnings = (
    <>
      {analysis.warnings.length === 0 ? (
        <p data-testid="import-warnings-none">{t('import.wizard.preview.warningsNone')}</p>
      ) : (
        <>
          <p>{t('import.wizard.preview.warningsHint')}</p>
          <IssueTable issues={analysis.warnings} entity={analysis.entity} kind="warning" testId="import-warnings" rowValues={valuesOf} />
        </>
      )}
    </>
  );

  const duplicates = (
    <>
      {analysis.duplicates.length === 0 ? (
        <p data-testid="import-duplicates-none">{t('import.wizard.preview.duplicatesNone')}</p>
      ) : (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
            <label htmlFor="import-duplicates-all">{t('import.wizard.preview.applyAllLabel')}</label>
            <Select
              id="import-duplicates-all"
              data-testid="import-duplicates-all"
              style={{ minWidth: 180 }}
              value={allAction}
              options={actionOptions}
              onChange={(a: DuplicateAction) => setAllAction(a)}
            />
            <Button onClick={() => onChoices({ ...choices, all: allAction, rows: {} })} data-testid="import-duplicates-apply">
              {t('import.wizard.preview.applyToAll')}
            </Button>
          </Flex>
          <Table<ImportDuplicate>
            data-testid="import-duplicates"
            rowKey="row"
            size="small"
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
            dataSource={analysis.duplicates}
            onRow={(d) => ({ 'data-testid': `import-duplicate-${d.row}` }) as Record<string, string>}
            columns={duplicateColumns}
          />
        </>
      )}
    </>
  );

  return (
    <Tabs
      data-testid="import-issues"
      activeKey={tab}
      onChange={(k) => setTab(k as Tab)}
      size="small"
      items={[
        { key: 'errors', label: <span data-testid="import-issues-tab-errors">{t('import.wizard.preview.errorsTab', { count: analysis.errors.length })}</span>, children: errors },
        { key: 'warnings', label: <span data-testid="import-issues-tab-warnings">{t('import.wizard.preview.warningsTab', { count: analysis.warnings.length })}</span>, children: warnings },
        {
          key: 'duplicates',
          label: <span data-testid="import-issues-tab-duplicates">{t('import.wizard.preview.duplicatesTab', { count: analysis.duplicates.length })}</span>,
          children: duplicates,
        },
      ]}
    />
  );
}
