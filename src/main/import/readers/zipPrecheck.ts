import yauzl from 'yauzl';
import { DomainError } from '../../errors';
import type { ImportLimits } from '../limits';

export interface ZipDeclaration {
  entries: number;
  declaredBytes: number;
  compressedBytes: number;
}

function limitError(reason: string, details: Record<string, unknown>): DomainError {
  return new DomainError('VALIDATION', `the spreadsheet exceeds an import limit (${reason})`, {
    issues: [{ path: ['file'], message: `import.limit.${reason}` }],
    details: { reason, ...details },
  });
}

function notXlsx(): DomainError {
  return new DomainError('VALIDATION', 'not an .xlsx file (save it in Excel as .xlsx)', {
    issues: [{ path: ['file'], message: 'import.notXlsx' }],
  });
}

/**
 * Reads only the zip central directory (yauzl, lazyEntries, no entry is opened) and
 * refuses a file whose declared sizes, ratio or entry count exceed the limits
 * (reliability.md §9): nothing is inflated before this passes. Declared sizes can lie;
 * the worker's memory cap and timeout catch that.
 */
export function precheckZip(bytes: Buffer, limits: ImportLimits): Promise<ZipDeclaration> {
  if (bytes.length > limits.maxFileBytes) {
    return Promise.reject(limitError('fileSize', { bytes: bytes.length, max: limits.maxFileBytes }));
  }
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: true }, (openError, zip) => {
      if (openError || !zip) {
        reject(notXlsx());
        return;
      }
      if (zip.entryCount > limits.maxEntries) {
        zip.close();
        reject(limitError('entries', { entries: zip.entryCount, max: limits.maxEntries }));
        return;
      }
      let declaredBytes = 0;
      let compressedBytes = 0;
      let failed = false;
      const fail = (error: DomainError): void => {
        failed = true;
        zip.close();
        reject(error);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        declaredBytes += entry.uncompressedSize;
        compressedBytes += entry.compressedSize;
        if (declaredBytes > limits.maxDeclaredBytes) {
          fail(limitError('declaredSize', { declaredBytes, max: limits.maxDeclaredBytes }));
          return;
        }
        // Tiny parts compress extremely well and are harmless; the ratio matters for big ones.
        if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)) {
          fail(limitError('ratio', { entry: entry.fileName, max: limits.maxRatio }));
          return;
        }
        zip.readEntry();
      });
      zip.on('end', () => {
        if (failed) return;
        if (declaredBytes > limits.maxRatio * Math.max(1, compressedBytes) && declaredBytes > 1024 * 1024) {
          reject(limitError('ratio', { declaredBytes, compressedBytes, max: limits.maxRatio }));
          return;
        }
        resolve({ entries: zip.entryCount, declaredBytes, compressedBytes });
      });
      zip.on('error', () => {
        if (!failed) fail(notXlsx());
      });
      zip.readEntry();
    });
  });
}
