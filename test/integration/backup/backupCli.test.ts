import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';
import { corruptTablePage, listDir, rootPageOf } from './helpers';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { createCore } from '../../../src/main/core';

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

describe('partnerdesk backup / restore carry attachment files', () => {
  it('backup --out copies the referenced files next to FILE; restore brings them back and says how many', async () => {
    const dir = makeTempDir();
    const core = await createCore({ dataDir: dir, actor: 'tester' });
    const partner = await core.services.partners.create({ kind: 'enterprise', fullName: '命令行附件有限公司' });
    const bytes = Buffer.from('%PDF-1.4\n% signed scan\n%%EOF\n', 'latin1');
    const a = await core.services.attachments.upload({
      entityType: 'organisation',
      entityId: partner.id,
      kind: 'signed_scan',
      fileName: 'scan.pdf',
      dataBase64: bytes.toString('base64'),
    });
    core.close();
    const stick = makeTempDir();
    const copy = path.join(stick, 'copy.sqlite');

    const backup = await cli(['--data-dir', dir, 'backup', '--out', copy]);
    expect(backup.code).toBe(0);
    expect(backup.stdout[1]).toMatch(/^attachments: 1 of 1 in .*PartnerDesk-attachments .*1 copied now/);
    expect(fs.readFileSync(path.join(stick, 'PartnerDesk-attachments', `${a.sha256}.pdf`))).toEqual(bytes);

    const other = makeTempDir();
    await cli(['--data-dir', other, 'init']);
    const restore = await cli(['--data-dir', other, '--json', 'restore', copy]);
    expect(restore.code).toBe(0);
    expect(restore.json()['attachments']).toMatchObject({ referenced: 1, copied: 1, missing: 0 });
    expect(fs.readFileSync(path.join(other, 'attachments', `${a.sha256}.pdf`))).toEqual(bytes);
    const text = await cli(['--data-dir', makeTempDir(), 'restore', copy]);
    expect(text.stdout.at(-1)).toMatch(/^attachments: 1 brought back/);
  }, 120_000);
});
