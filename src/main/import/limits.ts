// reliability.md §9 limits, in one place so tests can pass smaller ones.

export interface ImportLimits {
  maxFileBytes: number;
  maxDeclaredBytes: number;
  maxRatio: number;
  maxEntries: number;
  maxRows: number;
  maxColumns: number;
  maxCellChars: number;
  workerHeapMb: number;
  workerTimeoutMs: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDeclaredBytes: 80 * 1024 * 1024,
  maxRatio: 100,
  maxEntries: 1000,
  maxRows: 50_000,
  maxColumns: 200,
  maxCellChars: 32_767,
  // Calibration: a legitimate 50,000 × 20 sheet needs ~400 MB of heap in ExcelJS.
  workerHeapMb: 1024,
  workerTimeoutMs: 60_000,
};
