import { type FocusEvent, type MouseEvent, type ReactNode, useRef, useState } from 'react';
import { Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type CellRender, fitColumns, type FittedColumns, TABLE_BUDGET } from './tableColumns';

/** True when the text does not fit its cell and ends in an ellipsis. */
function isClipped(el: HTMLElement | null): boolean {
  return el !== null && el.scrollWidth > el.clientWidth + 1;
}

/**
 * A list cell on one line that ends in an ellipsis when too long; hovering (or focusing a link
 * in it) shows the whole text in a tooltip. Text that fits gets no tooltip. The full text
 * stays in the page, so screen readers read all of it.
 */
export function EllipsisCell({ children }: { children: ReactNode }) {
  const cell = useRef<HTMLSpanElement | null>(null);
  const [open, setOpen] = useState(false);
  // Kept from the event rather than a ref on the span: Tooltip passes its own ref to its child.
  const remember = (e: MouseEvent<HTMLSpanElement> | FocusEvent<HTMLSpanElement>) => {
    cell.current = e.currentTarget;
  };
  return (
    <Tooltip
      title={() => cell.current?.textContent ?? ''}
      placement="topLeft"
      trigger={['hover', 'focus']}
      open={open}
      onOpenChange={(next) => setOpen(next && isClipped(cell.current))}
    >
      <span className="cell-ellipsis" onMouseEnter={remember} onFocus={remember}>
        {children}
      </span>
    </Tooltip>
  );
}

function wrapCell<T>(render: CellRender<T>): CellRender<T> {
  return (value, record, index) => <EllipsisCell>{render(value, record, index) as ReactNode}</EllipsisCell>;
}

const measured = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Width of a header word as antd draws it (bold 14 px, the app's font); remembered per word. */
function headerWidth(word: string): number {
  const known = measured.get(word);
  if (known !== undefined) return known;
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = `600 14px ${getComputedStyle(document.body).fontFamily}`;
  }
  // Without a canvas: an average Latin letter's width.
  const width = context ? context.measureText(word).width : word.length * 8.5;
  measured.set(word, width);
  return width;
}

/** A list's columns and scroll, laid out for 1366 px (see tableColumns.ts); spread into a Table. */
export function fitTable<T>(columns: ColumnsType<T>, options: { selection?: boolean } = {}): FittedColumns<T> {
  return fitColumns(columns, { ...options, wrapCell, headerWidth, budget: TABLE_BUDGET });
}
