import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { COLUMN_WIDTH, type CellRender, fitColumns, SELECTION_COLUMN_WIDTH } from '../../../src/renderer/src/components/tableColumns';
import { agreementColumns } from '../../../src/renderer/src/features/agreements/agreementColumns';

type Row = { id: string; name: string };

// Marks wrapped content so the test sees which cells got the ellipsis treatment.
const wrapCell =
  (render: CellRender<Row>): CellRender<Row> =>
  (value, record, index) =>
    `wrapped(${String(render(value, record, index))})`;

const row: Row = { id: '1', name: '深圳市华创智能制造有限公司' };

describe('fitColumns: lists laid out for 1366 px', () => {
  it('fixes the first column, wraps ellipsis cells and makes the table as wide as its columns', () => {
    const columns: ColumnsType<Row> = [
      { key: 'name', width: 220, ellipsis: true, render: (_: unknown, r: Row) => r.name },
      { key: 'status', width: 110, render: () => 'active' },
    ];
    const fitted = fitColumns(columns, { wrapCell, selection: true });
    const [name, status] = fitted.columns;
    expect(name?.fixed).toBe('start');
    expect(status?.fixed).toBeUndefined();
    // antd's own ellipsis would also cut the header; the wrapped cell does it for the body only.
    expect(name && 'ellipsis' in name).toBe(false);
    expect((name as { render: CellRender<Row> }).render(undefined, row, 0)).toBe(`wrapped(${row.name})`);
    expect((status as { render: CellRender<Row> }).render(undefined, row, 0)).toBe('active');
    expect(fitted.scroll).toEqual({ x: 220 + 110 + SELECTION_COLUMN_WIDTH });
  });

  it('keeps the columns a list fixed itself, and sizes on content when a width is missing', () => {
    const columns: ColumnsType<Row> = [
      { key: 'no', width: 130 },
      { key: 'title', fixed: 'start', width: 220 },
      { key: 'notes', dataIndex: 'name', ellipsis: true },
    ];
    const fitted = fitColumns(columns, { wrapCell });
    expect(fitted.columns.map((c) => c.fixed)).toEqual([undefined, 'start', undefined]);
    // Without a render the cell shows its dataIndex value, wrapped.
    expect((fitted.columns[2] as { render: CellRender<Row> }).render(row.name, row, 0)).toBe(`wrapped(${row.name})`);
    expect(fitted.scroll).toEqual({ x: 'max-content' });
  });

  it('gives the agreement list room for its deadline: 签约各方 no longer takes the width', () => {
    const t = ((key: string) => key) as unknown as TFunction;
    const columns = agreementColumns(t, (_name, code) => code ?? '', { withParties: true });
    const widths = columns.map((c) => c.width);
    expect(widths.every((w) => typeof w === 'number')).toBe(true);
    const parties = columns.find((c) => c.key === 'parties');
    expect(parties?.ellipsis).toBe(true);
    // 1366 − sider 208 − padding 48 − a Windows scrollbar 17 = 1093 px for the table.
    const total = widths.reduce<number>((sum, w) => sum + (w as number), SELECTION_COLUMN_WIDTH);
    expect(total).toBeLessThanOrEqual(1093);
    expect(columns.find((c) => c.key === 'endDate')?.width).toBeGreaterThanOrEqual(COLUMN_WIDTH.date);
  });
});

describe('fitColumns: English headers and the 1366 px budget', () => {
  // Eight pixels a letter: "Employed" is 64 px.
  const headerWidth = (word: string) => word.length * 8;

  it('never makes a column narrower than its longest header word; Chinese headers wrap anywhere', () => {
    const columns: ColumnsType<Row> = [
      { key: 'name', title: 'Class name', width: 160 },
      { key: 'employed', title: 'Employed', width: 70 },
      { key: 'updated', title: 'Updated', width: 70, sorter: true },
      { key: 'zh', title: '就业人数', width: 70 },
    ];
    const fitted = fitColumns(columns, { wrapCell, headerWidth });
    // 64 + 4 slack + 16 padding; a sortable title also keeps room for its arrows.
    expect(fitted.columns.map((c) => c.width)).toEqual([160, 84, 56 + 4 + 16 + 24, 70]);
    expect(fitted.scroll.x).toBe(160 + 84 + 100 + 70);
  });

  it('takes the width over the budget from ellipsised text columns, never below 80 px', () => {
    const columns: ColumnsType<Row> = [
      { key: 'name', title: 'Name', width: 400, ellipsis: true },
      { key: 'notes', title: 'Notes', width: 200, ellipsis: true },
      { key: 'amount', title: 'Amount', width: 500 },
    ];
    const fitted = fitColumns(columns, { wrapCell, headerWidth, budget: 1000 });
    const [name, notes, amount] = fitted.columns.map((c) => c.width as number);
    // 100 px over: name can spare 320, notes 120, in that proportion.
    expect(amount).toBe(500);
    expect(name).toBeLessThan(400);
    expect(notes).toBeLessThan(200);
    expect(fitted.scroll.x).toBeLessThanOrEqual(1000);
    const squeezed = fitColumns(columns, { wrapCell, headerWidth, budget: 600 });
    expect(squeezed.columns.map((c) => c.width)).toEqual([80, 80, 500]);
  });
});
