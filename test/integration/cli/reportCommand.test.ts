import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';

// `partnerdesk report …` end to end on a real data folder. The registry is replaced by
// test-only definitions, so the command is tested apart from the reports' own queries.
vi.mock('../../../src/main/reports/definitions', async () => {
  const fixture = await import('../reports/engineFixture');
  return {
    REPORT_DEFINITIONS: {
      R10: fixture.echoDefinition('R10', {}, 30),
      R12: fixture.echoDefinition('R12', { title: '合作企业名录', periodKind: 'calendar', formats: ['xlsx', 'csv'] }),
      R8: fixture.echoDefinition('R8', { title: '企业年报素材', formats: ['pdf', 'xlsx'], needsOrganisation: true }),
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

  it.each([
    [['report', 'R10', '--period', '2025-2026', '--out', 'x.docx'], 'VALIDATION: --out needs'],
    [['report', 'R10', '--out', 'x.xlsx'], 'VALIDATION: report needs --period'],
    [['report', 'R10', '--period', '2025-2027', '--out', 'x.xlsx'], 'VALIDATION: --period must look like'],
    [['report', 'R9', '--period', '2025', '--out', 'x.xlsx'], 'VALIDATION: report needs a report id'],
    [['report', 'R1', '--period', '2025', '--out', 'x.xlsx'], 'NOT_FOUND: report R1 is not available'],
    [['report', 'R12', '--period', '2025', '--out', 'x.pdf'], 'report.formatNotOffered'],
    [['report', 'R8', '--period', '2025', '--out', 'x.xlsx'], 'report.organisationRequired'],
    [['report', 'R10', '--period', '2025', '--partner', 'acme', '--out', 'x.xlsx'], 'VALIDATION: invalid input (filters.organisationId'],
  ])('rejects %j', async (args, message) => {
    const result = await cli(args.map((a) => (a.startsWith('x.') ? path.join(outDir, a) : a)));
    expect(result.code).toBe(1);
    expect(result.stderr.join('\n')).toContain(message);
    expect(fs.readdirSync(outDir).filter((f) => f.startsWith('x.'))).toEqual([]);
  });
});
