import { useState } from 'react';
import { Alert, Button, Flex, Radio, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportAnalysis, ImportResult } from '@shared/domain/importing';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar } from '../../components/JobProgressBar';
import { ConfirmReview } from './ConfirmReview';
import { decisionsOf, expectedOutcome, type DuplicateChoices } from './importWizardModel';
import { ImportResultView } from './ImportResultView';

type Mode = 'all-or-nothing' | 'valid-only';

/**
 * Last step: the unmapped columns, in-file repeats and unverified USCCs (ConfirmReview),
 * all-or-nothing (refused while rows are invalid) or only the valid rows, then the commit
 * as a job with progress and Cancel, and the result (ImportResultView).
 */
export function ConfirmStep({
  analysis,
  choices,
  busy,
  onChoices,
  onKeepUnmapped,
  onRunning,
  onAgain,
}: {
  analysis: ImportAnalysis;
  choices: DuplicateChoices;
  busy: boolean;
  onChoices: (choices: DuplicateChoices) => void;
  onKeepUnmapped: (keep: boolean) => void;
  onRunning: (running: boolean, result: ImportResult | null) => void;
  onAgain: () => void;
}) {
  const { t } = useTranslation();
  const job = useJob();
  const [mode, setMode] = useState<Mode>('all-or-nothing');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const invalid = analysis.totals.invalid;
  const blocked = mode === 'all-or-nothing' && invalid > 0;
  const plan = expectedOutcome(analysis, choices);

  const start = async () => {
    setCancelled(false);
    job.clearError();
    onRunning(true, null);
    const value = await job.run((jobId) => call('import:commit', { analysisId: analysis.analysisId, decisions: decisionsOf(choices), mode, jobId }));
    setResult(value);
    // useJob resolves null both on failure and on Cancel; Cancel leaves no error behind.
    setCancelled(value === null);
    onRunning(false, value);
  };

  if (result) return <ImportResultView result={result} entity={analysis.entity} onAgain={onAgain} />;

  return (
    <div data-testid="import-step-confirm" className="import-confirm">
      {/* What to decide on the left (scrolls within the screen), how to import and Start on the right. */}
      <div className="import-confirm-review">
        <ConfirmReview analysis={analysis} choices={choices} disabled={busy || job.state.running} onChoices={onChoices} onKeepUnmapped={onKeepUnmapped} />
      </div>
      <div className="import-confirm-run">
      <h2 id="import-mode-label" className="import-issues-title">{t('import.wizard.confirm.mode')}</h2>
      <Radio.Group
        aria-labelledby="import-mode-label"
        value={mode}
        disabled={job.state.running}
        onChange={(e) => setMode(e.target.value as Mode)}
        data-testid="import-mode"
      >
        <Space orientation="vertical">
          <Radio value="all-or-nothing" disabled={invalid > 0} data-testid="import-mode-all">
            {t('import.wizard.confirm.allOrNothing')} — {t('import.wizard.confirm.allOrNothingHint')}
          </Radio>
          <Radio value="valid-only" data-testid="import-mode-valid">
            {t('import.wizard.confirm.validOnly')} — {t('import.wizard.confirm.validOnlyHint', { count: invalid })}
          </Radio>
        </Space>
      </Radio.Group>
      {blocked ? (
        <Alert
          type="warning"
          showIcon
          data-testid="import-blocked"
          title={t('import.wizard.confirm.allOrNothingBlocked', { count: invalid })}
          style={{ marginTop: 12 }}
        />
      ) : null}
      <p data-testid="import-plan" style={{ marginTop: 12 }}>
        {t('import.wizard.confirm.plan', { ...plan })}
      </p>
      <p>{t('import.wizard.confirm.backupNote')}</p>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" disabled={blocked || busy || job.state.running} onClick={() => void start()} data-testid="import-start">
          {t('import.wizard.confirm.start')}
        </Button>
        <JobProgressBar state={job.state} onCancel={job.cancel} />
      </Flex>
      {job.state.error ? <div style={{ marginTop: 12 }}><ErrorAlert error={job.state.error} /></div> : null}
      {cancelled && !job.state.error ? (
        <Alert type="info" showIcon data-testid="import-cancelled" title={t('import.wizard.confirm.cancelled')} style={{ marginTop: 12 }} />
      ) : null}
      </div>
    </div>
  );
}
