import { type HTMLAttributes, type KeyboardEvent, useEffect, useRef } from 'react';
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { fitTable } from './EllipsisCell';

export type SortDir = 'asc' | 'desc';

export interface PagedTableProps<T extends { id: string }> {
  testId: string;
  columns: NonNullable<TableProps<T>['columns']>;
  items: readonly T[] | undefined;
  total: number | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** Server-side sorting: columns with `sorter: true` and a `key` equal to the sort field. */
  sortBy?: string;
  sortDir?: SortDir;
  onSortChange?: (sortBy: string | undefined, sortDir: SortDir | undefined) => void;
  onRowClick?: (row: T) => void;
  rowTestId?: (row: T) => string;
  /** Checkboxes for bulk actions (useRowSelection). */
  rowSelection?: TableProps<T>['rowSelection'];
  /** What an empty page shows (EmptyState: what to do next, or 清除筛选); hidden while loading. */
  emptyText?: React.ReactNode;
}

/**
 * antd Table driven by a server page ({ items, total }): paging and sorting are passed
 * back to the caller, who re-queries. Clickable rows are also reachable by keyboard.
 */
export function PagedTable<T extends { id: string }>(props: PagedTableProps<T>) {
  const { t } = useTranslation();
  const { sortBy, sortDir, onRowClick, rowTestId } = props;

  const columns = props.columns.map((column) => {
    if (!('sorter' in column) || !column.sorter || column.key === undefined) return column;
    const active = String(column.key) === sortBy;
    return { ...column, sortOrder: active ? (sortDir === 'asc' ? 'ascend' : 'descend') : null } as typeof column;
  });
  // Fixed first column, ellipsised text and set widths: every list fits 1366 px (tableColumns.ts).
  const fitted = fitTable(columns, { selection: Boolean(props.rowSelection) });

  const handleChange: TableProps<T>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort' && props.onSortChange) {
      const first = Array.isArray(sorter) ? sorter[0] : sorter;
      const key = first?.order ? String(first.columnKey ?? '') : undefined;
      props.onSortChange(key || undefined, first?.order === 'ascend' ? 'asc' : first?.order === 'descend' ? 'desc' : undefined);
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  const onRow = (row: T): HTMLAttributes<HTMLElement> => {
    // data-* attributes are not in HTMLAttributes' type, hence the widened object.
    const attrs: Record<string, unknown> = {};
    if (rowTestId) attrs['data-testid'] = rowTestId(row);
    if (onRowClick) {
      attrs['onClick'] = () => onRowClick(row);
      attrs['onKeyDown'] = (e: KeyboardEvent) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) onRowClick(row);
      };
      attrs['tabIndex'] = 0;
      attrs['className'] = 'clickable-row';
    }
    return attrs as HTMLAttributes<HTMLElement>;
  };

  // antd copies each column title into an aria-hidden measure row to size the columns; with row
  // selection that copy holds a second, focusable select-all checkbox (axe: aria-hidden-focus).
  // Keyboard focus belongs to the real header only.
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const root = wrapper.current;
    if (!root || !props.rowSelection) return;
    const unfocus = () => {
      for (const el of root.querySelectorAll<HTMLElement>('.ant-table-measure-row input, .ant-table-measure-row button, .ant-table-measure-row [tabindex]')) {
        if (el.tabIndex !== -1) el.tabIndex = -1;
      }
    };
    unfocus();
    const observer = new MutationObserver(unfocus);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [props.rowSelection]);

  return (
    <div data-testid={props.testId} ref={wrapper}>
      <Table<T>
        rowKey="id"
        size="middle"
        columns={fitted.columns}
        dataSource={props.items ? [...props.items] : []}
        loading={props.loading}
        {...(props.emptyText !== undefined ? { locale: { emptyText: props.loading ? <span /> : props.emptyText } } : {})}
        onChange={handleChange}
        onRow={onRow}
        {...(props.rowSelection ? { rowSelection: props.rowSelection } : {})}
        pagination={{
          current: props.page,
          pageSize: props.pageSize,
          total: props.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          showTotal: (total) => t('common.total', { count: total }),
        }}
        scroll={fitted.scroll}
      />
    </div>
  );
}
