import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { checkDatabase } from '../../../src/main/db/checkDatabase';
import { backupsDir } from '../../../src/main/db/dataDir';
import { makeTempDir } from '../../helpers/tempDir';

// 清除示例数据: the sample's unchanged, unused records go; the officer's records, sample
// records they edited or use, and the settings stay; a backup comes first; twice is harmless.

const clock = () => new Date('2026-11-28T02:00:00Z');
const count = (core: Core, table: string): number =>
  core.database.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe('sample data clear', () => {
  it('removes only what the sample created and nobody changed, after a backup', async () => {
    const dataDir = makeTempDir();
    const core = await createCore({ dataDir, clock, actor: 'test' });
    try {
      const s = core.services;
      await s.seed.sample({ mode: 'sample' });
      const college = (await s.settings.get()).college;
      expect(college.fullName).toBe('示例职业技术学院');
      const samplePartners = (await s.partners.list({ pageSize: 200, sortBy: 'fullName', sortDir: 'asc' })).items;
      expect(samplePartners.length).toBe(62);
      expect((await s.sampleData.status()).records).toBeGreaterThan(200);

      // The officer's own partner, an edit of a sample partner, a contact added to another
      // sample partner, and a sample partner put in the trash (still sample: it goes).
      const mine = await s.partners.create({ kind: 'enterprise', fullName: '本校自己录入的合作企业有限公司' });
      const [edited, used, trashed] = samplePartners.filter((p) => p.kind === 'enterprise').slice(5, 8);
      if (!edited || !used || !trashed) throw new Error('sample too small');
      await s.partners.update({ id: edited.id, patch: { notes: '官员补充的备注' } });
      await s.contacts.create({ organisationId: used.id, name: '新联系人' });
      await s.partners.delete(trashed.id);

      const result = await s.sampleData.clear();
      expect(result.backupFileName).toMatch(/-pre-delete\.sqlite$/);
      expect(fs.existsSync(path.join(backupsDir(dataDir), result.backupFileName ?? ''))).toBe(true);
      expect(result.removed).toBeGreaterThan(200);
      expect(result.kept).toBeGreaterThan(0);

      const left = core.database.sqlite.prepare('select id from organisation order by full_name').pluck().all() as string[];
      expect(new Set(left)).toEqual(new Set([mine.id, edited.id, used.id]));
      // The kept partners keep all their own records (contacts) but the sample's agreements,
      // courses, funding and reference data that nothing uses are gone.
      expect(count(core, 'agreement')).toBe(0);
      expect(count(core, 'joint_course')).toBe(0);
      expect(count(core, 'funding_txn')).toBe(0);
      expect(count(core, 'internship_base')).toBe(0);
      expect(count(core, 'staff')).toBe(0);
      expect((await s.settings.get()).college).toEqual(college);
      expect(checkDatabase(core.database.sqlite).ok).toBe(true);

      // Twice is harmless: the kept rows stay, no second backup is needed.
      const again = await s.sampleData.clear();
      expect(again.removed).toBe(0);
      expect(again.backupFileName).toBeNull();
      expect(core.database.sqlite.prepare('select count(*) from organisation').pluck().get()).toBe(3);
    } finally {
      core.close();
    }
  }, 90_000);

  it('leaves an empty register with the college settings when nothing was changed', async () => {
    const core = await createCore({ dataDir: makeTempDir(), clock, actor: 'test' });
    try {
      const s = core.services;
      await s.seed.sample({ mode: 'sample' });
      await s.settings.update({ college: { fullName: '深圳信息职业技术学院', legalRepresentative: '张三', address: '深圳市龙岗区', uscc: null } });
      const result = await s.sampleData.clear();
      expect(result.kept).toBe(0);
      for (const table of ['organisation', 'contact', 'agreement', 'agreement_party', 'interaction', 'contribution', 'funding_source', 'org_unit', 'major', 'placement_stat', 'reminder']) {
        expect(count(core, table), table).toBe(0);
      }
      expect((await s.settings.get()).college.fullName).toBe('深圳信息职业技术学院');
      expect((await s.sampleData.status()).records).toBe(0);
      const none = await s.sampleData.clear();
      expect(none).toEqual({ removed: 0, kept: 0, backupFileName: null, removedByTable: {} });
    } finally {
      core.close();
    }
  }, 90_000);
});
