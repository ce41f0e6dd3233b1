import { useCallback, useMemo, useState } from 'react';
import type { TableProps } from 'antd';
import { EMPTY_SELECTION, type Selection, selectedOnPage, withPageSelection, without } from './rowSelectionModel';

/**
 * Row selection for a PagedTable: pass `rowSelection` to the table and `ids` / `clear` /
 * `remove` to the BulkActionBar. `pageIds` are the ids of the rows shown now.
 */
export function useRowSelection<T extends { id: string }>(pageRows: readonly T[] | undefined, labelOf: (row: T) => string) {
  const [selection, setSelection] = useState<Selection>(EMPTY_SELECTION);
  const pageIds = useMemo(() => (pageRows ?? []).map((r) => r.id), [pageRows]);

  const rowSelection: NonNullable<TableProps<T>['rowSelection']> = {
    selectedRowKeys: selectedOnPage(selection, pageIds),
    preserveSelectedRowKeys: false,
    onChange: (keys) => setSelection((s) => withPageSelection(s, pageIds, keys.map(String))),
    // Ticking a box must not also open the row (the row itself is clickable).
    getCheckboxProps: (row: T) =>
      ({ 'aria-label': labelOf(row), 'data-testid': `select-${row.id}`, onClick: (e: { stopPropagation: () => void }) => e.stopPropagation() }) as never,
  };

  const clear = useCallback(() => setSelection(EMPTY_SELECTION), []);
  const remove = useCallback((ids: readonly string[]) => setSelection((s) => without(s, ids)), []);
  return { ids: [...selection], count: selection.size, rowSelection, clear, remove };
}
