import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';
import { corruptTablePage, listDir, rootPageOf } from './helpers';
import { openDatabase } from '../../../src/main/db/openDatabase';

/** The sample's 60 partners plus its own schools (organisation rows of kind school). */
const SAMPLE_ORGANISATIONS = 62;

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr, json: () => JSON.parse(stdout[0] ?? '{}') as Record<string, unknown> };
}

function partnerCount(dataDir: string): number {
  const app = openDatabase(path.join(dataDir, 'partnerdesk.db'), { actor: () => 'test' });
  try {
    return Number(app.sqlite.prepare('SELECT count(*) FROM organisation').pluck().get());
  } finally {
    app.close();
  }
}

describe('partnerdesk export / restore', () => {
  it('export FILE.xlsx writes one workbook with a sheet per table', async () => {
    const dir = makeTempDir();
    expect((await cli(['--data-dir', dir, 'seed', '--sample'])).code).toBe(0);
    const file = path.join(makeTempDir(), 'all.xlsx');
    const result = await cli(['--data-dir', dir, '--json', 'export', file]);
    expect(result.code).toBe(0);
    const tables = result.json()['tables'] as { table: string; rows: number }[];
    expect(tables.find((t) => t.table === 'organisation')?.rows).toBe(SAMPLE_ORGANISATIONS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['_meta', ...tables.map((t) => t.table)]);
    expect((await cli(['--data-dir', dir, 'export', file])).stderr[0]).toMatch(/^error: CONFLICT/);
    expect((await cli(['--data-dir', dir, 'export', path.join(dir, 'x.csv')])).stderr[0]).toMatch(/^error: VALIDATION/);
  }, 120_000);

  it('restore FILE verifies, backs up the current data and prints counts before and after', async () => {
    const dir = makeTempDir();
    await cli(['--data-dir', dir, 'seed', '--sample']);
    const copy = path.join(makeTempDir(), 'copy.sqlite');
    expect((await cli(['--data-dir', dir, 'backup', '--out', copy])).code).toBe(0);
    const other = makeTempDir();
    await cli(['--data-dir', other, 'init']);

    const result = await cli(['--data-dir', other, '--json', 'restore', copy]);

    expect(result.code).toBe(0);
    const out = result.json();
    expect(out['countsBefore']).toMatchObject({ organisation: 0 });
    expect(out['countsAfter']).toMatchObject({ organisation: SAMPLE_ORGANISATIONS });
    expect(listDir(path.join(other, 'backups'))).toContain(out['preRestoreBackup']);
    expect(partnerCount(other)).toBe(SAMPLE_ORGANISATIONS);
  }, 120_000);

  it('restore refuses a damaged file with CORRUPT and leaves the data alone', async () => {
    const dir = makeTempDir();
    await cli(['--data-dir', dir, 'seed', '--sample']);
    const copy = path.join(makeTempDir(), 'copy.sqlite');
    await cli(['--data-dir', dir, 'backup', '--out', copy]);
    const reader = openDatabase(copy, { readonly: true, untrusted: true });
    const page = rootPageOf(reader.sqlite, 'organisation');
    reader.close();
    corruptTablePage(copy, page);

    const result = await cli(['--data-dir', dir, 'restore', copy]);

    expect(result.code).toBe(1);
    expect(result.stderr[0]).toMatch(/^error: CORRUPT/);
    expect(partnerCount(dir)).toBe(SAMPLE_ORGANISATIONS);
    expect(fs.existsSync(path.join(dir, 'restore-pending.json'))).toBe(false);
  }, 120_000);

  it('restore brings back a data folder whose live database is damaged (quarantined at start)', async () => {
    const dir = makeTempDir();
    await cli(['--data-dir', dir, 'seed', '--sample']);
    const copy = path.join(makeTempDir(), 'copy.sqlite');
    await cli(['--data-dir', dir, 'backup', '--out', copy]);
    const live = openDatabase(path.join(dir, 'partnerdesk.db'), { actor: () => 'test' });
    const page = rootPageOf(live.sqlite, 'organisation');
    live.close();
    corruptTablePage(path.join(dir, 'partnerdesk.db'), page);
    expect((await cli(['--data-dir', dir, 'check'])).stderr[0]).toMatch(/^error: CORRUPT/);

    const result = await cli(['--data-dir', dir, '--json', 'restore', copy]);

    expect(result.code).toBe(0);
    expect(result.json()['quarantineDir']).toEqual(expect.stringContaining(path.join(dir, 'quarantine')));
    expect(partnerCount(dir)).toBe(SAMPLE_ORGANISATIONS);
    expect((await cli(['--data-dir', dir, 'check'])).stdout).toEqual(['ok']);
  }, 120_000);
});
