import iconv from 'iconv-lite';
import type { RawCell, RawTable } from './rawTable';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * reliability.md §9, in this order: a BOM decides; else strict UTF-8; else GB18030
 * (Chinese Excel's "CSV (逗号分隔)" is code page 936, and GB18030 is its superset).
 * iconv-lite, not TextDecoder('gb18030'), so Electron builds don't depend on their ICU.
 */
export function decodeText(bytes: Buffer, forced?: CsvEncoding): { text: string; encoding: CsvEncoding } {
  if (forced) return { text: decodeAs(stripBom(bytes, forced), forced), encoding: forced };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gb18030' };
  }
}

function stripBom(bytes: Buffer, encoding: CsvEncoding): Buffer {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if (encoding === 'utf-16le' && bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2);
  if (encoding === 'utf-16be' && bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2);
  return bytes;
}

function decodeAs(bytes: Buffer, encoding: CsvEncoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  if (encoding === 'utf-16le') return new TextDecoder('utf-16le').decode(bytes);
  return iconv.decode(bytes, encoding === 'utf-16be' ? 'utf-16be' : 'gb18030');
}

const CANDIDATES = [',', ';', '\t'] as const;

/** Counts a delimiter outside quotes on each of the first lines. */
function countsPerLine(text: string, delimiter: string, maxLines = 20): number[] {
  const counts: number[] = [];
  let count = 0;
  let quoted = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) count++;
    else if (!quoted && ch === '\n') {
      counts.push(count);
      count = 0;
    }
  }
  if (counts.length < maxLines && count > 0) counts.push(count);
  return counts;
}

/** The delimiter used on most lines (title rows have none), ties to the one with more fields. */
export function detectDelimiter(text: string, preferTab: boolean): string {
  let best: string = preferTab ? '\t' : ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(text, d);
    const lines = counts.filter((c) => c > 0).length;
    const score = lines * 1000 + Math.max(0, ...counts);
    if (score > bestScore || (score === bestScore && preferTab && d === '\t')) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 fields: quotes double to escape, quoted fields may span lines; CRLF or LF. */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Reads a CSV or "Unicode text" file into the same table shape as a sheet; every cell is text. */
export function readCsv(bytes: Buffer, options: { encoding?: CsvEncoding } = {}): RawTable {
  const decoded = decodeText(bytes, options.encoding);
  let text = decoded.text;
  // Excel's `sep=;` first line names the delimiter and is not data.
  const sep = /^sep=(.)\r?\n/.exec(text);
  let delimiter: string;
  if (sep?.[1]) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(text, decoded.encoding !== 'utf-8' && decoded.encoding !== 'gb18030');
  }
  const rows: RawCell[][] = parseDelimited(text, delimiter).map((r) => r.map((v) => (v === '' ? null : { t: 's', v })));
  return {
    format: 'csv',
    rows,
    merges: [],
    date1904: false,
    sheetName: null,
    sheetNames: [],
    encoding: decoded.encoding,
    delimiter,
  };
}
