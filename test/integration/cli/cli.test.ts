import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';
import { latestVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';

const LATEST = latestVersion(MIGRATIONS);

function captured(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const io = captured();
  const code = await runCli(args, io, env);
  return { code, ...io };
}

describe('partnerdesk CLI', () => {
  it('init, seed --sample, then check prints ok', async () => {
    const dir = makeTempDir();
    expect((await cli(['--data-dir', dir, 'init'])).code).toBe(0);
    const seeded = await cli(['--data-dir', dir, '--json', 'seed', '--sample']);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toHaveLength(1);
    const counts = JSON.parse(seeded.stdout[0] ?? '{}').counts as Record<string, number>;
    expect(counts.partners).toBe(62);
    const checked = await cli(['--data-dir', dir, 'check']);
    expect(checked).toMatchObject({ code: 0, stdout: ['ok'], stderr: [] });
  }, 60_000);

  it('prints exactly one JSON object per command with --json', async () => {
    const dir = makeTempDir();
    const init = await cli(['--json', '--data-dir', dir, 'init']);
    expect(init.stdout).toHaveLength(1);
    expect(JSON.parse(init.stdout[0] ?? '')).toMatchObject({ ok: true, dbFile: path.join(dir, 'partnerdesk.db'), schemaVersion: LATEST });
    const check = await cli(['--json', '--data-dir', dir, 'check']);
    expect(JSON.parse(check.stdout[0] ?? '')).toMatchObject({ ok: true, integrity: ['ok'], foreignKeyViolations: 0 });
  });

  it('takes the data folder from PARTNERDESK_DATA_DIR when --data-dir is absent', async () => {
    const dir = makeTempDir();
    expect((await cli(['init'], { PARTNERDESK_DATA_DIR: dir })).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'partnerdesk.db'))).toBe(true);
  });

  it('fails with a non-zero code and one line on bad input', async () => {
    const dir = makeTempDir();
    const unknown = await cli(['--data-dir', dir, 'frobnicate']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toEqual(['error: VALIDATION: unknown command: frobnicate (see --help)']);
    const missing = await cli(['--data-dir', dir, 'check']);
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/^error: NOT_FOUND: no database at /);
    const badScale = await cli(['--json', '--data-dir', dir, 'seed', '--scale', 'lots']);
    expect(badScale.code).toBe(1);
    expect(JSON.parse(badScale.stdout[0] ?? '')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.existsSync(path.join(dir, 'partnerdesk.db'))).toBe(false);
  });

  it('refuses sample data on a database that already has partners, changing nothing', async () => {
    const dir = makeTempDir();
    await cli(['--data-dir', dir, 'seed', '--scale', '20']);
    const again = await cli(['--data-dir', dir, 'seed', '--sample']);
    expect(again.code).toBe(1);
    expect(again.stderr[0]).toMatch(/^error: CONFLICT: /);
  });

  it('writes a verified backup that passes check, and refuses to overwrite', async () => {
    const dir = makeTempDir();
    await cli(['--data-dir', dir, 'seed', '--scale', '50']);
    const out = path.join(makeTempDir(), 'copy.sqlite');
    const backup = await cli(['--json', '--data-dir', dir, 'backup', '--out', out]);
    expect(backup.code).toBe(0);
    expect(JSON.parse(backup.stdout[0] ?? '')).toMatchObject({ ok: true, file: out, schemaVersion: LATEST });
    // The copy is a whole database: open it as a data folder of its own and check it.
    const copyDir = makeTempDir();
    fs.copyFileSync(out, path.join(copyDir, 'partnerdesk.db'));
    expect((await cli(['--data-dir', copyDir, 'check'])).stdout).toEqual(['ok']);
    const again = await cli(['--data-dir', dir, 'backup', '--out', out]);
    expect(again.code).toBe(1);
  });

  it('runs as the package bin in its own process', () => {
    const dir = makeTempDir();
    const bin = path.resolve('bin/partnerdesk.cjs');
    const run = spawnSync(process.execPath, [bin, '--data-dir', dir, '--json', 'init'], { encoding: 'utf8', cwd: makeTempDir() });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ ok: true, schemaVersion: LATEST });
  }, 60_000);
});
