import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { createCore } from '../../../src/main/core';
import { makeTempDir } from '../../helpers/tempDir';
import { contributionRows, contributionsCsv, HUAWEI_NAME, seedRecordMajorRefs, teacherRows, teachersWorkbook, XIAOMI_NAME } from '../import/recordMajorsCorpus';

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

async function dataDirWithRefs(): Promise<string> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: dir, actor: 'tester' });
  try {
    await seedRecordMajorRefs(core);
  } finally {
    core.close();
  }
  return dir;
}

async function read<T>(dir: string, fn: (core: Awaited<ReturnType<typeof createCore>>) => T): Promise<T> {
  const core = await createCore({ dataDir: dir, actor: 'tester' });
  try {
    return fn(core);
  } finally {
    core.close();
  }
}

describe('partnerdesk import --entity contributions / partTimeTeachers', () => {
  it('refuses the ledger for a row without its amount; --skip-invalid stores the exact 分 under each major', async () => {
    const dir = await dataDirWithRefs();
    const file = path.join(dir, '企业投入.csv');
    fs.writeFileSync(file, contributionsCsv());
    const refused = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'contributions']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout[0] ?? '')).toMatchObject({ created: 0, skipped: 3, errors: [{ row: 4, column: '金额(元)', code: 'VALIDATION' }] });
    expect(await read(dir, contributionRows)).toEqual([]);

    const done = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'contributions', '--skip-invalid']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout[0] ?? '')).toMatchObject({ created: 2, skipped: 1 });
    expect(await read(dir, contributionRows)).toEqual([
      // 125000 元 = 12,500,000 分; 20000.5 元 = 2,000,050 分 ("460702 新能源汽车技术" → 460702)
      { partner: HUAWEI_NAME, kind: 'donated_equipment', date: '2025-10-15', value_fen: 12_500_000, trainee_person_days: null, major: '460704', items: '教学整车 2 台', target: null, agreement: null },
      { partner: XIAOMI_NAME, kind: 'technical_service_income', date: '2026-06-01', value_fen: 2_000_050, trainee_person_days: null, major: '460702', items: '软件升级服务', target: null, agreement: null },
    ]);
  });

  it('imports a teacher roster from xlsx with --skip-invalid', async () => {
    const dir = await dataDirWithRefs();
    const file = path.join(dir, '兼职教师.xlsx');
    fs.writeFileSync(file, await teachersWorkbook());
    const done = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'partTimeTeachers', '--skip-invalid']);
    expect(done.code).toBe(0);
    const out = JSON.parse(done.stdout[0] ?? '') as { created: number; skipped: number; warnings: { row: number; field: string }[] };
    expect(out).toMatchObject({ created: 6, skipped: 3 });
    expect(out.warnings.map((w) => `${w.row}:${w.field}`)).toEqual(['6:pay', '6:majorName', '11:hours']);
    const rows = await read(dir, teacherRows);
    expect(rows.map((r) => [(r as { teacher: string }).teacher, (r as { major: string | null }).major])).toEqual([
      ['王建国', '460704'], ['王建国', '460702'], ['李明', '460704'], ['张伟', null], ['赵强', null], ['周工', '460704'],
    ]);
  });
});
