import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/main/errors';
import { makeTempDir } from '../../helpers/tempDir';
import * as corpus from './corpus';
import { importCore } from './importFixture';

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

async function setup(limits = {}) {
  const t = await importCore(limits);
  close = () => t.core.close();
  return t;
}

async function failure(p: Promise<unknown>): Promise<{ code: string; key: string | undefined }> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  const d = error as DomainError;
  return { code: d.code, key: d.issues?.[0]?.message };
}

describe('hostile spreadsheets', () => {
  it('rejects a zip bomb from its central directory without starting the parser', async () => {
    const t = await setup();
    expect(await failure(t.analyze('炸弹.xlsx', corpus.zipBomb()))).toEqual({ code: 'VALIDATION', key: 'import.limit.declaredSize' });
    expect(t.workersStarted()).toBe(0);
  });

  it('rejects a zip with 10,000 entries without starting the parser', async () => {
    const t = await setup();
    expect(await failure(t.analyze('多条目.xlsx', corpus.manyEntries(10_000)))).toEqual({ code: 'VALIDATION', key: 'import.limit.entries' });
    expect(t.workersStarted()).toBe(0);
  });

  it('stops a workbook whose declared sizes lie at the worker memory cap or timeout; the main process goes on', async () => {
    const t = await setup({ workerHeapMb: 24, workerTimeoutMs: 8000 });
    const result = await failure(t.analyze('撒谎.xlsx', await corpus.lyingSizes()));
    expect(t.workersStarted()).toBe(1);
    expect(['import.worker.memory', 'import.worker.timeout']).toContain(result.key);
    // Still alive and usable.
    const ok = await t.analyze('名单.csv', corpus.csvUtf8(true));
    expect(ok.rows).toHaveLength(2);
  });

  it('rejects an oversize sheet (60,000 rows) with a message', async () => {
    const t = await setup();
    expect(await failure(t.analyze('大表.xlsx', await corpus.oversizeSheet(60_000)))).toEqual({ code: 'VALIDATION', key: 'import.limit.rows' });
  }, 120_000);

  it('refuses a file over 10 MB before decoding it', async () => {
    const t = await setup();
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x41);
    expect(await failure(t.imports.analyze({ fileName: 'a.csv', dataBase64: 'AA==', bytes: big, entity: 'partners' }))).toEqual({ code: 'VALIDATION', key: 'import.limit.fileSize' });
  });
});

describe('dates', () => {
  it.each([false, true])('reads four text styles, serials and date cells alike (date1904 = %s)', async (date1904) => {
    const t = await setup();
    await t.core.services.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: corpus.HUAWEI });
    const a = await t.analyze('协议.xlsx', await corpus.datesWorkbook(date1904), 'agreements');
    expect(a.errors).toEqual([]);
    expect(a.rows.map((r) => r.values['signDate'])).toEqual(Array(6).fill('2021-03-05'));
    const result = await t.imports.commit({ analysisId: a.analysisId, mode: 'all-or-nothing', jobId: 'job-dates' });
    expect(result.created).toBe(6);
  });
});

describe('error report and template', () => {
  it('writes the original rows with an error column in Chinese', async () => {
    const t = await setup();
    const a = await t.analyze('名单.xlsx', await corpus.messyRoster());
    const file = path.join(makeTempDir(), '错误报告.xlsx');
    const produced = await t.imports.errorReport({ analysisId: a.analysisId }, file);
    expect(produced?.fileName).toBe('错误报告.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).values).toEqual([undefined, '行号', '单位名称', '统一社会信用代码', '合作状态', '联系人信息/姓名', '联系人信息/手机', '备注', '错误']);
    expect(ws?.getCell('A3').value).toBe(5);
    // Row 5's wrong check character is a warning since issue 10, not an error.
    expect(ws?.getCell('H3').value).toBeNull();
    expect(String(ws?.getCell('H4').value)).toContain('请将该列设为文本格式后重新输入');
    expect(ws?.getCell('H2').value).toBeNull();
  });

  it('has text-formatted code columns, drop-downs of Chinese labels and an example row that imports cleanly', async () => {
    const t = await setup();
    const file = path.join(makeTempDir(), '模板.xlsx');
    await t.imports.template({ entity: 'partners' }, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    expect(ws?.getCell('A1').value).toBe('单位名称*');
    expect(ws?.getCell('B1').value).toBe('统一社会信用代码');
    expect(ws?.getCell('B2').numFmt).toBe('@');
    expect(ws?.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ["'选项'!$A$1:$A$6"] });
    expect(wb.getWorksheet('选项')?.getCell('A1').value).toBe('企业');
    const a = await t.analyze('模板.xlsx', fs.readFileSync(file));
    expect(a.errors).toEqual([]);
    expect(a.rows).toHaveLength(1);
  });
});
