import ExcelJS from 'exceljs';
import type { JobHandle } from '../jobs/jobRegistry';
import { writeAtomically } from '../reports/atomicFile';
import { neutraliseText } from '../reports/render/cellValues';

// One sheet of a list page as shown (the selection or the filtered list): streamed, header
// frozen, widths from the labels, text guarded against formula injection like reports.

export type ListCell = string | number | null;

export interface ListColumn<T> {
  header: string;
  width: number;
  value: (row: T) => ListCell;
}

/** Rows between progress reports and a yield to the event loop. */
const BATCH = 200;

export async function writeListXlsx<T>(
  file: string,
  sheet: { name: string; columns: readonly ListColumn<T>[]; rows: AsyncIterable<T>; total: number },
  job: JobHandle,
): Promise<number> {
  return writeAtomically(file, async (temp) => {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: false });
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({ key: String(i), width: c.width }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    let written = 0;
    for await (const row of sheet.rows) {
      job.throwIfCancelled();
      // null stays a blank cell, never 0 or 无.
      ws.addRow(sheet.columns.map((c) => {
        const v = c.value(row);
        return typeof v === 'string' ? neutraliseText(v) : v;
      })).commit();
      written++;
      if (written % BATCH === 0) {
        job.progress('writing', written, sheet.total);
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    ws.commit();
    await workbook.commit();
    job.progress('done', written, sheet.total);
    return written;
  });
}
