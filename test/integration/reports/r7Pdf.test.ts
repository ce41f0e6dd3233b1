import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createCore } from '../../../src/main/core';
import { createChromiumPdfPrinter } from '../../../src/main/pdf/chromiumPdfPrinter';
import { displayText } from '../../../src/main/reports/render/cellValues';
import type { ReportTable } from '../../../src/shared/domain/report';
import { makeTempDir } from '../../helpers/tempDir';

// R7 printed on the sample data (issue 11): the charts come first, and the tables after them
// are printed whole: every indicator row with every one of its cells, the last column
// (增减率) included, so nothing is cut off at the page's edge or under a chart.

const printer = createChromiumPdfPrinter();
let core: Core;
let table: ReportTable;
let text: string;

beforeAll(async () => {
  core = await createCore({ dataDir: makeTempDir(), clock: () => new Date('2026-11-28T02:00:00Z'), actor: 'report-test', pdfPrinter: printer });
  await core.services.seed.sample({ mode: 'sample' });
  const request = { reportId: 'R7' as const, period: { kind: 'academic' as const, startYear: 2025 } };
  table = await core.services.reports.build(request);
  const file = path.join(makeTempDir(), 'r7.pdf');
  await core.services.reports.exportToFile(request, 'pdf', file);
  text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}, 120_000);
afterAll(async () => {
  core.close();
  await printer.close?.();
});

describe('R7 PDF', () => {
  it('prints every row of both tables with all its cells', () => {
    const lines = text.split('\n');
    let checked = 0;
    for (const section of table.sections) {
      for (const row of section.rows) {
        const cells = section.columns.map((c) => displayText(row.cells[c.key], c)).filter((v) => v !== '');
        const label = cells[0] ?? '';
        // The row's line holds its label and, to the right, every figure including the last column.
        // (The chart's axis labels also name indicators; the table row is the line that starts with one.)
        const holdsAll = (line: string): boolean => {
          let from = 0;
          for (const cell of cells) {
            const at = line.indexOf(cell, from);
            if (at < 0) return false;
            from = at + cell.length;
          }
          return true;
        };
        const rowLines = lines.filter((l) => l.trimStart().startsWith(label));
        expect(rowLines.some(holdsAll), `${label}: ${cells.join(' | ')} in ${JSON.stringify(rowLines)}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
