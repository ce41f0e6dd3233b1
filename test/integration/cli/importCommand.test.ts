import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';
import { openDatabase } from '../../../src/main/db/openDatabase';
import * as corpus from '../import/corpus';

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

function partnerNames(dir: string): string[] {
  const app = openDatabase(path.join(dir, 'partnerdesk.db'), { readonly: true });
  try {
    return app.sqlite.prepare('select full_name from organisation order by full_name').pluck().all() as string[];
  } finally {
    app.close();
  }
}

describe('partnerdesk import', () => {
  it('fails the whole import on an invalid row (exit 1, nothing written), prints one JSON object', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, '名单.xlsx');
    fs.writeFileSync(file, await corpus.messyRoster());
    const r = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'partners']);
    expect(r.code).toBe(1);
    expect(r.stdout).toHaveLength(1);
    const out = JSON.parse(r.stdout[0] ?? '') as { created: number; errors: { row: number; column: string; code: string; message: string }[] };
    expect(out).toMatchObject({ created: 0, updated: 0, duplicates: 1 });
    expect(out.errors).toEqual([{ row: 6, column: '统一社会信用代码', code: 'CODE_AS_NUMBER', message: expect.stringContaining('请将该列设为文本格式后重新输入') as string }]);
    expect(partnerNames(dir)).toEqual([]);
  });

  it('--dry-run writes nothing; --skip-invalid imports the valid rows and merges repeats by default', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, '名单.xlsx');
    fs.writeFileSync(file, await corpus.messyRoster());
    const dry = await cli(['--data-dir', dir, '--json', 'import', file, '--skip-invalid', '--dry-run']);
    expect(JSON.parse(dry.stdout[0] ?? '')).toMatchObject({ created: 3, skipped: 1, merged: 1 });
    expect(partnerNames(dir)).toEqual([]);
    const real = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'partners', '--skip-invalid']);
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout[0] ?? '')).toMatchObject({ created: 3, updated: 0, skipped: 1, duplicates: 1, merged: 1, usccUnverifiedRows: [5] });
    expect(partnerNames(dir)).toEqual(['北京百度网讯科技有限公司', '华为技术有限公司', '阿里巴巴（中国）网络技术有限公司']);
  });

  it('--duplicates update updates what the database already holds', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, '名单.csv');
    fs.writeFileSync(file, corpus.csvUtf8(true));
    expect((await cli(['--data-dir', dir, 'import', file])).code).toBe(0);
    const again = await cli(['--data-dir', dir, '--json', 'import', file, '--duplicates', 'update']);
    expect(JSON.parse(again.stdout[0] ?? '')).toMatchObject({ created: 0, updated: 2, skipped: 0, duplicates: 2, merged: 0, errors: [], unknownValues: [] });
  });
});
