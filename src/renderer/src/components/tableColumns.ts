import type { ColumnsType, ColumnType } from 'antd/es/table';

// How the lists fit the primary screen, 1366 × 768: the sider takes 208 px and the content
// padding 48, which leaves about 1090 px for a table (less a scrollbar on Windows). Every list
// column gets one of these widths, so a list's key columns (name, status, dates, amounts,
// actions) are on screen without scrolling; long text ends in an ellipsis with the full
// text in a tooltip. Widths suit the English labels too, which are the longer ones.
export const COLUMN_WIDTH = {
  /** The record's name: partner, agreement, programme. The first, fixed column. */
  name: 220,
  /** Free text: summaries, notes, parties, contents. */
  text: 180,
  /** Short text: codes, people, departments, majors. */
  short: 130,
  /** A status tag ("即将到期", "Expiring soon"). */
  status: 110,
  /** An enum label (kind, type, level); long ones end in an ellipsis. */
  kind: 110,
  /** 2026-01-01 */
  date: 110,
  /** 2026-01-01 12:00 */
  dateTime: 140,
  /** 2025-2026 (学年) */
  year: 100,
  /** Counts, days, hours. */
  count: 70,
  /** 1,234,567.00 */
  money: 120,
  /** 统一社会信用代码: 18 characters. */
  uscc: 170,
  /** History / Edit / Delete as small buttons. */
  actions: 190,
} as const;

/** Checkbox column antd adds for bulk selection. */
export const SELECTION_COLUMN_WIDTH = 48;

/** 1366 − sider 208 − content padding 48 − a Windows scrollbar 17: the width a list may take. */
export const TABLE_BUDGET = 1093;

// Cell padding of a middle-size table (8 px a side), and what a sort arrow takes beside a title.
const CELL_PADDING = 16;
const SORTER_WIDTH = 24;
// Text columns give way to headers and key columns, but stay readable.
const MIN_TEXT_WIDTH = 80;

export type CellRender<T> = NonNullable<ColumnType<T>['render']>;

export interface FitOptions<T> {
  /** The table has a checkbox column (rowSelection). */
  selection?: boolean;
  /** Wraps the content of an `ellipsis: true` cell (EllipsisCell: ellipsis + tooltip). */
  wrapCell: (render: CellRender<T>) => CellRender<T>;
  /** Pixels a header word takes (bold); without it headers are not measured. */
  headerWidth?: (word: string) => number;
  /** The width the columns should keep to; text columns shrink (down to 80 px) to stay within it. */
  budget?: number;
}

export interface FittedColumns<T> {
  columns: ColumnsType<T>;
  /** The sum of the widths, so the table keeps its columns and scrolls sideways inside itself. */
  scroll: { x: number | 'max-content' };
}

/**
 * The narrowest a column can be without breaking a header word in two ("Employ-ed"): Chinese
 * titles wrap between any two characters, English ones only between words.
 */
export function headerMinWidth(title: unknown, sortable: boolean, headerWidth: (word: string) => number): number {
  if (typeof title !== 'string') return 0;
  const words = title.split(/[\s\u3400-\u9fff\uff08\uff09\u3001\uff0c]+/).filter(Boolean);
  const widest = Math.max(0, ...words.map(headerWidth));
  // A few pixels of slack: the font may still be loading when the word is measured.
  return widest === 0 ? CELL_PADDING + (sortable ? SORTER_WIDTH : 0) : Math.ceil(widest) + 4 + CELL_PADDING + (sortable ? SORTER_WIDTH : 0);
}

/** Shrinks the ellipsised columns, in proportion to what they can spare, until the total fits. */
function shrinkToBudget(widths: number[], shrinkable: boolean[], floors: number[], excess: number): number[] {
  const spare = widths.map((w, i) => (shrinkable[i] ? Math.max(0, w - (floors[i] ?? 0)) : 0));
  const total = spare.reduce((sum, s) => sum + s, 0);
  if (excess <= 0 || total === 0) return widths;
  const ratio = Math.min(1, excess / total);
  return widths.map((w, i) => Math.floor(w - (spare[i] ?? 0) * ratio));
}

/**
 * Lays a list out: the first column stays put on horizontal scroll (unless the list fixed
 * its own), `ellipsis: true` cells are wrapped (one line, full text on hover), no column is
 * narrower than its header's longest word, and ellipsised columns give up width so that the
 * list keeps to the budget. The table is as wide as its columns. A column without a numeric
 * width leaves the table to size itself on its content (max-content), as before.
 */
export function fitColumns<T>(columns: ColumnsType<T>, options: FitOptions<T>): FittedColumns<T> {
  const ownFixed = columns.some((c) => Boolean(c.fixed));
  const shrinkable = columns.map((c) => c.ellipsis === true);
  const fitted = columns.map((column, index) => {
    let next = column;
    if (!ownFixed && index === 0) next = { ...next, fixed: 'start' as const };
    if (next.ellipsis === true && !('children' in next)) {
      const { ellipsis: _ellipsis, render, ...rest } = next;
      const content: CellRender<T> = render ?? ((value: unknown) => value as ReturnType<CellRender<T>>);
      next = { ...rest, render: options.wrapCell(content) };
    }
    return next;
  });
  const given = fitted.map((c) => c.width);
  if (!given.every((w): w is number => typeof w === 'number')) return { columns: fitted, scroll: { x: 'max-content' } };

  const { headerWidth } = options;
  const floors = fitted.map((c) => (headerWidth ? headerMinWidth(c.title, Boolean('sorter' in c && c.sorter), headerWidth) : 0));
  let widths = given.map((w, i) => Math.max(w, floors[i] ?? 0));
  const selection = options.selection ? SELECTION_COLUMN_WIDTH : 0;
  const sum = () => widths.reduce((total, w) => total + w, selection);
  if (options.budget !== undefined) {
    const textFloors = floors.map((f) => Math.max(f, MIN_TEXT_WIDTH));
    widths = shrinkToBudget(widths, shrinkable, textFloors, sum() - options.budget);
  }
  const resized = fitted.map((c, i) => (widths[i] === c.width ? c : { ...c, width: widths[i] }));
  return { columns: resized, scroll: { x: sum() } };
}
