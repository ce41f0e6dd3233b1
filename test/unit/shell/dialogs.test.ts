import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ dialog: { showErrorBox: vi.fn() } }));
vi.mock('electron', () => ({ dialog: electron.dialog }));

const { describeStartupError, showStartupError } = await import('../../../src/main/shell/dialogs');
const { DomainError } = await import('../../../src/main/errors');

const dataDir = '/home/teacher/.config/PartnerDesk';

describe('describeStartupError', () => {
  it('explains DB_BUSY in both languages', () => {
    const text = describeStartupError(new DomainError('DB_BUSY', 'busy'), { dataDir });
    expect(text.title).toContain('PartnerDesk');
    expect(text.message).toContain('数据库正被另一程序/用户使用');
    expect(text.message).toContain('The database is in use by another program or user');
    expect(text.message).toContain(dataDir);
  });

  it('tells the user to update on DB_TOO_NEW', () => {
    const text = describeStartupError(new DomainError('DB_TOO_NEW', 'v9 > v3'));
    expect(text.message).toContain('newer version of PartnerDesk');
    expect(text.message).toContain('升级 PartnerDesk');
  });

  it('shows the pre-migration backup path on MIGRATION_FAILED', () => {
    const backupFile = '/data/backups/pre-migration-20250101-v2.sqlite';
    const error = new DomainError('MIGRATION_FAILED', 'x', { details: { version: 3, backupFile } });
    const text = describeStartupError(error, { dataDir });
    expect(text.message).toContain(backupFile);
    expect(text.message).toContain('rolled back');
  });

  it('says nothing changed when a migration failed before any backup', () => {
    const text = describeStartupError(new DomainError('MIGRATION_FAILED', 'x', { details: { stage: 'backup' } }));
    expect(text.message).toContain('The data was not changed');
  });

  it('covers CORRUPT and DISK_FULL', () => {
    expect(describeStartupError(new DomainError('CORRUPT', 'x')).message).toContain('damaged');
    expect(describeStartupError(new DomainError('DISK_FULL', 'x')).message).toContain('disk is full');
  });

  it('recognises a missing or wrong-ABI native binary, also when wrapped', () => {
    const missing = Object.assign(new Error("Cannot find module '/x/better_sqlite3.node'"), { code: 'MODULE_NOT_FOUND' });
    const wrongAbi = new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115');
    const wrapped = new DomainError('INTERNAL', 'open failed', { cause: wrongAbi });
    for (const error of [missing, wrapped]) {
      expect(describeStartupError(error).message).toContain('better-sqlite3');
    }
  });

  it('falls back to the raw message for anything else', () => {
    expect(describeStartupError(new Error('boom')).message).toContain('boom');
    expect(describeStartupError('plain string').message).toContain('plain string');
  });
});

describe('showStartupError', () => {
  it('shows a native error box', () => {
    showStartupError(new DomainError('DB_BUSY', 'busy'), { dataDir });
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      expect.stringContaining('PartnerDesk'),
      expect.stringContaining('数据库正被另一程序/用户使用'),
    );
  });
});
