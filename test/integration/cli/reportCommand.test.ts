import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import { createCore } from '../../../src/main/core';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';

// `partnerdesk report …` end to end on a real data folder. The registry is replaced by
// test-only definitions, so the command is tested apart from the reports' own queries.
vi.mock('../../../src/main/reports/definitions', async () => {
  const fixture = await import('../reports/engineFixture');
  return {
    REPORT_DEFINITIONS: {
      R10: fixture.echoDefinition('R10', {}, 30),
      R12: fixture.echoDefinition('R12', { title: '合作企业名录', periodKind: 'calendar', formats: ['xlsx', 'csv'], filters: ['orgUnitId'] }),
      R8: fixture.echoDefinition('R8', { title: '企业年报素材', formats: ['pdf', 'xlsx'], needsOrganisation: true, filters: ['organisationId', 'majorId'] }),
      R17: fixture.echoDefinition('R17', { title: '数据质量报告', periodKind: 'none', formats: ['xlsx'], filters: [] }),
      R3: fixture.uploadEchoDefinition('R3', { title: '校企合作共同开发课程数据', formats: ['xlsx', 'csv', 'pdf'], filters: [] }),
    },
  };
});

const PARTNER = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
let dataDir: string;
let outDir: string;

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(['--data-dir', dataDir, ...args], io, {});
  return { code, stdout, stderr };
}

async function notesOf(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ws = workbook.worksheets[0];
  const notes: string[] = [];
  ws?.eachRow((row) => {
    const value = row.getCell(1).value;
    if (typeof value === 'string' && /^(range|college|filters) /.test(value)) notes.push(value);
  });
  return notes;
}

beforeAll(async () => {
  dataDir = makeTempDir();
  outDir = makeTempDir();
  expect((await cli(['init'])).code).toBe(0);
});

describe('partnerdesk report', () => {
  it('writes xlsx for a 学年 and prints {file, bytes, rows} with --json', async () => {
    const out = path.join(outDir, '协议台账.xlsx');
    const result = await cli(['--json', 'report', 'R10', '--period', '2025-2026', '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    expect(JSON.parse(result.stdout[0] ?? '{}')).toEqual({ ok: true, file: out, bytes: fs.statSync(out).size, rows: 30 });
    expect(await notesOf(out)).toEqual(['range 2025-09-01..2026-08-31', 'college 未设置学校名称', 'filters {}']);
  });

  it('takes a calendar year, the filters, and a lower-case id; prints one line without --json', async () => {
    const out = path.join(outDir, 'r8.xlsx');
    const major = '0190a1b2-c3d4-7e5f-8a6b-000000000001';
    const result = await cli(['report', 'r8', '--period', '2025', '--partner', PARTNER, '--major', major, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`report written: ${out} (3 rows, ${fs.statSync(out).size} bytes)`]);
    expect(await notesOf(out)).toEqual([
      'range 2025-01-01..2025-12-31',
      'college 未设置学校名称',
      `filters {"majorId":"${major}","organisationId":"${PARTNER}"}`,
    ]);
  });

  it('writes csv with a BOM', async () => {
    const out = path.join(outDir, '名录.csv');
    expect((await cli(['report', 'R12', '--period', '2025', '--out', out])).code).toBe(0);
    expect([...fs.readFileSync(out).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('prints a PDF through Chromium', async () => {
    const out = path.join(outDir, '协议台账.pdf');
    expect((await cli(['report', 'R10', '--period', '2025-2026', '--out', out])).code).toBe(0);
    const text = execFileSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('协议台账');
    expect(text).toContain('未设置学校名称 · 协议台账 · 2025-2026学年');
    expect(text).toContain('第 1 页 共');
  }, 60_000);

  it('writes the upload layout and lists the refused rows on stderr in the user\'s language', async () => {
    const out = path.join(outDir, '课程上报.xlsx');
    const result = await cli(['report', 'R3', '--period', '2025-2026', '--layout', 'upload', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toEqual([`report written: ${out} (2 rows, ${fs.statSync(out).size} bytes)`]);
    expect(result.stderr).toEqual(['1 行未导出：', '  无代码企业有限公司：缺少统一社会信用代码', '见数据质量报告（partnerdesk report R17 --out 文件.xlsx）']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('企业名称');
    expect(workbook.worksheets[0]?.rowCount).toBe(3);
    const json = await cli(['--json', 'report', 'R3', '--period', '2025-2026', '--layout', 'upload', '--out', out]);
    expect(JSON.parse(json.stdout[0] ?? '{}')).toMatchObject({ ok: true, rows: 2, refused: [{ label: '无代码企业有限公司', reason: '缺少统一社会信用代码' }] });
  });

  it('writes a report about now without --period, labelled 截至 today', async () => {
    const out = path.join(outDir, '数据质量.xlsx');
    const result = await cli(['report', 'R17', '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: [] });
    // The CLI runs on the real clock: the range is one day, today in China.
    const [range, ...rest] = await notesOf(out);
    expect(range).toMatch(/^range (\d{4}-\d{2}-\d{2})\.\.\1$/);
    expect(rest).toEqual(['college 未设置学校名称', 'filters {}']);
  });

  it('lists in its help which reports take each filter, from the descriptors', async () => {
    const help = (await cli(['--help'])).stdout.join('\n');
    expect(help).toMatch(/--org-unit ID +R10 R12\n/);
    expect(help).toMatch(/--major ID +R8 R10\n/);
    expect(help).toMatch(/--partner ID +R8 R10\n/);
    expect(help).toMatch(/reports about now take no --period \(as of today\): R17\n/);
    expect(help).toMatch(/--layout review\|upload/);
    expect(help).toMatch(/\.xlsx or \.csv \(R3\);/);
  });

  it('refuses a filter the report does not apply, in the user\'s language, and writes nothing', async () => {
    const major = '0190a1b2-c3d4-7e5f-8a6b-000000000001';
    const out = path.join(outDir, 'refused.xlsx');
    const zh = await cli(['report', 'R12', '--period', '2025', '--major', major, '--out', out]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toEqual(['error: VALIDATION: 报表 R12 不能按 --major 筛选；它可用的筛选：--org-unit']);
    const none = await cli(['--json', 'report', 'R17', '--period', '2025', '--partner', PARTNER, '--out', out]);
    expect(JSON.parse(none.stdout[0] ?? '{}')).toEqual({ ok: false, error: { code: 'VALIDATION', message: '报表 R17 不能按 --partner 筛选；它可用的筛选：无' } });
    const core = await createCore({ dataDir, actor: 'test' });
    await core.services.settings.update({ language: 'en-US' });
    core.close();
    try {
      const en = await cli(['report', 'R12', '--period', '2025', '--major', major, '--out', out]);
      expect(en.stderr).toEqual(['error: VALIDATION: Report R12 cannot be filtered by --major; its filters: --org-unit']);
    } finally {
      const again = await createCore({ dataDir, actor: 'test' });
      await again.services.settings.update({ language: 'zh-CN' });
      again.close();
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it.each([
    [['report', 'R10', '--period', '2025-2026', '--out', 'x.docx'], 'VALIDATION: --out needs'],
    [['report', 'R10', '--out', 'x.xlsx'], 'VALIDATION: report needs --period'],
    [['report', 'R10', '--period', '2025-2027', '--out', 'x.xlsx'], 'VALIDATION: --period must look like'],
    [['report', 'R9', '--period', '2025', '--out', 'x.xlsx'], 'VALIDATION: report needs a report id'],
    [['report', 'R1', '--period', '2025', '--out', 'x.xlsx'], 'NOT_FOUND: report R1 is not available'],
    [['report', 'R12', '--period', '2025', '--out', 'x.pdf'], 'error: VALIDATION: format: 该报表不提供这种文件格式'],
    [['report', 'R8', '--period', '2025', '--out', 'x.xlsx'], 'filters.organisationId: 请选择一家合作企业'],
    [['report', 'R10', '--period', '2025', '--partner', 'acme', '--out', 'x.xlsx'], 'VALIDATION: invalid input (filters.organisationId'],
    [['report', 'R10', '--period', '2025', '--layout', 'upload', '--out', 'x.xlsx'], 'VALIDATION: 报表 R10 没有上报版，请去掉 --layout upload（只能导出审阅版）'],
    [['report', 'R3', '--period', '2025', '--layout', 'upload', '--out', 'x.pdf'], 'VALIDATION: 上报版只能导出 .xlsx 或 .csv'],
    [['report', 'R3', '--period', '2025', '--layout', 'sideways', '--out', 'x.xlsx'], 'VALIDATION: --layout must be review or upload'],
  ])('rejects %j', async (args, message) => {
    const result = await cli(args.map((a) => (a.startsWith('x.') ? path.join(outDir, a) : a)));
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toContain(message);
    expect(fs.readdirSync(outDir).filter((f) => f.startsWith('x.'))).toEqual([]);
  });
});
