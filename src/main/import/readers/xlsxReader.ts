import { Worker } from 'node:worker_threads';
import { DomainError } from '../../errors';
import { cancelledError } from '../../jobs/jobRegistry';
import type { ImportLimits } from '../limits';
import type { MergeRange, RawCell, RawTable } from './rawTable';
import { XLSX_WORKER_SOURCE } from './xlsxWorkerSource';
import { precheckZip } from './zipPrecheck';

export interface XlsxReadOptions {
  limits: ImportLimits;
  sheet?: string;
  /** Cancel: the worker is terminated, and the call rejects with CANCELLED once it has exited. */
  signal?: AbortSignal;
  /** Called when the parsing worker is started (tests assert a zip bomb never gets that far, and that Cancel ends it). */
  onWorkerStart?: (worker: Worker) => void;
}

type WorkerReply =
  | { ok: true; rows: RawCell[][]; merges: string[]; date1904: boolean; sheetName: string; sheetNames: string[] }
  | { ok: false; reason: 'sheet' | 'rows' | 'columns' | 'parse'; [key: string]: unknown };

function importError(key: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('VALIDATION', `cannot read the spreadsheet (${key})`, {
    issues: [{ path: ['file'], message: key }],
    details,
  });
}

const COLUMN = /^([A-Z]+)(\d+)$/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 'B2:D3' → 0-based inclusive range. */
export function parseRange(ref: string): MergeRange | null {
  const [a, b = a] = ref.split(':');
  const start = COLUMN.exec(a ?? '');
  const end = COLUMN.exec(b ?? '');
  if (!start?.[1] || !start[2] || !end?.[1] || !end[2]) return null;
  return { top: Number(start[2]) - 1, left: columnIndex(start[1]), bottom: Number(end[2]) - 1, right: columnIndex(end[1]) };
}

/**
 * Reads an .xlsx: zip precheck on the central directory first (nothing inflated), then
 * ExcelJS in a worker with a heap cap and a timeout, terminated on cancel. The main
 * process only ever sees plain cells, so a hostile file can at worst kill the worker.
 * However it ends (reply, error, timeout, cancel), the call settles only after the worker
 * has exited, so no parser keeps a core busy after the user saw "cancelled".
 */
export async function readXlsx(bytes: Buffer, options: XlsxReadOptions): Promise<RawTable> {
  await precheckZip(bytes, options.limits);
  if (options.signal?.aborted) throw cancelledError();
  const reply = await runWorker(bytes, options);
  if (!reply.ok) {
    if (reply.reason === 'rows' || reply.reason === 'columns') {
      throw importError(`import.limit.${reply.reason}`, { ...reply });
    }
    if (reply.reason === 'sheet') throw importError('import.noSheet', { ...reply });
    throw importError('import.notXlsx', { message: reply['message'] });
  }
  return {
    format: 'xlsx',
    rows: reply.rows,
    merges: reply.merges.map(parseRange).filter((m): m is MergeRange => m !== null),
    date1904: reply.date1904,
    sheetName: reply.sheetName,
    sheetNames: reply.sheetNames,
    encoding: null,
    delimiter: null,
  };
}

function runWorker(bytes: Buffer, options: XlsxReadOptions): Promise<WorkerReply> {
  const { limits } = options;
  const copy = new Uint8Array(bytes);
  const worker = new Worker(XLSX_WORKER_SOURCE, {
    eval: true,
    workerData: {
      bytes: copy,
      exceljsPath: require.resolve('exceljs'),
      sheet: options.sheet ?? null,
      maxRows: limits.maxRows,
      maxColumns: limits.maxColumns,
    },
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.workerHeapMb },
    stdout: true,
    stderr: true,
  });
  options.onWorkerStart?.(worker);
  return new Promise<WorkerReply>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      // terminate() resolves once the thread is gone (at once when it already exited).
      void worker.terminate().then(fn, fn);
    };
    const timer = setTimeout(() => {
      settle(() => reject(importError('import.worker.timeout', { timeoutMs: limits.workerTimeoutMs })));
    }, limits.workerTimeoutMs);
    const onAbort = (): void => settle(() => reject(cancelledError()));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: WorkerReply) => settle(() => resolve(reply)));
    worker.on('error', (error: Error & { code?: string }) => {
      const key = error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'import.worker.memory' : 'import.notXlsx';
      settle(() => reject(importError(key, { cause: error.message })));
    });
    worker.on('exit', () => settle(() => reject(importError('import.worker.memory', { cause: 'worker exited' }))));
  });
}
