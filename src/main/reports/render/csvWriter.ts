import fs from 'node:fs';
import { once } from 'node:events';
import type { ReportSection, ReportTable } from '@shared/domain/report';
import type { JobHandle } from '../../jobs/jobRegistry';
import { headerLabel, neutraliseText, outputCell } from './cellValues';

// CSV for machines first (the state-data platform's import, other tools): UTF-8 with a BOM
// (without it Chinese Excel reads the ANSI code page), RFC 4180 quoting, CRLF line ends.
// A one-section report is the header row and the data rows, nothing else. A report with
// several sections writes each one as its title line, header and rows, separated by an
// empty line. Notes are not written (they are in xlsx and PDF). The upload layout (one
// section) is its header, the platform's exact texts without units, and its data rows.

export const CSV_BATCH_ROWS = 500;
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** RFC 4180: quote fields containing a comma, quote, CR or LF; double the quotes. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + CRLF;
}

function rowFields(section: ReportSection, row: ReportSection['rows'][number]): string[] {
  return section.columns.map((column) => {
    const out = outputCell(row.cells[column.key], column);
    switch (out.kind) {
      case 'blank':
        return '';
      case 'number':
        return out.csv;
      case 'date':
        return out.iso;
      case 'text':
        return out.text;
    }
  });
}

/** Writes `table` to `file` as CSV; throws CANCELLED when the job is cancelled. */
export async function writeReportCsv(table: ReportTable, file: string, job: JobHandle): Promise<{ rows: number }> {
  const stream = fs.createWriteStream(file, { encoding: 'utf8' });
  const total = table.sections.reduce((sum, s) => sum + s.rows.length, 0);
  const many = table.sections.length > 1;
  let done = 0;
  const write = async (chunk: string): Promise<void> => {
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  try {
    job.progress('writing', 0, total);
    await write(BOM);
    for (const [index, section] of table.sections.entries()) {
      job.throwIfCancelled();
      if (many) await write((index > 0 ? CRLF : '') + csvLine([neutraliseText(section.title)]));
      // Upload layout: the platform's exact header texts, never a unit appended.
      const upload = table.layout === 'upload';
      await write(csvLine(section.columns.map((c) => neutraliseText(upload ? c.label : headerLabel(c)))));
      let chunk = '';
      let pending = 0;
      for (const row of section.rows) {
        if (upload && row.kind !== undefined && row.kind !== 'data') continue;
        chunk += csvLine(rowFields(section, row));
        pending += 1;
        if (pending === CSV_BATCH_ROWS) {
          await write(chunk);
          done += pending;
          chunk = '';
          pending = 0;
          job.progress('writing', done, total);
          job.throwIfCancelled();
        }
      }
      await write(chunk);
      done += pending;
      job.progress('writing', done, total);
      job.throwIfCancelled();
    }
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    // Release the handle before the caller removes the temporary file.
    if (!stream.closed) {
      const closed = once(stream, 'close').catch(() => undefined);
      stream.destroy();
      await closed;
    }
    throw error;
  }
  return { rows: total };
}
