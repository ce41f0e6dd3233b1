import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { REPORT_DEFINITIONS } from '../../../src/main/reports/definitions';
import { REPORT_IDS, type ReportId } from '@shared/domain/report';
import { makeTempDir } from '../../helpers/tempDir';
import { registerCore } from './registerTestContext';

// Issue 11: every report with an upload layout (found from REPORT_DEFINITIONS, so reports added
// later are covered) is exported on the sample data and its sheet read back: row 1 must be
// exactly the ```upload Rn block of docs/official-tables.md, nothing but data rows follow, and
// every report with buildUpload has a block and every block a report.

const DOC = path.resolve(__dirname, '../../../docs/official-tables.md');

/** The ```upload Rn blocks: report id → header texts, one per line, in order. */
export function uploadBlocks(markdown: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const pattern = /^```upload (R\d+)\r?\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    const id = match[1] ?? '';
    expect(blocks.has(id), `two upload blocks for ${id}`).toBe(false);
    blocks.set(
      id,
      (match[2] ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    );
  }
  return blocks;
}

const withUpload = REPORT_IDS.filter((id) => REPORT_DEFINITIONS[id]?.buildUpload !== undefined);
let core: Core;
let outDir: string;

beforeAll(async () => {
  core = await registerCore();
  await core.services.seed.sample({ mode: 'sample' });
  await core.services.settings.update({ college: { fullName: '示例职业技术学院', legalRepresentative: null, address: null, uscc: null, schoolCode: '12345' } });
  outDir = makeTempDir();
}, 120_000);
afterAll(() => core.close());

describe('upload layouts match docs/official-tables.md', () => {
  const blocks = uploadBlocks(fs.readFileSync(DOC, 'utf8'));

  it('every report with buildUpload has an upload block, and every block a report with buildUpload', () => {
    expect(withUpload).toContain('R3');
    expect(withUpload).toContain('R4');
    expect([...blocks.keys()].sort()).toEqual([...withUpload].sort());
  });

  it.each(withUpload.map((id) => [id] as [ReportId]))('%s: row 1 is the documented header, then data rows only', async (id) => {
    const definition = REPORT_DEFINITIONS[id];
    const period = definition?.descriptor.periodKind === 'calendar' ? { kind: 'calendar' as const, year: 2025 } : { kind: 'academic' as const, startYear: 2025 };
    const out = path.join(outDir, `${id}.xlsx`);
    const preview = await core.services.reports.build({ reportId: id, period, layout: 'upload' });
    const result = await core.services.reports.exportToFile({ reportId: id, period, layout: 'upload' }, 'xlsx', out);
    const expected = blocks.get(id) ?? [];
    expect(expected.length, `docs/official-tables.md has no \`\`\`upload ${id} block`).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const section = preview.sections[0];
    if (!section) throw new Error('no section');
    expect(sheet.name).toBe(section.sheetName);
    // Column by column: the documented text, and nothing after the last column.
    expected.forEach((label, i) => expect(sheet.getRow(1).getCell(i + 1).value, `${id} column ${i + 1}`).toBe(label));
    expect(sheet.getRow(1).cellCount).toBe(expected.length);
    expect(section.columns.map((c) => c.label)).toEqual(expected);
    // One data row per record, no title, total or note rows; refused rows are said, not written.
    expect(sheet.rowCount).toBe(1 + result.rows);
    expect(result.refused).toEqual(preview.refused);
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      section.columns.forEach((column, i) => {
        const cell = row.getCell(i + 1);
        if (cell.value === null) return;
        if (column.code || column.type === 'yearMonth' || column.type === 'date' || column.type === 'text') {
          expect(typeof cell.value, `${id} ${column.label} row ${n}`).toBe('string');
          expect(String(cell.value)).not.toBe('');
        }
        if (column.code || column.type === 'yearMonth') expect(cell.numFmt, `${id} ${column.label}`).toBe('@');
        if (column.type === 'integer' || column.type === 'money') expect(typeof cell.value, `${id} ${column.label} row ${n}`).toBe('number');
      });
    });
  });
});
