import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportRowError } from '@shared/domain/importing';
import { translator } from '../../i18n';
import { fieldLabel, rowErrorText } from './importWizardModel';

/**
 * A list of row errors or warnings (row, column, message in the user's language), paged,
 * the same on the preview and on the result.
 */
export function IssueTable({
  issues,
  entity,
  kind,
  testId,
  rowValues,
  pageSize = 10,
}: {
  issues: ImportRowError[];
  entity: ImportEntity;
  kind: 'error' | 'warning';
  testId: string;
  rowValues?: Map<number, Record<string, string | null>>;
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const columns = [
    { key: 'row', title: t('import.wizard.preview.row'), width: 72, render: (_: unknown, e: ImportRowError) => e.row },
    {
      key: 'column',
      title: t('import.wizard.preview.column'),
      width: 200,
      ellipsis: true,
      render: (_: unknown, e: ImportRowError) => e.column ?? (e.field ? fieldLabel(translator, entity, e.field) : t('import.wizard.preview.wholeRow')),
    },
    { key: 'message', title: t(kind === 'error' ? 'import.wizard.preview.problem' : 'import.wizard.preview.note'), render: (_: unknown, e: ImportRowError) => rowErrorText(translator, e, rowValues?.get(e.row)) },
  ];
  return (
    <Table<ImportRowError>
      data-testid={testId}
      rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.key}:${e.code}`}
      size="small"
      pagination={{ pageSize, showSizeChanger: false, hideOnSinglePage: true, size: 'small' }}
      dataSource={issues}
      onRow={(e) => ({ 'data-testid': `import-${kind}`, 'data-row': String(e.row), 'data-field': e.field ?? '', 'data-code': e.code }) as Record<string, string>}
      columns={columns}
      className="import-issue-list"
    />
  );
}
