import { Alert, Button, Flex, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ImportEntity, ImportResult } from '@shared/domain/importing';
import { ENTITY_LIST_ROUTE } from './importWizardModel';
import { IssueTable } from './IssueTable';

const RESULT_COUNTS = ['created', 'updated', 'merged', 'skipped', 'duplicates', 'errors', 'warnings'] as const;

/** The commit's outcome: the counts, the errors and the warnings (values kept in notes), a link to the list. */
export function ImportResultView({ result, entity, onAgain }: { result: ImportResult; entity: ImportEntity; onAgain: () => void }) {
  const { t } = useTranslation();
  const counts = { ...result, errors: new Set(result.errors.map((e) => e.row)).size, warnings: result.warnings.length };
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
      {result.errors.length > 0 ? <IssueTable issues={result.errors} entity={entity} kind="error" testId="import-result-error-list" /> : null}
      {result.warnings.length > 0 ? (
        <>
          <h2 className="import-issues-title">{t('import.wizard.confirm.resultWarnings')}</h2>
          <IssueTable issues={result.warnings} entity={entity} kind="warning" testId="import-result-warning-list" pageSize={5} />
        </>
      ) : null}
      <Space wrap>
        {result.committed ? (
          <Link to={ENTITY_LIST_ROUTE[entity]} data-testid="import-open-list">
            {t('import.wizard.confirm.openList', { entity: t(`import.entities.${entity}`) })}
          </Link>
        ) : null}
        <Button onClick={onAgain} data-testid="import-again">
          {t('import.wizard.confirm.again')}
        </Button>
      </Space>
    </div>
  );
}
