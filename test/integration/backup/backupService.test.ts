import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { createCore } from '../../../src/main/core';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { backupsOf, listDir, rejectionOf, startCore } from './helpers';

function partnerCount(file: string): number {
  const app = openDatabase(file, { readonly: true, untrusted: true });
  try {
    return Number(app.sqlite.prepare('SELECT count(*) FROM organisation').pluck().get());
  } finally {
    app.close();
  }
}

describe('backup service', () => {
  it('20 of 20 backups taken while the services keep writing verify and hold every acknowledged commit', async () => {
    const core = await startCore(makeTempDir());
    const target = makeTempDir();
    let acked = 0;
    let stop = false;
    const writer = (async (): Promise<void> => {
      while (!stop) {
        await core.services.partners.create({ kind: 'enterprise', fullName: `写入测试有限公司${acked + 1}号` });
        acked += 1; // create() resolved: committed
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const results: { ackedBefore: number; held: number }[] = [];
    try {
      for (let i = 0; i < 20; i += 1) {
        const ackedBefore = acked;
        const file = await core.services.backups.createIn(path.join(target, `run-${i}`));
        results.push({ ackedBefore, held: partnerCount(file) });
      }
    } finally {
      stop = true;
      await writer;
    }
    expect(results).toHaveLength(20);
    for (const r of results) expect(r.held).toBeGreaterThanOrEqual(r.ackedBefore);
    expect(acked).toBeGreaterThan(results[0]!.ackedBefore);
    const all = fs.readdirSync(target).flatMap((d) => fs.readdirSync(path.join(target, d)));
    expect(all.filter((n) => n.startsWith('.tmp-'))).toEqual([]);
    expect(all).toHaveLength(20);
  });

  it('never promotes a copy that fails verification (a page damaged between copy and check)', async () => {
    const dataDir = makeTempDir();
    const core = await startCore(dataDir);
    await core.services.seed.sample({ mode: 'sample' });
    const before = backupsOf(dataDir);
    const realFsync = fs.fsyncSync;
    const spy = vi.spyOn(fs, 'fsyncSync').mockImplementationOnce((fd: number) => {
      fs.writeSync(fd, Buffer.alloc(64, 0), 0, 64, 4096 * 3); // zero a b-tree page header in the temp copy
      realFsync(fd);
    });
    onTestFinished(() => spy.mockRestore());

    const error = await rejectionOf(core.services.backups.create('manual'));

    expect(error.code).toBe('CORRUPT');
    expect(backupsOf(dataDir)).toEqual(before);
  });

  it('refuses with DISK_FULL and the bytes needed when the folder lacks 2 × database + 50 MB', async () => {
    const dataDir = makeTempDir();
    const core = await startCore(dataDir);
    const real = fs.statfsSync(dataDir);
    const spy = vi.spyOn(fs, 'statfsSync').mockReturnValue({ ...real, bsize: 4096, bavail: 10 });
    onTestFinished(() => spy.mockRestore());
    const error = await rejectionOf(core.services.backups.create('manual'));
    expect(error.code).toBe('DISK_FULL');
    expect(error.details?.['neededBytes']).toBeGreaterThan(50 * 1024 * 1024);
  });

  it('tick: backs up at the first start of the day, then every 15 minutes only while changed; prunes by retention', async () => {
    const dataDir = makeTempDir();
    let now = new Date(2026, 2, 5, 8, 0, 0);
    const core = await createCore({ dataDir, actor: 'tester', clock: () => now });
    onTestFinished(() => core.close());
    const b = core.services.backups;

    const at = (h: number, m: number): Date => new Date(2026, 2, 5, h, m, 0);
    const write = (name: string) => core.services.partners.create({ kind: 'enterprise', fullName: name });

    expect((await b.tick())?.reason).toBe('start');
    now = at(8, 20);
    expect(await b.tick()).toBeNull(); // unchanged
    await write('定时备份测试一有限公司');
    now = at(8, 30);
    expect((await b.tick())?.reason).toBe('auto'); // changed, 30 min after 08:00
    await write('定时备份测试二有限公司');
    now = at(8, 40);
    expect(await b.tick()).toBeNull(); // changed, but only 10 min
    now = at(8, 46);
    expect((await b.tick())?.reason).toBe('auto');
    expect(await b.onQuit()).toBeNull(); // nothing new since
    await write('定时备份测试三有限公司');
    now = at(9, 0);
    expect((await b.onQuit())?.reason).toBe('quit');
    // Retention: 3 of today remain, the newest.
    expect(b.list().backups.map((e) => e.reason)).toEqual(['quit', 'auto', 'auto']);
    // A file that is not ours is never touched.
    fs.writeFileSync(path.join(dataDir, 'backups', 'notes.txt'), 'keep me');
    now = at(9, 30);
    await b.create('manual');
    expect(listDir(path.join(dataDir, 'backups'))).toContain('notes.txt');
  });
});
