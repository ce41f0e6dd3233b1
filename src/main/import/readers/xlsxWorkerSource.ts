// The code of the parsing worker, as a string for `new Worker(source, { eval: true })`:
// a worker file would need its own bundle entry in electron-vite and a loader under
// vitest/tsx; an eval worker runs the same everywhere. It gets the path of exceljs in
// workerData, parses the workbook (reliability.md §9: ExcelJS only inside the worker,
// under a memory cap and a timeout) and posts back plain tagged cells, nothing else.
export const XLSX_WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const ExcelJS = require(workerData.exceljsPath);

function conv(v) {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return { t: 's', v };
  if (typeof v === 'number') return { t: 'n', v };
  if (typeof v === 'boolean') return { t: 'b', v };
  if (v instanceof Date) return { t: 'd', v: v.getTime() };
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return { t: 's', v: v.richText.map((r) => String(r.text ?? '')).join('') };
    if ('error' in v) return { t: 'e', v: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      return v.result === undefined || v.result === null ? { t: 'f' } : conv(v.result);
    }
    if ('text' in v) return conv(v.text);
  }
  return { t: 's', v: String(v) };
}

async function main() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(workerData.bytes));
  const sheets = workbook.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden');
  const sheetNames = sheets.map((ws) => ws.name);
  const sheet = workerData.sheet
    ? sheets.find((ws) => ws.name === workerData.sheet)
    : sheets.find((ws) => ws.actualRowCount > 0) ?? sheets[0];
  if (!sheet) return { ok: false, reason: 'sheet', sheetNames };
  if (sheet.rowCount > workerData.maxRows) return { ok: false, reason: 'rows', rows: sheet.rowCount, max: workerData.maxRows };
  if (sheet.columnCount > workerData.maxColumns) {
    return { ok: false, reason: 'columns', columns: sheet.columnCount, max: workerData.maxColumns };
  }
  const rows = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      // The other cells of a merged range echo the master's value; report them empty and
      // send the ranges, so the caller decides what a merge means (header or fill-down).
      cells.push(cell.type === ExcelJS.ValueType.Merge ? null : conv(cell.value));
    }
    rows.push(cells);
  }
  const merges = (sheet.model.merges || []).map((ref) => ref);
  const date1904 = Boolean(workbook.properties && workbook.properties.date1904);
  return { ok: true, rows, merges, date1904, sheetName: sheet.name, sheetNames };
}

main().then(
  (result) => parentPort.postMessage(result),
  (error) => parentPort.postMessage({ ok: false, reason: 'parse', message: String(error && error.message || error) }),
);
`;
