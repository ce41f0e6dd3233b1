import type { FieldDef } from './entities/entityDef';
import { cleanText, cellToString } from './cellValue';
import { headerMatches } from './columnMapping';
import type { MergeRange, RawCell, RawTable } from './readers/rawTable';

export interface Layout {
  /** 0-based row of the (lower) header row. */
  headerIndex: number;
  /** 0-based first data row. */
  dataStart: number;
  headers: string[];
  /** 0-based rows above the header that were skipped as titles. */
  titleRows: number[];
}

const HEADER_SCAN_ROWS = 30;

function text(cell: RawCell | undefined, date1904: boolean): string {
  return cleanText(cellToString(cell ?? null, date1904) ?? '');
}

function width(table: RawTable): number {
  return Math.max(0, ...table.rows.slice(0, HEADER_SCAN_ROWS + 2).map((r) => r.length));
}

/**
 * Header texts if row `r` is the header: when a merged cell in it spans several columns
 * that have their own headers in the row below ("联系人信息" over "姓名 / 电话"), the two
 * rows combine to "联系人信息/姓名" and data starts two rows down.
 */
function headersAt(table: RawTable, r: number, w: number): { headers: string[]; dataStart: number } {
  const row = table.rows[r] ?? [];
  const below = table.rows[r + 1] ?? [];
  const groups = table.merges.filter((m) => m.top === r && m.right > m.left && m.right - m.left + 1 < w);
  const single = Array.from({ length: w }, (_, c) => text(row[c], table.date1904));
  const isGroup = groups.some((g) => below.slice(g.left, g.right + 1).some((c) => text(c, table.date1904) !== ''));
  if (!isGroup) return { headers: single, dataStart: r + 1 };
  const headers = single.map((top, c) => {
    const group = groups.find((g) => c >= g.left && c <= g.right);
    const groupText = group ? text(row[group.left], table.date1904) : top;
    const bottom = text(below[c], table.date1904);
    return group && bottom ? `${groupText}/${bottom}` : groupText || bottom;
  });
  return { headers, dataStart: r + 2 };
}

/** The first row whose cells look like this entity's headers (at least two known names); rows above are titles. */
export function detectLayout(table: RawTable, fields: readonly FieldDef[], forcedHeaderRow?: number): Layout | null {
  const w = width(table);
  const candidates = forcedHeaderRow !== undefined ? [forcedHeaderRow - 1] : Array.from({ length: Math.min(HEADER_SCAN_ROWS, table.rows.length) }, (_, i) => i);
  const needed = Math.min(2, fields.filter((f) => f.required).length || 1);
  for (const r of candidates) {
    const { headers, dataStart } = headersAt(table, r, w);
    if (forcedHeaderRow !== undefined || headerMatches(headers, fields) >= needed) {
      const titleRows = Array.from({ length: r }, (_, i) => i).filter((i) => (table.rows[i] ?? []).some((c) => text(c, table.date1904) !== ''));
      return { headerIndex: r, dataStart, headers, titleRows };
    }
  }
  return null;
}

/** Vertical merges in the data area: the master's value copied down, one note per range. */
export function fillDownMerges(table: RawTable, dataStart: number): { row: number; column: number; count: number }[] {
  const filled: { row: number; column: number; count: number }[] = [];
  for (const m of table.merges) {
    if (m.top < dataStart || m.bottom === m.top || m.right !== m.left) continue;
    const master = table.rows[m.top]?.[m.left] ?? null;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      const row = table.rows[r];
      if (row) row[m.left] = master;
    }
    filled.push({ row: m.top, column: m.left, count: m.bottom - m.top });
  }
  return filled;
}

/** Merges across columns in the data area: which 0-based rows they touch. */
export function rowsWithHorizontalMerges(merges: readonly MergeRange[], dataStart: number): Set<number> {
  const rows = new Set<number>();
  for (const m of merges) {
    if (m.bottom < dataStart || m.right === m.left) continue;
    for (let r = Math.max(m.top, dataStart); r <= m.bottom; r++) rows.add(r);
  }
  return rows;
}
