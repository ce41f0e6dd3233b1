// What a reader hands on: cells as tagged values (so a number stays a number until the
// field decides what it may be), merged ranges, and where the grid came from.

export type RawCell =
  | { t: 's'; v: string }
  | { t: 'n'; v: number }
  | { t: 'b'; v: boolean }
  /** A date-formatted cell; ExcelJS gives it in UTC, kept as epoch milliseconds. */
  | { t: 'd'; v: number }
  | { t: 'e'; v: string }
  /** A formula whose cached result is missing: never evaluated, a row error. */
  | { t: 'f' }
  | null;

/** A merged range, 0-based and inclusive. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawTable {
  format: 'xlsx' | 'csv';
  rows: RawCell[][];
  merges: MergeRange[];
  date1904: boolean;
  sheetName: string | null;
  sheetNames: string[];
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | null;
  delimiter: string | null;
}
