import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { makeTempDir } from '../../helpers/tempDir';

// `partnerdesk clear-sample`: the same service as the /data page, JSON or text out.

async function cli(args: string[]) {
  const stdout: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: () => undefined };
  const code = await runCli(args, io, {});
  return { code, stdout };
}

describe('partnerdesk clear-sample', () => {
  it('clears the sample after a backup, then has nothing left to clear', async () => {
    const dir = makeTempDir();
    expect((await cli(['--data-dir', dir, 'seed', '--sample'])).code).toBe(0);
    const first = await cli(['--data-dir', dir, '--json', 'clear-sample']);
    expect(first.code).toBe(0);
    const result = JSON.parse(first.stdout[0] ?? '{}') as { ok: boolean; removed: number; kept: number; backupFileName: string | null };
    expect(result).toMatchObject({ ok: true, kept: 0 });
    expect(result.removed).toBeGreaterThan(200);
    expect(result.backupFileName).toMatch(/-pre-delete\.sqlite$/);
    const second = await cli(['--data-dir', dir, 'clear-sample']);
    expect(second).toEqual({ code: 0, stdout: ['no sample data to clear'] });
    const search = await cli(['--data-dir', dir, '--json', 'search', '科技']);
    expect(search.code).toBe(0);
    expect(JSON.stringify(search.stdout)).not.toContain('有限公司');
  }, 90_000);
});
