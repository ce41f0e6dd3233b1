import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName, type ParsedBackupName } from '../../../src/main/backup/backupNames';
import { backupsToDelete } from '../../../src/main/backup/retention';

const at = (y: number, m: number, d: number, h = 9, min = 0): Date => new Date(y, m - 1, d, h, min, 0);
const parsed = (name: string): ParsedBackupName => {
  const p = parseBackupName(name);
  if (!p) throw new Error(`unparsable ${name}`);
  return p;
};

describe('backup names', () => {
  it('round-trips date, version and reason, and rejects anything else', () => {
    const name = backupFileName(at(2026, 3, 5, 14, 30), 7, 'manual');
    expect(name).toBe('20260305-143000-v7-manual.sqlite');
    expect(parsed(name)).toMatchObject({ schemaVersion: 7, reason: 'manual', date: at(2026, 3, 5, 14, 30) });
    expect(parsed('pre-migration-20260305-143000-v6.sqlite').reason).toBe('pre-migration');
    expect(parsed('20260305-143000-v7.sqlite').reason).toBe('auto');
    for (const bad of ['partnerdesk.db', '.tmp-abc.sqlite', '20261305-143000-v7.sqlite', '20260305-143000-v7-manual.sqlite.bak', '../20260305-143000-v7.sqlite']) {
      expect(parseBackupName(bad), bad).toBeNull();
    }
  });
});

describe('retention with a fake clock', () => {
  it('after a year of daily backups keeps exactly 3 today, 1 a day for 14 days, 1 a month for 12 months and young pre-migration ones', () => {
    // One backup a day at 09:00 from 2025-07-01, the retention pass running after each one, as the service does.
    let files: string[] = [];
    const end = at(2026, 6, 30);
    for (let day = at(2025, 7, 1); day <= end; day = at(day.getFullYear(), day.getMonth() + 1, day.getDate() + 1)) {
      files.push(backupFileName(day, 7, 'start'));
      const doomed = new Set(backupsToDelete(files.map(parsed), day));
      files = files.filter((f) => !doomed.has(f));
    }
    // Today: five more, then the migration backups and a stranger in the folder.
    const now = at(2026, 6, 30, 18, 0);
    for (const h of [10, 11, 12, 13, 14]) files.push(backupFileName(at(2026, 6, 30, h), 7, 'auto'));
    files.push('pre-migration-20250801-090000-v5.sqlite'); // 11 months old: kept
    files.push('pre-migration-20250615-090000-v4.sqlite'); // over 12 months: goes
    const doomed = new Set(backupsToDelete(files.map(parsed), now));
    const kept = files.filter((f) => !doomed.has(f)).sort();

    const expected = [
      // 3 newest of today
      '20260630-120000-v7-auto.sqlite',
      '20260630-130000-v7-auto.sqlite',
      '20260630-140000-v7-auto.sqlite',
      // one a day for the 13 days before today (14 days with today)
      ...Array.from({ length: 13 }, (_, i) => backupFileName(at(2026, 6, 17 + i), 7, 'start')),
      // one a month (the newest of each month) for the 11 months before this one
      ...[
        [2025, 7, 31], [2025, 8, 31], [2025, 9, 30], [2025, 10, 31], [2025, 11, 30], [2025, 12, 31],
        [2026, 1, 31], [2026, 2, 28], [2026, 3, 31], [2026, 4, 30], [2026, 5, 31],
      ].map(([y, m, d]) => backupFileName(at(y!, m!, d!), 7, 'start')),
      'pre-migration-20250801-090000-v5.sqlite',
    ].sort();
    expect(kept).toEqual(expected);
  });

  it('keeps files from the future and never looks at names that are not ours', () => {
    const now = at(2026, 1, 10);
    const names = ['20270101-090000-v7-auto.sqlite', '20250101-090000-v7-auto.sqlite'];
    expect(backupsToDelete(names.map(parsed), now)).toEqual(['20250101-090000-v7-auto.sqlite']);
  });
});
