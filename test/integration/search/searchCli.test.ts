import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/index';
import type { CliIo } from '../../../src/main/cli/output';
import { createCore } from '../../../src/main/core';
import { makeTempDir } from '../../helpers/tempDir';

async function cli(args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
  const code = await runCli(args, io, {});
  return { code, stdout, stderr };
}

async function dataDirWithHuawei(): Promise<{ dir: string; partnerId: string; contactId: string }> {
  const dir = makeTempDir();
  const core = await createCore({ dataDir: dir, actor: 'test' });
  try {
    const p = await core.services.partners.create({ kind: 'enterprise', fullName: '华为技术有限公司', uscc: '914403001922038216' });
    const c = await core.services.contacts.create({ organisationId: p.id, name: '王华为' });
    await core.services.partners.create({ kind: 'enterprise', fullName: '深圳市腾讯计算机系统有限公司' });
    return { dir, partnerId: p.id, contactId: c.id };
  } finally {
    core.close();
  }
}

describe('partnerdesk search', () => {
  it('prints grouped lines', async () => {
    const { dir, partnerId, contactId } = await dataDirWithHuawei();
    const result = await cli(['--data-dir', dir, 'search', '华为']);
    expect(result).toEqual({
      code: 0,
      stdout: ['partners:', `  华为技术有限公司  (914403001922038216)  ${partnerId}`, 'contacts:', `  王华为  (华为技术有限公司)  ${contactId}`],
      stderr: [],
    });
    expect((await cli(['--data-dir', dir, 'search', 'nothing-like-this'])).stdout).toEqual(['no matches']);
  });

  it('prints one JSON array of {type, id, title} with --json, pinyin included', async () => {
    const { dir, partnerId, contactId } = await dataDirWithHuawei();
    for (const q of ['hw', 'huawei']) {
      const result = await cli(['--json', '--data-dir', dir, 'search', q]);
      expect(result.code).toBe(0);
      expect(result.stdout).toHaveLength(1);
      // Contacts are found by pinyin too since migration 0018: 王华为 is wanghuawei, whw.
      expect(JSON.parse(result.stdout[0] ?? '')).toEqual([
        { type: 'partner', id: partnerId, title: '华为技术有限公司' },
        { type: 'contact', id: contactId, title: '王华为' },
      ]);
    }
  });

  it('joins several words into one query and fails cleanly without one or without a database', async () => {
    const { dir } = await dataDirWithHuawei();
    const two = await cli(['--json', '--data-dir', dir, 'search', '深圳', '腾讯']);
    expect(JSON.parse(two.stdout[0] ?? '').map((h: { title: string }) => h.title)).toEqual(['深圳市腾讯计算机系统有限公司']);
    expect(await cli(['--data-dir', dir, 'search'])).toMatchObject({ code: 1, stderr: ['error: VALIDATION: search needs a QUERY'] });
    const empty = makeTempDir();
    const missing = await cli(['--data-dir', empty, 'search', 'hw']);
    expect(missing.code).toBe(1);
    expect(missing.stderr[0]).toMatch(/^error: NOT_FOUND: no database at /);
  });
});
