import { normalizeCode, normalizeName } from '@shared/domain/rules/normalizeText';
import type { RawCell } from './readers/rawTable';
import { excelSerialToIso, jsDateToIso, parseTextDate } from './parseDate';

/** How a target field reads a cell. */
export type FieldKind = 'text' | 'longText' | 'code' | 'phone' | 'email' | 'date' | 'int' | 'money' | 'enum' | 'bool' | 'list';

/** A cell problem, reported as a row error with an i18n key under `import.errors`. */
export type CellProblem =
  | 'codeAsNumber'
  | 'formulaWithoutResult'
  | 'cellError'
  | 'cellTooLong'
  | 'dateInvalid'
  | 'numberInvalid'
  | 'moneyInvalid'
  | 'enumInvalid'
  | 'boolInvalid';

export type CellResult = { ok: true; value: string | null } | { ok: false; problem: CellProblem; params?: Record<string, string | number> };

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// What Excel writes into a CSV for a long number in a General cell: 9.14403E+17. The
// exponent's sign is required: a USCC such as 915101004356744E45 is digits, E, digits too.
const SCIENTIFIC = /^[+-]?\d+(?:\.\d+)?E[+-]\d+$/i;

/**
 * The one place that turns ExcelJS's value shapes (already reduced to tagged cells by
 * the worker) into text for display and the error report: never evaluates anything.
 */
export function cellToString(cell: RawCell, date1904: boolean): string | null {
  if (cell === null) return null;
  switch (cell.t) {
    case 's':
      return cell.v;
    case 'n':
      return String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd':
      return jsDateToIso(cell.v) ?? new Date(cell.v).toISOString();
    case 'e':
      return cell.v;
    case 'f':
      return null;
  }
  void date1904;
}

/** Text cleaned of what never carries meaning: zero-width characters, NBSP, outer space. */
export function cleanText(s: string): string {
  return s.replace(ZERO_WIDTH, '').replace(/\u00A0/g, ' ').trim();
}

function number(text: string): number | null {
  const s = text.normalize('NFKC').replace(/[,\s]/g, '');
  return /^[+-]?\d+(?:\.\d+)?$/.test(s) ? Number(s) : null;
}

/** A field's value from a cell, normalised per reliability.md §9, or the problem with it. */
/** The unit a money column's header names: state-platform sheets give amounts in 万元. */
export function moneyUnitOfHeader(header: string): 'yuan' | 'wanyuan' {
  return /万元/.test(header.normalize('NFKC')) ? 'wanyuan' : 'yuan';
}

export function readCell(
  cell: RawCell,
  kind: FieldKind,
  opts: { date1904: boolean; maxChars: number; moneyUnit?: 'yuan' | 'wanyuan' },
): CellResult {
  if (cell === null) return { ok: true, value: null };
  if (cell.t === 'f') return { ok: false, problem: 'formulaWithoutResult' };
  if (cell.t === 'e') return { ok: false, problem: 'cellError', params: { value: cell.v } };
  if (cell.t === 's' && cell.v.length > opts.maxChars) return { ok: false, problem: 'cellTooLong', params: { max: opts.maxChars } };
  const text = cell.t === 's' ? cleanText(cell.v) : null;
  if (text === '') return { ok: true, value: null };

  switch (kind) {
    case 'code':
    case 'phone':
      // A number in a code column has already lost digits or leading zeros: never accept it.
      if (cell.t === 'n' || (text !== null && SCIENTIFIC.test(text.normalize('NFKC')))) return { ok: false, problem: 'codeAsNumber' };
      return { ok: true, value: normalizeCode(text ?? cellToString(cell, opts.date1904) ?? '') || null };
    case 'email':
      return { ok: true, value: (text ?? cellToString(cell, opts.date1904) ?? '').normalize('NFKC').replace(/\s+/g, '') || null };
    case 'date': {
      const value =
        cell.t === 'd' ? jsDateToIso(cell.v) : cell.t === 'n' ? excelSerialToIso(cell.v, opts.date1904) : text !== null ? parseTextDate(text) : null;
      return value ? { ok: true, value } : { ok: false, problem: 'dateInvalid', params: { value: cellToString(cell, opts.date1904) ?? '' } };
    }
    case 'int': {
      const n = cell.t === 'n' ? cell.v : text !== null ? number(text) : null;
      return n !== null && Number.isInteger(n) ? { ok: true, value: String(n) } : { ok: false, problem: 'numberInvalid' };
    }
    case 'money': {
      // Amounts are typed in 元 (or in 万元 when the header says so) and stored as integer 分,
      // so at most two decimals of 元; reading a 万元 column as 元 would be 10,000 times off.
      const n = cell.t === 'n' ? cell.v : text !== null ? number(text.replace(/^[¥￥]|万?元$/g, '')) : null;
      if (n === null) return { ok: false, problem: 'moneyInvalid' };
      const exact = n * (opts.moneyUnit === 'wanyuan' ? 1_000_000 : 100);
      const fen = Math.round(exact);
      return Math.abs(fen - exact) < 1e-6 ? { ok: true, value: String(fen) } : { ok: false, problem: 'moneyInvalid' };
    }
    case 'bool':
      if (cell.t === 'b') return { ok: true, value: cell.v ? 'true' : 'false' };
      return { ok: true, value: text };
    case 'text':
    case 'enum':
    case 'list':
      return { ok: true, value: normalizeName(text ?? cellToString(cell, opts.date1904) ?? '') || null };
    case 'longText':
      return { ok: true, value: (text ?? cellToString(cell, opts.date1904) ?? '').normalize('NFC') || null };
  }
}
