import { useState } from 'react';
import { Alert, Button, Flex, Spin, Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { ImportAnalysis, ImportAnalyzeInput, ImportEntity } from '@shared/domain/importing';
import { call, toAppError, type AppError } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issueMessage } from '../../components/errorText';
import { JobProgressBar } from '../../components/JobProgressBar';
import { PageHeading } from '../../components/PageHeading';
import { translator } from '../../i18n';
import { ChooseFileStep, type ChosenFile } from './ChooseFileStep';
import { ConfirmStep } from './ConfirmStep';
import { importEntityFrom } from './importLink';
import { DEFAULT_CHOICES, mappingOf, missingRequired, stepsFor, type DuplicateChoices, type ImportStep } from './importWizardModel';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReadStep, type ReadOverrides } from './ReadStep';
import { withSuggestions, withValue } from './valueMappingModel';
import { ValuesStep } from './ValuesStep';
import './import.css';

/** How the file is read and mapped: everything import:analyze takes besides the file itself. */
type AnalyzeOptions = Omit<ImportAnalyzeInput, 'fileName' | 'dataBase64' | 'entity'>;
/** "其他列写入备注" is on until the user unticks it. */
const FIRST_OPTIONS: AnalyzeOptions = { keepUnmappedInNotes: true };

/** How the file is read, "其他列写入备注" and the user's value choices: kept by every re-analysis. */
function kept({ sheet, encoding, headerRow, keepUnmappedInNotes, values }: AnalyzeOptions): AnalyzeOptions {
  return { ...(sheet ? { sheet } : {}), ...(encoding ? { encoding } : {}), ...(headerRow ? { headerRow } : {}), keepUnmappedInNotes, ...(values ? { values } : {}) };
}

/** A refused file: the core's field messages (no header, too many rows…) or the generic text. */
function AnalyzeError({ error }: { error: AppError }) {
  if (error.code !== 'VALIDATION' || error.issues.length === 0) return <ErrorAlert error={error} />;
  const messages = [...new Set(error.issues.map((i) => issueMessage(translator, i)))];
  return <Alert type="error" showIcon role="alert" data-testid="import-analyze-error" title={messages.join(' ')} style={{ marginBottom: 16 }} />;
}

/**
 * #/data/import: the import wizard. Every change of file, sheet, encoding, header row,
 * mapping, value choice or "其他列写入备注" asks the core to analyse the file again (nothing
 * is written), as a job with progress and Cancel; Cancel keeps the wizard as it was. The
 * value step shows only when the file has values to map. Only the last step writes, as one job.
 */
export function ImportWizardPage() {
  const { t } = useTranslation();
  const [step, setStep] = useState<ImportStep>('choose');
  const [searchParams] = useSearchParams();
  // 导入 on an empty list links here with its kind (importLink.ts).
  const [entity, setEntity] = useState<ImportEntity>(() => importEntityFrom(searchParams.get('entity')));
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [options, setOptions] = useState<AnalyzeOptions>(FIRST_OPTIONS);
  const [analysis, setAnalysis] = useState<ImportAnalysis | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [choices, setChoices] = useState<DuplicateChoices>(DEFAULT_CHOICES);
  const [committing, setCommitting] = useState(false);
  const [finished, setFinished] = useState(false);
  const analysing = useJob();
  const [analyzeCancelled, setAnalyzeCancelled] = useState(false);

  // The analysis, options and step change only on success: a failed or cancelled analysis
  // leaves the wizard as it was (with the error, or a note for Cancel).
  const analyze = async (next: AnalyzeOptions, chosen: ChosenFile | null = file): Promise<boolean> => {
    if (!chosen) return false;
    setBusy(true);
    setError(null);
    setAnalyzeCancelled(false);
    // useJob resolves null on failure and on Cancel alike; the error tells them apart.
    const failure: { error: AppError | null } = { error: null };
    const result = await analysing.run(async (jobId) => {
      try {
        return await call('import:analyze', { fileName: chosen.name, dataBase64: chosen.dataBase64, entity, ...next, jobId });
      } catch (e) {
        failure.error = toAppError(e);
        throw e;
      }
    });
    setBusy(false);
    if (result) {
      setAnalysis(result);
      setOptions(next);
      return true;
    }
    if (failure.error?.code === 'CANCELLED') setAnalyzeCancelled(true);
    else setError(failure.error);
    return false;
  };

  const resetAnalysis = () => {
    setAnalysis(null);
    setOptions(FIRST_OPTIONS);
    setChoices(DEFAULT_CHOICES);
    setError(null);
    setAnalyzeCancelled(false);
  };

  const again = () => {
    resetAnalysis();
    setFile(null);
    setFinished(false);
    setStep('choose');
  };

  const steps = stepsFor(analysis, options.values);
  const index = Math.max(0, steps.indexOf(step));
  const go = (to: ImportStep) => {
    setAnalyzeCancelled(false);
    setStep(to);
  };
  const nextDisabled =
    busy ||
    (step === 'choose' && !file) ||
    (step !== 'choose' && !analysis) ||
    (step === 'map' && analysis !== null && missingRequired(analysis).length > 0);

  const next = async () => {
    if (step === 'choose') {
      if (await analyze(FIRST_OPTIONS)) go('read');
      return;
    }
    const to = steps[index + 1];
    // What the value step preselects is applied, so the preview shows what will be imported.
    const suggested = to === 'values' && analysis ? withSuggestions(analysis, options.values) : null;
    if (suggested && !(await analyze({ ...current(), values: suggested }))) return;
    if (to) go(to);
  };

  // Overriding how the file is read invalidates a mapping made for the old layout.
  const reread = (o: ReadOverrides) => {
    // Another sheet has its own header row: a typed header row belongs to the old sheet.
    void analyze(kept(o.sheet ? { ...options, headerRow: undefined, ...o } : { ...options, ...o }));
  };
  const readOptions = (): AnalyzeOptions => kept(options);
  /** Everything as it stands, columns included (a value or notes change keeps the mapping). */
  const current = (): AnalyzeOptions => {
    const mappingId = options.mappingId ?? analysis?.appliedMapping?.id;
    return { ...readOptions(), ...(analysis ? { mapping: mappingOf(analysis) } : {}), ...(mappingId ? { mappingId } : {}) };
  };

  return (
    <div data-testid="import-page">
      <PageHeading
        title={t('import.wizard.title')}
        testId="import-title"
        extra={<Link to="/data">{t('import.wizard.backToData')}</Link>}
      />
      <Steps
        current={index}
        size="small"
        style={{ marginBottom: 24 }}
        data-testid="import-steps"
        items={steps.map((s) => ({ title: t(`import.wizard.steps.${s}`) }))}
      />
      {error ? <AnalyzeError error={error} /> : null}
      {analyzeCancelled ? (
        <Alert type="info" showIcon role="status" data-testid="import-analyze-cancelled" title={t('import.wizard.analyzeCancelled')} style={{ marginBottom: 16 }} />
      ) : null}
      {analysing.state.running ? (
        <div data-testid="import-analyze-progress" style={{ marginBottom: 16 }}>
          <JobProgressBar state={analysing.state} onCancel={analysing.cancel} />
        </div>
      ) : null}
      <Spin spinning={busy}>
        {step === 'choose' ? (
          <ChooseFileStep
            entity={entity}
            file={file}
            onEntity={(e) => {
              setEntity(e);
              resetAnalysis();
            }}
            onFile={(f) => {
              setFile(f);
              resetAnalysis();
            }}
          />
        ) : null}
        {step === 'read' && analysis ? <ReadStep key={analysis.analysisId} analysis={analysis} busy={busy} onReread={reread} /> : null}
        {step === 'map' && analysis ? (
          <MappingStep
            analysis={analysis}
            busy={busy}
            mappingId={options.mappingId}
            onChangeField={(i, field) => void analyze({ ...readOptions(), mapping: mappingOf(analysis, { index: i, field }) })}
            onApplySaved={(mappingId) => void analyze({ ...readOptions(), values: undefined, mappingId })}
          />
        ) : null}
        {step === 'values' && analysis ? (
          <ValuesStep
            analysis={analysis}
            busy={busy}
            userValues={options.values}
            onChoose={(field, key, code) => void analyze({ ...current(), values: withValue(options.values, field, key, code) })}
          />
        ) : null}
        {step === 'preview' && analysis ? <PreviewStep analysis={analysis} choices={choices} onChoices={setChoices} /> : null}
        {step === 'confirm' && analysis ? (
          <ConfirmStep
            analysis={analysis}
            choices={choices}
            busy={busy}
            onChoices={setChoices}
            onKeepUnmapped={(keep) => void analyze({ ...current(), keepUnmappedInNotes: keep })}
            onRunning={(running, result) => {
              setCommitting(running);
              setFinished(result !== null);
            }}
            onAgain={again}
          />
        ) : null}
      </Spin>
      {finished ? null : (
        <Flex gap={8} justify="flex-end" className="import-actions">
          {index > 0 ? (
            <Button disabled={busy || committing} onClick={() => go(steps[index - 1] ?? 'choose')} data-testid="import-back">
              {t('import.wizard.back')}
            </Button>
          ) : null}
          {step !== 'confirm' ? (
            <Button type="primary" disabled={nextDisabled} loading={busy && step === 'choose'} onClick={() => void next()} data-testid="import-next">
              {t('import.wizard.next')}
            </Button>
          ) : null}
        </Flex>
      )}
    </div>
  );
}
