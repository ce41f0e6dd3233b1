import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TableCounts } from '@shared/domain/backup';

/** Records per main table; with `after`, the two columns a restore confirmation compares. */
export function CountsTable({ before, after, testId }: { before: TableCounts; after?: TableCounts; testId: string }) {
  const { t } = useTranslation();
  const tables = [...new Set([...Object.keys(before), ...Object.keys(after ?? {})])];
  const rows = tables.map((table) => ({ table, before: before[table], after: after?.[table] }));
  return (
    <Table
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="table"
      dataSource={rows}
      columns={[
        { title: t('dataTransfer.restore.table'), dataIndex: 'table', render: (name: string) => t(`dataTransfer.tables.${name}`, { defaultValue: name }) },
        { title: after ? t('dataTransfer.restore.before') : t('dataTransfer.backup.counts'), dataIndex: 'before', align: 'right' },
        ...(after ? [{ title: t('dataTransfer.restore.after'), dataIndex: 'after', align: 'right' as const }] : []),
      ]}
    />
  );
}
