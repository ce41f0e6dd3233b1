import ExcelJS from 'exceljs';
import type { Language } from '@shared/i18n';
import type { TableAnalysis } from './analyze';
import { translate } from './translate';

// reliability.md §10: text that a spreadsheet could take for a formula gets a leading '.
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
export const safeText = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** The original rows as read, plus one column with every problem of the row in the user's language. */
export async function writeErrorReport(file: string, analysis: TableAnalysis, language: Language | null): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(translate(language, 'import.report.sheet'));
  const errorHeader = translate(language, 'import.report.errorColumn');
  ws.addRow([translate(language, 'import.report.rowColumn'), ...analysis.headers.map(safeText), errorHeader]).font = { bold: true };
  const byRow = new Map<number, string[]>();
  for (const e of analysis.errors) {
    const text = translate(language, e.key, e.params);
    const line = e.column ? `${e.column}: ${text}` : text;
    byRow.set(e.row, [...(byRow.get(e.row) ?? []), line]);
  }
  for (const r of analysis.rows) {
    const cells = analysis.headers.map((_, i) => r.raw[i] ?? null);
    const row = ws.addRow([r.row, ...cells.map((c) => (c === null ? null : safeText(c))), (byRow.get(r.row) ?? []).join('；') || null]);
    // Everything as text: the report must not turn codes back into numbers.
    row.eachCell((cell, col) => {
      if (col > 1) cell.numFmt = '@';
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  await wb.xlsx.writeFile(file);
}
