import { type HTMLAttributes, type ReactNode, useState } from 'react';
import { Alert, App, Button, Checkbox, Flex, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fitTable } from '../../components/EllipsisCell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { HistoryDrawer, type HistoryTarget } from '../../components/HistoryDrawer';
import { RowActions, rowActionTestIds } from '../../components/RowActions';
import { StatusTag } from '../../components/StatusTag';
import { COLUMN_WIDTH } from '../../components/tableColumns';
import { referencesText } from './usageConflict';

interface Row {
  id: string;
  deletedAt: string | null;
}

export interface ReferenceColumn<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  /** Pixels (tableColumns.ts); every column of a list needs one for the list to fit 1366 px. */
  width?: number;
  /** One line ending in an ellipsis, the whole text in a tooltip. */
  ellipsis?: boolean;
}

/**
 * One master-data list (units, majors or staff): small enough to load whole, with
 * "show deleted", edit, delete (refused while in use, with the users named), restore and
 * each row's history (`historyTable` is the audited table).
 */
export function ReferenceTab<T extends Row>({
  testIdPrefix,
  historyTable,
  rows,
  loading,
  loadError,
  reload,
  columns,
  nameOf,
  addLabel,
  showTrashed,
  onShowTrashed,
  onAdd,
  onEdit,
  remove,
  restore,
  emptyText,
}: {
  testIdPrefix: string;
  historyTable: string;
  rows: readonly T[] | undefined;
  loading: boolean;
  loadError: unknown;
  reload: () => void;
  columns: readonly ReferenceColumn<T>[];
  nameOf: (row: T) => string;
  addLabel: string;
  showTrashed: boolean;
  onShowTrashed: (value: boolean) => void;
  onAdd: () => void;
  onEdit: (row: T) => void;
  remove: (id: string) => Promise<unknown>;
  restore: (id: string) => Promise<unknown>;
  /** What an empty list says (EmptyState). */
  emptyText?: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [actionError, setActionError] = useState<{ error: unknown; text: string | null } | null>(null);
  const [historyOf, setHistoryOf] = useState<HistoryTarget | null>(null);

  const act = async (work: () => Promise<unknown>, done: string) => {
    setActionError(null);
    try {
      await work();
      void message.success(done);
      reload();
    } catch (e) {
      setActionError({ error: e, text: referencesText(t, e, { includeTrashed: false }) });
    }
  };

  const tableColumns = [
    ...columns.map((c) => ({
      key: c.key,
      title: c.title,
      ...(c.width !== undefined ? { width: c.width } : {}),
      ...(c.ellipsis ? { ellipsis: true } : {}),
      render: (_: unknown, row: T) => c.render(row),
    })),
    {
      key: 'actions',
      title: t('common.actions'),
      width: COLUMN_WIDTH.actions,
      render: (_: unknown, row: T) => (
        <RowActions
          name={nameOf(row)}
          testIds={rowActionTestIds(testIdPrefix, row.id)}
          onHistory={() => setHistoryOf({ tableName: historyTable, rowId: row.id, title: nameOf(row) })}
          onEdit={() => onEdit(row)}
          onDelete={() => act(() => remove(row.id), t('admin.common.deleted', { name: nameOf(row) }))}
          {...(row.deletedAt !== null
            ? { onRestore: () => void act(() => restore(row.id), t('admin.common.restored', { name: nameOf(row) })) }
            : {})}
        >
          {row.deletedAt !== null ? <StatusTag tone="default">{t('admin.common.trashedTag')}</StatusTag> : null}
        </RowActions>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Checkbox checked={showTrashed} onChange={(e) => onShowTrashed(e.target.checked)} data-testid={`${testIdPrefix}-show-trashed`}>
          {t('admin.common.showTrashed')}
        </Checkbox>
        <Button icon={<PlusOutlined />} onClick={onAdd} data-testid={`add-${testIdPrefix}`}>
          {addLabel}
        </Button>
      </Flex>
      {loadError ? <ErrorAlert error={loadError} onRetry={reload} /> : null}
      {actionError ? (
        actionError.text ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid={`${testIdPrefix}-in-use`}
            title={t('admin.common.inUse', { list: actionError.text })}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <ErrorAlert error={actionError.error} />
        )
      ) : null}
      <div data-testid={`${testIdPrefix}-list`}>
        <Table<T>
          rowKey="id"
          size="middle"
          {...fitTable<T>(tableColumns)}
          dataSource={rows ? [...rows] : []}
          loading={loading}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          {...(emptyText !== undefined ? { locale: { emptyText: loading ? <span /> : emptyText } } : {})}
          onRow={(row) => ({ 'data-testid': `${testIdPrefix}-row-${row.id}` }) as HTMLAttributes<HTMLElement>}
        />
      </div>
      <HistoryDrawer target={historyOf} onClose={() => setHistoryOf(null)} />
    </>
  );
}
