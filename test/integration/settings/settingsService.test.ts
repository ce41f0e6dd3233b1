import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, Settings } from '../../../src/shared/domain/settings';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { createSettingsService, type SettingsService } from '../../../src/main/settings/settingsService';
import { auditCount, createTestDb, rowCount, type TestDb } from '../../helpers/testDb';

let db: TestDb;
let settings: SettingsService;
beforeEach(async () => {
  db = await createTestDb({ now: () => new Date('2026-03-01T08:00:00.000Z') });
  settings = createSettingsService(db.ctx);
});
afterEach(() => db.close());

describe('settingsService', () => {
  it('returns the defaults on a fresh database', async () => {
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    expect(rowCount(db, 'app_setting')).toBe(0);
  });

  it('stores only the patched fields and merges them over the defaults', async () => {
    const updated = await settings.update({ language: 'zh-CN', reminderLeadDays: [90, 30] });
    expect(Settings.parse(updated)).toEqual(updated);
    expect(updated).toEqual({ ...DEFAULT_SETTINGS, language: 'zh-CN', reminderLeadDays: [90, 30] });
    expect(await settings.get()).toEqual(updated);
    const rows = db.app.sqlite.prepare('select key, value, updated_at from app_setting order by key').all();
    expect(rows).toEqual([
      { key: 'language', value: '"zh-CN"', updated_at: '2026-03-01T08:00:00.000Z' },
      { key: 'reminderLeadDays', value: '[90,30]', updated_at: '2026-03-01T08:00:00.000Z' },
    ]);
    expect(auditCount(db, 'app_setting', 'language')).toBe(1);
  });

  it('persists across closing and reopening the database file', async () => {
    const college = { fullName: '深圳职业技术大学', legalRepresentative: null, address: '深圳市南山区', uscc: null };
    await settings.update({ onboarded: true, college, academicYearStart: { month: 8, day: 25 } });
    db.app.close();
    const reopened = openDatabase(path.join(db.dir, 'partnerdesk.db'), { actor: () => 'tester' });
    try {
      const again = createSettingsService({ db: reopened.db, sqlite: reopened.sqlite, now: () => new Date() });
      expect(await again.get()).toEqual({
        ...DEFAULT_SETTINGS,
        onboarded: true,
        college,
        academicYearStart: { month: 8, day: 25 },
      });
    } finally {
      reopened.close();
    }
  });

  it('rejects an invalid patch as VALIDATION and stores nothing', async () => {
    await expect(settings.update({ reminderLeadDays: [] })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(settings.update({ academicYearStart: { month: 13, day: 1 } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(rowCount(db, 'app_setting')).toBe(0);
    expect(auditCount(db, 'app_setting')).toBe(0);
  });

  it("refuses a college USCC with a wrong format or check character, naming the field, and stores nothing", async () => {
    const college = (uscc: string) => ({ college: { fullName: '深圳职业技术大学', legalRepresentative: null, address: null, uscc } });
    await expect(settings.update(college('12440000455858271K'))).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['college', 'uscc'], message: 'uscc.check' }],
      details: { expectedCheckChar: 'M' },
    });
    await expect(settings.update(college('1244000045585827'))).rejects.toMatchObject({ issues: [{ path: ['college', 'uscc'], message: 'uscc.format' }] });
    expect(rowCount(db, 'app_setting')).toBe(0);
    await settings.update(college('12440000455858271M'));
    expect((await settings.get()).college.uscc).toBe('12440000455858271M');
  });

  it('does not rewrite an unchanged value, so the audit log shows only real changes', async () => {
    await settings.update({ language: 'en-US' });
    await settings.update({ language: 'en-US' });
    expect(auditCount(db, 'app_setting', 'language')).toBe(1);
    await settings.update({ language: 'zh-CN' });
    expect(auditCount(db, 'app_setting', 'language')).toBe(2);
  });

  it('falls back to the default for a stored value that no longer parses', async () => {
    db.app.sqlite
      .prepare(`insert into app_setting (key, value, updated_at) values ('reminderLeadDays', '"soon"', ?), ('onboarded', 'true', ?)`)
      .run('2026-03-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z');
    expect(await settings.get()).toEqual({ ...DEFAULT_SETTINGS, onboarded: true });
  });
});
