import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { toDomainError } from '../../../src/main/errors';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { importCore } from '../import/importFixture';

// Issue 13 (M2): when the disk fills, SQLite rolls the transaction back by itself; the error
// the user sees must stay DISK_FULL (磁盘空间不足), not the INTERNAL of a failed ROLLBACK.
// Every committed row stays, and writes work again once there is room. SQLITE_FULL comes from
// a page limit (always) and from a real 2 MB tmpfs (when this runs as root and may mount).

const NOTES = '合作洽谈记录。'.repeat(500); // 3,500 characters, ≈ 10 kB: needs new pages

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

/** The code the IPC envelope and the CLI would answer (both map errors with toDomainError). */
async function codeOf(p: Promise<unknown>): Promise<string> {
  const error = await p.then(() => null, (e: unknown) => e);
  if (error === null) throw new Error('expected the write to fail');
  return toDomainError(error).code;
}

const pageLimit = (t: TestDb, pages: number | null): void => {
  const current = t.app.sqlite.pragma('page_count', { simple: true }) as number;
  t.app.sqlite.pragma(`max_page_count = ${pages ?? current + 2}`);
};

describe('a full disk says so', () => {
  it('answers DISK_FULL for a service write, keeps what was committed, and writes again with room', async () => {
    const t = await createTestDb();
    cleanup.push(() => t.close());
    const partners = createPartnerService(t.ctx);
    const kept = await partners.create({ kind: 'enterprise', fullName: '深圳市已保存科技有限公司' });
    pageLimit(t, null);
    expect(await codeOf(partners.create({ kind: 'enterprise', fullName: '深圳市写不下科技有限公司', notes: NOTES }))).toBe('DISK_FULL');
    // An update in a transaction that SQLite rolled back: the same answer, nothing half-written.
    expect(await codeOf(partners.update({ id: kept.id, patch: { notes: NOTES } }))).toBe('DISK_FULL');
    expect(t.app.sqlite.inTransaction).toBe(false);
    expect(t.app.sqlite.prepare('select full_name, notes from organisation').all()).toEqual([{ full_name: '深圳市已保存科技有限公司', notes: null }]);
    expect(t.app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    pageLimit(t, 1_000_000);
    await partners.create({ kind: 'enterprise', fullName: '深圳市写不下科技有限公司', notes: NOTES });
    expect(t.app.sqlite.prepare('select count(*) from organisation').pluck().get()).toBe(2);
  });

  it('keeps the original error when SQLite has already rolled the transaction back (as it does on a full disk)', async () => {
    const t = await createTestDb();
    cleanup.push(() => t.close());
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const outcome = await t.app.db
      .transaction()
      .execute(async (trx) => {
        await trx.selectFrom('org_unit').select('id').execute();
        expect(t.app.sqlite.inTransaction).toBe(true);
        t.app.sqlite.exec('ROLLBACK'); // what SQLite does by itself on SQLITE_FULL / SQLITE_IOERR
        throw full;
      })
      .then(() => null, (e: unknown) => e);
    expect(outcome).toBe(full);
    expect(toDomainError(outcome).code).toBe('DISK_FULL');
    expect(t.app.sqlite.inTransaction).toBe(false);
    // The connection is usable afterwards.
    await t.app.db.transaction().execute(async (trx) => trx.selectFrom('org_unit').selectAll().execute());
  });

  it('stops an import with DISK_FULL in both modes, committing nothing', async () => {
    const t = await importCore();
    cleanup.push(() => t.core.close());
    const rows = Array.from({ length: 40 }, (_, i) => `深圳市第${i + 1}号科技有限公司,${'洽谈记录'.repeat(250)}`);
    const csv = Buffer.from(`\uFEFF单位名称,备注\n${rows.join('\n')}\n`, 'utf8');
    const sqlite = t.core.database.sqlite;
    for (const mode of ['valid-only', 'all-or-nothing'] as const) {
      const analysis = await t.analyze('名册.csv', csv);
      expect(analysis.errors).toEqual([]);
      sqlite.pragma(`max_page_count = ${(sqlite.pragma('page_count', { simple: true }) as number) + 20}`);
      expect(await codeOf(t.imports.commit({ analysisId: analysis.analysisId, mode, jobId: `job-full-${mode}` }))).toBe('DISK_FULL');
      expect(sqlite.inTransaction).toBe(false);
      expect(t.count('organisation')).toBe(0);
      sqlite.pragma('max_page_count = 1073741823');
    }
  });

  it('on a real full file system (2 MB tmpfs): DISK_FULL, data intact, writes again once space is freed', async (ctx) => {
    const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'partnerdesk-full-'));
    cleanup.push(() => fs.rmSync(mountPoint, { recursive: true, force: true }));
    try {
      if (process.getuid?.() !== 0) throw new Error('not running as root');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
    } catch (error) {
      console.log(`disk-full tmpfs test skipped: cannot mount a tmpfs here (${String(error).split('\n')[0]}); the page-limit tests above still run`);
      ctx.skip();
      return;
    }
    cleanup.push(() => execFileSync('umount', [mountPoint]));
    const app = openDatabase(path.join(mountPoint, 'partnerdesk.db'), { actor: () => 'tester' });
    cleanup.push(() => app.close());
    await migrate(app, { migrations: MIGRATIONS, backupDir: path.join(mountPoint, 'backups') });
    const partners = createPartnerService({ db: app.db, sqlite: app.sqlite, now: () => new Date() });
    await partners.create({ kind: 'enterprise', fullName: '深圳市已保存科技有限公司' });
    // Fill what is left, then ask for more than fits.
    const filler = path.join(mountPoint, 'filler.bin');
    const fd = fs.openSync(filler, 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(64 * 1024));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      fs.closeSync(fd);
    }
    expect(await codeOf(partners.create({ kind: 'enterprise', fullName: '深圳市写不下科技有限公司', notes: NOTES }))).toBe('DISK_FULL');
    expect(app.sqlite.prepare('select full_name from organisation').pluck().all()).toEqual(['深圳市已保存科技有限公司']);
    fs.rmSync(filler);
    await partners.create({ kind: 'enterprise', fullName: '深圳市写得下科技有限公司', notes: NOTES });
    expect(app.sqlite.prepare('select count(*) from organisation').pluck().get()).toBe(2);
    expect(app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
