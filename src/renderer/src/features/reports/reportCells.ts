import type { ReportCell, ReportColumn } from '@shared/domain/report';
import type { Language } from '@shared/i18n';
import { formatFen } from '@shared/format/money';

// How a ReportTable cell shows in the preview. The core has already applied the fill rules;
// the page only formats: null stays an empty cell (never 0), money in the column's unit.

const MONEY_UNIT_TEXT = { yuan: '元', wanyuan: '万元' } as const;

/** Header text: the exact label plus its unit, e.g. 订单培养数（人）, 对学校捐赠设备总值（万元）. */
export function columnHeader(column: ReportColumn): string {
  const unit = column.unit ?? (column.type === 'money' ? MONEY_UNIT_TEXT[column.moneyUnit ?? 'yuan'] : undefined);
  return unit ? `${column.label}（${unit}）` : column.label;
}

export const isNumericColumn = (column: ReportColumn): boolean =>
  !column.code && (column.type === 'integer' || column.type === 'money' || column.type === 'ratio');

export interface CellText {
  yes: string;
  no: string;
  language: Language;
}

export function formatCell(column: ReportColumn, value: ReportCell | undefined, text: CellText): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'string') return value;
  switch (column.type) {
    case 'money':
      // Money cells are integer 分; anything else would be a core bug, shown as is rather than hidden.
      return Number.isSafeInteger(value) ? formatFen(value, column.moneyUnit ?? 'yuan', text.language) : String(value);
    case 'ratio':
      return `${(value * 100).toFixed(1)}%`;
    case 'boolean':
      return value !== 0 ? text.yes : text.no;
    default:
      return String(value);
  }
}

/** Sort order for data rows: blanks last, numbers by value, text in the locale's order. */
export function compareCells(a: ReportCell | undefined, b: ReportCell | undefined, locale: Language): number {
  const blankA = a === null || a === undefined;
  const blankB = b === null || b === undefined;
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), locale);
}
