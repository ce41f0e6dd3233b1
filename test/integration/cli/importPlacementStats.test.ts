import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { createCore } from '../../../src/main/core';
import { makeTempDir } from '../../helpers/tempDir';
import { HUAWEI_NAME, placementCsv, placementRows, seedPlacementRefs, XIAOMI_NAME } from '../import/placementCorpus';

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

/** A data folder holding the partners and majors the file names (and one stored row). */
async function dataDirWithRefs(): Promise<string> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: dir, actor: 'tester' });
  try {
    await seedPlacementRefs(core);
  } finally {
    core.close();
  }
  return dir;
}

async function rowsIn(dir: string) {
  const core = await createCore({ dataDir: dir, actor: 'tester' });
  try {
    return placementRows(core);
  } finally {
    core.close();
  }
}

const STORED = { partner: XIAOMI_NAME, major: '530802', academic_year: 2024, order_trainees: 7, interns: 5, graduates_employed: 3 };

describe('partnerdesk import --entity placementStats', () => {
  it('refuses the file for one invalid row (exit 1, nothing written); --skip-invalid imports the exact figures', async () => {
    const dir = await dataDirWithRefs();
    const file = path.join(dir, '育人统计.csv');
    fs.writeFileSync(file, placementCsv());
    const refused = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'placementStats']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toHaveLength(1);
    expect(JSON.parse(refused.stdout[0] ?? '')).toMatchObject({
      created: 0,
      updated: 0,
      skipped: 4,
      duplicates: 0,
      errors: [{ row: 5, column: 'interns', code: 'VALIDATION', message: '人数不能为负数（-1）' }],
      // placementStats has no notes to keep a value in: a bad figure refuses its row, never a warning.
      warnings: [],
    });
    expect(await rowsIn(dir)).toEqual([STORED]);

    const done = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'placementStats', '--skip-invalid']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout[0] ?? '')).toMatchObject({ created: 3, updated: 0, skipped: 1, duplicates: 0 });
    expect(await rowsIn(dir)).toEqual([
      { partner: HUAWEI_NAME, major: '530802', academic_year: 2023, order_trainees: 1, interns: 2, graduates_employed: 3 },
      STORED,
      { partner: HUAWEI_NAME, major: '460305', academic_year: 2025, order_trainees: 30, interns: 18, graduates_employed: 12 },
      { partner: XIAOMI_NAME, major: '530802', academic_year: 2025, order_trainees: null, interns: 22, graduates_employed: 9 },
    ]);

    // The same file again: every valid row is now a database duplicate, skipped by default.
    const again = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'placementStats', '--skip-invalid']);
    expect(JSON.parse(again.stdout[0] ?? '')).toMatchObject({ created: 0, updated: 0, skipped: 4, duplicates: 3 });
    const update = await cli(['--data-dir', dir, '--json', 'import', file, '--entity', 'placementStats', '--skip-invalid', '--duplicates', 'update']);
    expect(JSON.parse(update.stdout[0] ?? '')).toMatchObject({ created: 0, updated: 3, skipped: 1, duplicates: 3 });
    expect(await rowsIn(dir)).toHaveLength(4);
  });
});
