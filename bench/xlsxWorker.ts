import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { NO_JOB } from '../src/main/jobs/jobRegistry';
import { writeReportXlsx } from '../src/main/reports/render/xlsxWriter';
import { LEDGER_COLUMNS, ledgerTable } from './ledgerRows';

// One measurement in its own process, so peak RSS (getrusage maxRSS) is this writer's alone.
// Usage: tsx bench/xlsxWorker.ts ours|ours-shared|raw ROWS → one JSON line.

async function raw(table: ReturnType<typeof ledgerTable>, file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('协议台账');
  sheet.addRow(LEDGER_COLUMNS.map((c) => c.label)).commit();
  const section = table.sections[0];
  for (const row of section?.rows ?? []) {
    sheet
      .addRow(
        LEDGER_COLUMNS.map((c) => {
          const v = row.cells[c.key];
          if (v === null || v === undefined) return null;
          if (c.type === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
          if (c.type === 'money' && typeof v === 'number') return v / 100;
          return v;
        }),
      )
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function main(): Promise<void> {
  const [mode = 'ours', rowsText = '100000'] = process.argv.slice(2);
  const table = ledgerTable(Number(rowsText));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-bench-'));
  const file = path.join(dir, 'ledger.xlsx');
  const started = performance.now();
  if (mode === 'raw') await raw(table, file);
  else await writeReportXlsx(table, file, NO_JOB, { useSharedStrings: mode === 'ours-shared' });
  const ms = performance.now() - started;
  const bytes = fs.statSync(file).size;
  fs.rmSync(dir, { recursive: true, force: true });
  // maxRSS is in kilobytes on Linux and macOS.
  console.log(JSON.stringify({ mode, ms, bytes, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
