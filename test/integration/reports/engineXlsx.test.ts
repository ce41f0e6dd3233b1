import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import { writeReportXlsx } from '../../../src/main/reports/render/xlsxWriter';
import { makeTempDir } from '../../helpers/tempDir';
import { DATA_ROWS, FORBIDDEN_SHEET_NAME, INJECTIONS, sampleTable } from './engineFixture';

// The xlsx writer on a hand-made table, read back with exceljs: what Excel/WPS will see.

async function writeAndRead(useSharedStrings = false): Promise<ExcelJS.Workbook> {
  const file = path.join(makeTempDir(), 'report.xlsx');
  const result = await writeReportXlsx(sampleTable(), file, NO_JOB, { useSharedStrings });
  expect(result.rows).toBe(DATA_ROWS.length + 1 + 1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, index: number): ExcelJS.Worksheet {
  const ws = workbook.worksheets[index];
  if (!ws) throw new Error(`no sheet ${index}`);
  return ws;
}

describe('writeReportXlsx', () => {
  it('names the sheets in Chinese, sanitising forbidden characters and cutting to 31', async () => {
    const workbook = await writeAndRead();
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['专业产学合作情况表', '经费_来源_收支_明细_按_年_2025_']);
    expect(FORBIDDEN_SHEET_NAME).not.toBe(sheet(workbook, 1).name);
  });

  it('writes the title row merged across the columns, then "label（unit）" headers', async () => {
    const ws = sheet(await writeAndRead(), 0);
    expect(ws.getCell('A1').value).toBe('深圳职业技术大学 · 专业产学合作情况表 · 2025-2026学年');
    expect(ws.getCell('I1').isMerged).toBe(true);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '企业名称',
      '统一社会信用代码',
      '订单培养数（人）',
      '对学校捐赠设备总值（万元）',
      '到账金额（元）',
      '合作开始年月',
      '签订日期',
      '是否有效',
      '占比',
    ]);
  });

  it('freezes the panes below the header and puts the autofilter on it', async () => {
    const ws = sheet(await writeAndRead(), 0);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:I2');
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(18);
  });

  it('writes typed cells: numbers with formats, real dates, codes as text, blanks empty', async () => {
    const ws = sheet(await writeAndRead(), 0);
    const row = ws.getRow(3);
    expect(row.getCell(1).value).toBe('华为技术有限公司');
    expect(row.getCell(2)).toMatchObject({ value: '914403001922038216', numFmt: '@', type: ExcelJS.ValueType.String });
    expect(row.getCell(3)).toMatchObject({ value: 40, numFmt: '0', type: ExcelJS.ValueType.Number });
    expect(row.getCell(4)).toMatchObject({ value: 123.46, numFmt: '0.00', type: ExcelJS.ValueType.Number });
    expect(row.getCell(5)).toMatchObject({ value: -123.45, numFmt: '#,##0.00', type: ExcelJS.ValueType.Number });
    expect(row.getCell(6)).toMatchObject({ value: '202509', numFmt: '@', type: ExcelJS.ValueType.String });
    expect(row.getCell(7).value).toBeInstanceOf(Date);
    expect((row.getCell(7).value as Date).toISOString()).toBe('2025-09-15T00:00:00.000Z');
    expect(row.getCell(7).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(8).value).toBe('是');
    expect(row.getCell(9)).toMatchObject({ value: 0.25, numFmt: '0.0%' });

    const empty = ws.getRow(4);
    expect(empty.getCell(1).value).toBe('深圳市"逗号,引号"与\n换行科技有限公司');
    expect(empty.getCell(2).value).toBe('0123'); // leading zero kept: text, not a number
    for (const col of [3, 4, 5, 6, 7, 9]) {
      expect(empty.getCell(col).value, `column ${col}`).toBeNull();
      expect(empty.getCell(col).type).toBe(ExcelJS.ValueType.Null);
    }
    expect(empty.getCell(8).value).toBe('否');
  });

  it('neutralises each formula trigger with a leading quote, in data, codes and notes', async () => {
    const ws = sheet(await writeAndRead(), 0);
    const names = INJECTIONS.map((_, i) => ws.getRow(5 + i).getCell(1).value);
    // NUL is not allowed in XML (exceljs drops it) and XML parsing reads CR as LF; the prefix stays.
    expect(names).toEqual(["'=1+1", "'+86 123", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\nCR", "'\nLF", "'NUL"]);
    for (let i = 0; i < INJECTIONS.length; i += 1) {
      const cell = ws.getRow(5 + i).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(ws.getRow(5 + i).getCell(2).value).toBe(`'-9${i}`);
    }
    const lastData = 5 + INJECTIONS.length; // total row
    expect(ws.getRow(lastData + 3).getCell(1).value).toBe('\'=HYPERLINK("http://evil")');
    expect(ws.getRow(lastData + 2).getCell(1).value).toBe('注：金额单位见表头。');
  });

  it('writes total rows bold and keeps negative totals numeric', async () => {
    const ws = sheet(await writeAndRead(), 0);
    const total = ws.getRow(5 + INJECTIONS.length);
    expect(total.getCell(1).value).toBe('合计');
    expect(total.getCell(1).font?.bold).toBe(true);
    expect(total.getCell(3)).toMatchObject({ value: 68, type: ExcelJS.ValueType.Number });
    expect(total.getCell(3).font?.bold).toBe(true);
    expect(total.getCell(5).value).toBe(-123.45);
    expect(ws.getRow(3).getCell(1).font?.bold).toBeFalsy();
  });

  it('reads back the same with shared strings on', async () => {
    const ws = sheet(await writeAndRead(true), 0);
    expect(ws.getRow(3).getCell(1).value).toBe('华为技术有限公司');
    expect(ws.getRow(5).getCell(1).value).toBe("'=1+1");
    expect(ws.getRow(4).getCell(3).value).toBeNull();
  });
});
