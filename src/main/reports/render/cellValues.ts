import type { ReportCell, ReportColumn } from '@shared/domain/report';
import { fenToWanyuan, fenToYuanString } from '@shared/format/money';

// One place that turns a ReportTable cell into what every output writes, so xlsx, csv and
// PDF agree on units, blanks and the formula-injection rule (reliability.md §10).

/** Text starting with one of these is a formula (or hides one) in Excel/WPS: = + - @ TAB CR LF NUL. */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Prefixes ' to text a spreadsheet would read as a formula. Numbers never pass through here. */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The unit shown in the header: the column's own, else 元/万元 for money. */
export function columnUnit(column: ReportColumn): string | undefined {
  if (column.unit) return column.unit;
  if (column.type === 'money') return column.moneyUnit === 'wanyuan' ? '万元' : '元';
  return undefined;
}

/** 'label（unit）' as every output prints it. */
export function headerLabel(column: ReportColumn): string {
  const unit = columnUnit(column);
  return unit ? `${column.label}（${unit}）` : column.label;
}

export const NUM_FMT = {
  integer: '0',
  general: 'General',
  yuan: '#,##0.00',
  wanyuan: '0.00',
  ratio: '0.0%',
  date: 'yyyy-mm-dd',
  text: '@',
} as const;

export type OutputCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; numFmt: string; csv: string }
  | { kind: 'date'; iso: string; year: number; month: number; day: number }
  /** `code` text (codes, 年月) gets the text number format so Excel never turns it into a number. */
  | { kind: 'text'; text: string; code: boolean };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function text(value: ReportCell, code = false): OutputCell {
  return { kind: 'text', text: neutraliseText(String(value)), code };
}

/** Money in the column's unit: 元 exactly (分/100), 万元 rounded to 2 decimals (domain.md §2.1). */
function money(fen: number, column: ReportColumn): OutputCell {
  if (column.moneyUnit === 'wanyuan') {
    const value = fenToWanyuan(fen);
    return { kind: 'number', value, numFmt: NUM_FMT.wanyuan, csv: value.toFixed(2) };
  }
  return { kind: 'number', value: fen / 100, numFmt: NUM_FMT.yuan, csv: fenToYuanString(fen) };
}

/**
 * What to write for one cell. null/undefined stay blank (never 0); a value of the wrong
 * shape for its column (a definition bug) is written as text rather than dropped.
 */
export function outputCell(value: ReportCell | undefined, column: ReportColumn): OutputCell {
  if (value === null || value === undefined) return { kind: 'blank' };
  if (column.code) return text(value, true);
  switch (column.type) {
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value)
        ? // A measured quantity (建筑面积 1250.5 平方米) keeps its decimals: '0' would print 1251.
          { kind: 'number', value, numFmt: Number.isInteger(value) ? NUM_FMT.integer : NUM_FMT.general, csv: String(value) }
        : text(value);
    case 'money':
      return typeof value === 'number' && Number.isSafeInteger(value) ? money(value, column) : text(value);
    case 'ratio':
      return typeof value === 'number' && Number.isFinite(value)
        ? { kind: 'number', value, numFmt: NUM_FMT.ratio, csv: String(value) }
        : text(value);
    case 'date': {
      const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      return m
        ? { kind: 'date', iso: value as string, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
        : text(value);
    }
    case 'yearMonth':
      return text(value, true);
    case 'boolean':
      return typeof value === 'boolean' ? { kind: 'text', text: value ? '是' : '否', code: false } : text(value);
    case 'text':
      return text(value);
  }
}

/** The cell as PDF text: formatted numbers, and text as typed (a PDF has no formulas to neutralise). */
export function displayText(value: ReportCell | undefined, column: ReportColumn): string {
  const cell = outputCell(value, column);
  switch (cell.kind) {
    case 'blank':
      return '';
    case 'date':
      return cell.iso;
    case 'text':
      return typeof value === 'boolean' && column.type === 'boolean' ? cell.text : String(value);
    case 'number':
      if (column.type === 'ratio') return `${(cell.value * 100).toFixed(1)}%`;
      if (column.type === 'money') {
        const [int = '', frac = ''] = cell.csv.split('.');
        return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
      }
      return cell.csv;
  }
}

/** Excel limits: 31 characters, none of : \ / ? * [ ]; names must differ case-insensitively. */
export function sheetNameOf(name: string, taken: Set<string>): string {
  const base = [...name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '')].slice(0, 31).join('') || '报表';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
    const suffix = `(${n})`;
    candidate = [...base].slice(0, 31 - suffix.length).join('') + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}
