import { useState } from 'react';
import { Alert, Button, Flex, Radio, Space, Statistic, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportAnalysis, ImportResult, ImportRowError } from '@shared/domain/importing';
import { call } from '../../api/client';
import { useJob } from '../../api/useJob';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgressBar } from '../../components/JobProgressBar';
import { translator } from '../../i18n';
import { decisionsOf, ENTITY_LIST_ROUTE, expectedOutcome, rowErrorText, type DuplicateChoices } from './importWizardModel';

type Mode = 'all-or-nothing' | 'valid-only';
const RESULT_COUNTS = ['created', 'updated', 'skipped', 'duplicates', 'errors'] as const;

/**
 * Step 5: all-or-nothing (refused while rows are invalid) or only the valid rows, then the
 * commit as a job with progress and Cancel, and the result with a link to the imported list.
 */
export function ConfirmStep({
  analysis,
  choices,
  onRunning,
  onAgain,
}: {
  analysis: ImportAnalysis;
  choices: DuplicateChoices;
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

  if (result) {
    const counts = { ...result, errors: new Set(result.errors.map((e) => e.row)).size };
    const entityName = t(`import.entities.${analysis.entity}`);
    return (
      <div data-testid="import-result">
        <Alert
          type={result.committed ? 'success' : 'error'}
          showIcon
          role={result.committed ? 'status' : 'alert'}
          title={result.committed ? t('import.wizard.confirm.done') : t('import.wizard.confirm.notCommitted')}
          style={{ marginBottom: 16 }}
        />
        <Flex gap={32} wrap className="import-counts" style={{ marginBottom: 16 }}>
          {RESULT_COUNTS.map((k) => (
            <div key={k} data-testid={`import-result-${k}`} data-value={counts[k]}>
              <Statistic title={t(`import.wizard.confirm.result.${k}`)} value={counts[k]} />
            </div>
          ))}
        </Flex>
        {result.errors.length > 0 ? (
          <Table<ImportRowError>
            data-testid="import-result-error-list"
            rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.key}`}
            size="small"
            pagination={{ pageSize: 10, showSizeChanger: false, hideOnSinglePage: true }}
            dataSource={result.errors}
            columns={[
              { key: 'row', title: t('import.wizard.preview.row'), width: 72, render: (_: unknown, e: ImportRowError) => e.row },
              { key: 'column', title: t('import.wizard.preview.column'), render: (_: unknown, e: ImportRowError) => e.column ?? t('import.wizard.preview.wholeRow') },
              { key: 'message', title: t('import.wizard.preview.problem'), render: (_: unknown, e: ImportRowError) => rowErrorText(translator, e) },
            ]}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Space wrap>
          {result.committed ? (
            <Link to={ENTITY_LIST_ROUTE[analysis.entity]} data-testid="import-open-list">
              {t('import.wizard.confirm.openList', { entity: entityName })}
            </Link>
          ) : null}
          <Button onClick={onAgain} data-testid="import-again">
            {t('import.wizard.confirm.again')}
          </Button>
        </Space>
      </div>
    );
  }

  return (
    <div data-testid="import-step-confirm">
      <h2 id="import-mode-label">{t('import.wizard.confirm.mode')}</h2>
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
        {t('import.wizard.confirm.plan', { create: plan.create, update: plan.update, skip: plan.skip })}
      </p>
      <p>{t('import.wizard.confirm.backupNote')}</p>
      <Flex gap={12} align="center" wrap>
        <Button type="primary" disabled={blocked || job.state.running} onClick={() => void start()} data-testid="import-start">
          {t('import.wizard.confirm.start')}
        </Button>
        <JobProgressBar state={job.state} onCancel={job.cancel} />
      </Flex>
      {job.state.error ? <div style={{ marginTop: 12 }}><ErrorAlert error={job.state.error} /></div> : null}
      {cancelled && !job.state.error ? (
        <Alert type="info" showIcon data-testid="import-cancelled" title={t('import.wizard.confirm.cancelled')} style={{ marginTop: 12 }} />
      ) : null}
    </div>
  );
}
