import ExcelJS from 'exceljs';
import type { ReportColumn, ReportSection, ReportTable } from '@shared/domain/report';
import type { JobHandle } from '../../jobs/jobRegistry';
import { headerLabel, neutraliseText, NUM_FMT, outputCell, sheetNameOf } from './cellValues';

// The xlsx of a report through exceljs's streaming writer: rows are committed to the zip as
// they are written, so a 100 000-row register does not sit in memory as a workbook.

/** Rows between progress reports, cancellation checks and a yield to the event loop. */
export const XLSX_BATCH_ROWS = 500;

export interface XlsxOptions {
  /** Shared strings make smaller files but keep every distinct string in memory (see bench/). */
  useSharedStrings?: boolean;
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;
/** The upload layout: the platform reads the header from row 1 and data from row 2 on. */
const UPLOAD_HEADER_ROW = 1;

const THIN = { style: 'thin' } as const;
/** Thin borders on every table cell of the review layout, so a printed sheet reads as a table. */
const TABLE_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Review sheets print on landscape A4, one page wide (fitToPage is the flag Excel and WPS obey;
 * fitToWidth alone is ignored without it) and as many pages tall as needed, the header row
 * repeated on each page, the sheet's title in the page header and the page count in the footer.
 */
export function reviewPageSetup(): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    horizontalCentered: true,
  };
}

/** Text for an Excel header/footer section: & starts a code there, so it is doubled. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Display width in Excel character units: CJK and other wide characters count twice. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}

const TYPE_MIN_WIDTH: Record<ReportColumn['type'], number> = {
  text: 12,
  integer: 8,
  money: 14,
  date: 12,
  yearMonth: 9,
  boolean: 6,
  ratio: 8,
};

export function columnWidth(column: ReportColumn): number {
  const wanted = column.width ?? Math.max(TYPE_MIN_WIDTH[column.type], textWidth(headerLabel(column)) + 2);
  return Math.min(Math.max(wanted, 6), 60);
}

export function titleText(table: ReportTable, section: ReportSection): string {
  return `${table.college} · ${section.title || table.title} · ${table.periodLabel}`;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * One style object per (number format, bold): exceljs looks styles up by object identity
 * first, so sharing them keeps a 100 000-row sheet from re-registering a style per cell.
 */
function styleCache(border?: Partial<ExcelJS.Borders>): { get(numFmt: string | undefined, bold: boolean): Partial<ExcelJS.Style> } {
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  return {
    get(numFmt, bold) {
      const key = `${numFmt ?? ''}|${bold ? 'b' : ''}`;
      let style = cache.get(key);
      if (!style) {
        style = { ...(numFmt ? { numFmt } : {}), ...(bold ? { font: { bold: true } } : {}), ...(border ? { border } : {}) };
        cache.set(key, style);
      }
      return style;
    },
  };
}

/**
 * The upload layout (issue 11): the platform's header texts on row 1 exactly as given (no unit
 * appended), then one data row per key; no title, notes, totals, frozen panes or filters. Codes
 * and 年月 are text cells with the '@' format, numbers are numbers (万元 rounded to 2 decimals,
 * format 0.00), dates are 'YYYY-MM-DD' text (what import templates read), blanks have no cell.
 */
async function writeUploadSection(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  section: ReportSection,
  sheetName: string,
  onRows: (n: number) => Promise<void>,
): Promise<void> {
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = section.columns.map((column) => ({ key: column.key, width: columnWidth(column) }));
  const header = sheet.getRow(UPLOAD_HEADER_ROW);
  section.columns.forEach((column, i) => {
    header.getCell(i + 1).value = neutraliseText(column.label);
  });
  header.commit();

  const styles = styleCache();
  let pending = 0;
  let rowNumber = UPLOAD_HEADER_ROW;
  for (const row of section.rows) {
    // Only data rows reach a platform; a subtotal here would be a definition bug, not data.
    if (row.kind !== undefined && row.kind !== 'data') continue;
    rowNumber += 1;
    const excelRow = sheet.getRow(rowNumber);
    section.columns.forEach((column, i) => {
      const out = outputCell(row.cells[column.key], column);
      if (out.kind === 'blank') return;
      const cell = excelRow.getCell(i + 1);
      switch (out.kind) {
        case 'number':
          cell.value = out.value;
          cell.style = styles.get(out.numFmt, false);
          return;
        case 'date':
          cell.value = out.iso;
          cell.style = styles.get(NUM_FMT.text, false);
          return;
        case 'text':
          cell.value = out.text;
          cell.style = styles.get(out.code ? NUM_FMT.text : undefined, false);
          return;
      }
    });
    excelRow.commit();
    pending += 1;
    if (pending === XLSX_BATCH_ROWS) {
      await onRows(pending);
      pending = 0;
    }
  }
  if (pending > 0) await onRows(pending);
  sheet.commit();
}

async function writeSection(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  table: ReportTable,
  section: ReportSection,
  sheetName: string,
  onRows: (n: number) => Promise<void>,
): Promise<void> {
  const width = Math.max(section.columns.length, 1);
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW }],
    pageSetup: reviewPageSetup(),
    headerFooter: {
      oddHeader: `&C${headerFooterText(titleText(table, section))}`,
      oddFooter: '&C第 &P 页 共 &N 页',
    },
  });
  sheet.columns = section.columns.map((column) => ({ key: column.key, width: columnWidth(column) }));

  const title = sheet.getRow(TITLE_ROW);
  title.getCell(1).value = neutraliseText(titleText(table, section));
  title.getCell(1).font = { bold: true, size: 14 };
  if (width > 1) sheet.mergeCells(TITLE_ROW, 1, TITLE_ROW, width);
  title.commit();

  const header = sheet.getRow(HEADER_ROW);
  section.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = neutraliseText(headerLabel(column));
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = TABLE_BORDER;
  });
  header.commit();
  if (section.columns.length > 0) {
    sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: width } };
  }

  const styles = styleCache(TABLE_BORDER);
  let pending = 0;
  let rowNumber = HEADER_ROW;
  for (const row of section.rows) {
    rowNumber += 1;
    const excelRow = sheet.getRow(rowNumber);
    const bold = row.kind === 'total' || row.kind === 'subtotal';
    section.columns.forEach((column, i) => {
      const out = outputCell(row.cells[column.key], column);
      const cell = excelRow.getCell(i + 1);
      switch (out.kind) {
        case 'blank':
          // No value at all: a blank, never 0 (domain.md fill rules); only the border is drawn.
          cell.style = styles.get(undefined, bold);
          return;
        case 'number':
          cell.value = out.value;
          cell.style = styles.get(out.numFmt, bold);
          return;
        case 'date':
          cell.value = new Date(Date.UTC(out.year, out.month - 1, out.day));
          cell.style = styles.get(NUM_FMT.date, bold);
          return;
        case 'text':
          // A plain string, never { formula }: user text is data (reliability.md §10).
          cell.value = out.text;
          cell.style = styles.get(out.code ? NUM_FMT.text : undefined, bold);
          return;
      }
    });
    excelRow.commit();
    pending += 1;
    if (pending === XLSX_BATCH_ROWS) {
      await onRows(pending);
      pending = 0;
    }
  }
  if (pending > 0) await onRows(pending);

  if (section.notes && section.notes.length > 0) {
    rowNumber += 1;
    for (const note of section.notes) {
      rowNumber += 1;
      const noteRow = sheet.getRow(rowNumber);
      noteRow.getCell(1).value = neutraliseText(note);
      noteRow.commit();
    }
  }
  sheet.commit();
}

/**
 * Writes `table` to `file`, one worksheet per section. Throws CANCELLED when the job is
 * cancelled; the caller writes to a temporary name and removes it on failure.
 */
export async function writeReportXlsx(
  table: ReportTable,
  file: string,
  job: JobHandle,
  options: XlsxOptions = {},
): Promise<{ rows: number }> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: options.useSharedStrings ?? false,
  });
  workbook.creator = 'PartnerDesk';
  workbook.created = new Date(table.generatedAt);
  const total = table.sections.reduce((sum, s) => sum + s.rows.length, 0);
  let done = 0;
  job.progress('writing', 0, total);
  const taken = new Set<string>();
  try {
    for (const section of table.sections) {
      job.throwIfCancelled();
      const onRows = async (n: number): Promise<void> => {
        done += n;
        job.progress('writing', done, total);
        await yieldToEventLoop();
        job.throwIfCancelled();
      };
      const sheetName = sheetNameOf(section.sheetName, taken);
      if (table.layout === 'upload') await writeUploadSection(workbook, section, sheetName, onRows);
      else await writeSection(workbook, table, section, sheetName, onRows);
    }
  } catch (error) {
    // Close the zip so the file handle is released before the caller deletes the file.
    await workbook.commit().catch(() => undefined);
    throw error;
  }
  await workbook.commit();
  return { rows: total };
}
