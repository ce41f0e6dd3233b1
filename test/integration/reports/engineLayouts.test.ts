import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ReportRow, ReportTable } from '../../../src/shared/domain/report';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { writeReportCsv } from '../../../src/main/reports/render/csvWriter';
import { writeReportXlsx } from '../../../src/main/reports/render/xlsxWriter';
import { makeTempDir } from '../../helpers/tempDir';
import { COLUMNS, DATA_ROWS, sampleTable, TOTAL_ROW } from './engineFixture';

// Issue 11: the upload layout (the platform's sheet) and the review layout's print setup,
// written by the real writers and read back with exceljs (and the raw sheet XML for blanks).

/** 万元 rounding from 分, half away from zero: 5 000 分 = 0.005 万元 → 0.01; −5 000 → −0.01; 4 999 → 0.00. */
const ROUNDING_ROWS: ReportRow[] = [
  { cells: { name: '半分进位', uscc: '91440300MA5FAAAA1X', donation: 5_000 } },
  { cells: { name: '负数进位', uscc: '91440300MA5FAAAA2X', donation: -5_000 } },
  { cells: { name: '不足半分', uscc: '91440300MA5FAAAA3X', donation: 4_999 } },
];

function uploadTable(): ReportTable {
  return sampleTable({
    layout: 'upload',
    refused: [],
    // A stray total row must never reach a platform.
    sections: [{ sheetName: '产学合作数据', title: '产学合作数据', columns: COLUMNS, rows: [...DATA_ROWS.slice(0, 2), ...ROUNDING_ROWS, TOTAL_ROW], notes: ['不应写出的说明'] }],
  });
}

async function readBack(file: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets).toHaveLength(1);
  const ws = workbook.worksheets[0];
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('upload layout, xlsx', () => {
  it('puts the exact labels on row 1 and data rows only after it, on a sheet named after the section', async () => {
    const file = path.join(makeTempDir(), 'upload.xlsx');
    await writeReportXlsx(uploadTable(), file, NO_JOB);
    const ws = await readBack(file);
    expect(ws.name).toBe('产学合作数据');
    // No unit appended: 订单培养数, not 订单培养数（人）.
    expect(ws.getRow(1).values).toEqual([undefined, '企业名称', '统一社会信用代码', '订单培养数', '对学校捐赠设备总值', '到账金额', '合作开始年月', '签订日期', '是否有效', '占比']);
    // 2 data rows + 3 rounding rows; no title, total or note row.
    expect(ws.rowCount).toBe(1 + 5);
    expect(ws.getRow(7).values).toEqual([]);
    expect((ws.views ?? []).filter((v) => v.state === 'frozen')).toEqual([]);
    expect(ws.autoFilter).toBeUndefined();
  });

  it('writes codes and 年月 as text cells with @, numbers as numbers, 万元 rounded to 2 decimals', async () => {
    const file = path.join(makeTempDir(), 'upload.xlsx');
    await writeReportXlsx(uploadTable(), file, NO_JOB);
    const ws = await readBack(file);
    const row = ws.getRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe('914403001922038216');
    expect(row.getCell(2).numFmt).toBe('@');
    expect(row.getCell(6).value).toBe('202509');
    expect(row.getCell(6).numFmt).toBe('@');
    expect(row.getCell(3).value).toBe(40);
    expect(row.getCell(4).value).toBe(123.46); // 123 456 789 分
    expect(row.getCell(4).numFmt).toBe('0.00');
    expect(row.getCell(5).value).toBe(-123.45); // 元, a refund
    expect(row.getCell(7).value).toBe('2025-09-15');
    expect(row.getCell(8).value).toBe('是');
    expect([4, 5, 6].map((r) => ws.getRow(r).getCell(4).value)).toEqual([0.01, -0.01, 0]);
    // USCC '0123' keeps its leading zero.
    expect(ws.getRow(3).getCell(2).value).toBe('0123');
  });

  it('leaves blanks truly empty: no cell element at all', async () => {
    const file = path.join(makeTempDir(), 'upload.xlsx');
    await writeReportXlsx(uploadTable(), file, NO_JOB);
    const ws = await readBack(file);
    // Row 3 has only a name, a USCC and 是否有效 = 否.
    expect([3, 4, 5, 6, 7, 9].map((c) => ws.getRow(3).getCell(c).type)).toEqual(Array(6).fill(ExcelJS.ValueType.Null));
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    for (const ref of ['C3', 'D3', 'E3', 'F3', 'G3', 'I3']) expect(xml).not.toContain(`r="${ref}"`);
    expect(xml).toContain('r="H3"');
  });
});

describe('upload layout, csv', () => {
  it('writes the exact labels and the data rows, nothing else', async () => {
    const file = path.join(makeTempDir(), 'upload.csv');
    const table = uploadTable();
    await writeReportCsv(table, file, NO_JOB);
    const lines = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('企业名称,统一社会信用代码,订单培养数,对学校捐赠设备总值,到账金额,合作开始年月,签订日期,是否有效,占比');
    expect(lines.filter((l) => l.startsWith('合计'))).toEqual([]);
    expect(lines.slice(-4)).toEqual(['半分进位,91440300MA5FAAAA1X,,0.01,,,,,', '负数进位,91440300MA5FAAAA2X,,-0.01,,,,,', '不足半分,91440300MA5FAAAA3X,,0.00,,,,,', '']);
  });
});

describe('review layout print setup', () => {
  it('prints landscape, one page wide, the header row repeated, thin borders on the table', async () => {
    const file = path.join(makeTempDir(), 'review.xlsx');
    await writeReportXlsx(sampleTable(), file, NO_JOB);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    for (const ws of workbook.worksheets) {
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' });
    }
    const ws = workbook.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.headerFooter.oddHeader).toBe('&C深圳职业技术大学 · 专业产学合作情况表 · 2025-2026学年');
    const thin = { style: 'thin' };
    const expected = { top: thin, left: thin, bottom: thin, right: thin };
    expect(ws.getCell('A2').border).toMatchObject(expected); // header
    expect(ws.getCell('B3').border).toMatchObject(expected); // data
    expect(ws.getCell('C4').border).toMatchObject(expected); // a blank cell of the table
    expect(ws.getCell('C4').value).toBeNull();
    // The title row and the notes under the table have no border.
    expect(ws.getCell('A1').border?.top).toBeUndefined();
    // The fitToPage flag is what Excel and WPS obey: it must be in the sheet XML itself.
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    expect((await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '').toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
  });
});
