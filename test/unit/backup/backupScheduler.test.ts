import { describe, expect, it } from 'vitest';
import { AUTO_BACKUP_INTERVAL_MS, backupOnQuit, dueBackup } from '../../../src/main/backup/backupScheduler';

const at = (iso: string): Date => new Date(iso);

describe('dueBackup', () => {
  it('backs up on the first start of a day', () => {
    expect(dueBackup({ lastBackupAt: null, changesAtLastBackup: 0 }, at('2026-03-05T08:00:00'), 0)).toBe('start');
    expect(dueBackup({ lastBackupAt: at('2026-03-04T17:00:00'), changesAtLastBackup: 0 }, at('2026-03-05T08:00:00'), 0)).toBe('start');
    expect(dueBackup({ lastBackupAt: at('2026-03-05T07:00:00'), changesAtLastBackup: 0 }, at('2026-03-05T08:00:00'), 0)).toBeNull();
  });

  it('every 15 minutes while changed, never when unchanged', () => {
    const last = at('2026-03-05T09:00:00');
    const state = { lastBackupAt: last, changesAtLastBackup: 40 };
    const plus = (ms: number): Date => new Date(last.getTime() + ms);
    expect(dueBackup(state, plus(AUTO_BACKUP_INTERVAL_MS - 1000), 41)).toBeNull();
    expect(dueBackup(state, plus(AUTO_BACKUP_INTERVAL_MS), 41)).toBe('auto');
    expect(dueBackup(state, plus(5 * AUTO_BACKUP_INTERVAL_MS), 40)).toBeNull();
  });

  it('on quit only when something changed since the last backup', () => {
    expect(backupOnQuit({ lastBackupAt: at('2026-03-05T09:00:00'), changesAtLastBackup: 3 }, 3)).toBe(false);
    expect(backupOnQuit({ lastBackupAt: at('2026-03-05T09:00:00'), changesAtLastBackup: 3 }, 4)).toBe(true);
    expect(backupOnQuit({ lastBackupAt: null, changesAtLastBackup: 0 }, 0)).toBe(true);
  });
});
