import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { openDatabase } from '../../../src/main/db/openDatabase';
import { PENDING_FILE, PENDING_MARKER } from '../../../src/main/backup/restoreFiles';
import { backupsOf, corruptTablePage, dumpTables, rejectionOf, rootPageOf, startCore } from './helpers';

async function seededCore(dataDir: string) {
  const core = await startCore(dataDir);
  await core.services.seed.sample({ mode: 'sample' });
  return core;
}

describe('restore drill', () => {
  it('backup → changes → restore (staged, applied at the next start) gives back exactly the backed-up data', async () => {
    const dataDir = makeTempDir();
    let relaunches = 0;
    const core = await startCore(dataDir, { relaunch: () => (relaunches += 1) });
    await core.services.seed.sample({ mode: 'sample' });
    const { backup } = await core.services.backups.create('manual');
    const atBackup = dumpTables(core.database.sqlite);

    const partner = await core.services.partners.create({ kind: 'enterprise', fullName: '恢复演练新增有限公司' });
    const doomed = (await core.services.partners.list({ page: 1, pageSize: 1 })).items[0]!;
    await core.services.partners.delete(doomed.id);
    expect(dumpTables(core.database.sqlite)).not.toEqual(atBackup);

    const inspection = await core.services.backups.inspect({ source: 'backup', fileName: backup.fileName });
    expect(inspection.countsCurrent['organisation']).toBe(inspection.countsBackup['organisation']!); // +1 -1
    const outcome = await core.services.backups.restore({ source: 'backup', fileName: backup.fileName });
    expect(outcome).toMatchObject({ status: 'restartRequired', source: backup.fileName, relaunching: true });
    expect(outcome.countsAfter).toEqual(inspection.countsBackup);
    expect(outcome.countsBefore).toEqual(inspection.countsCurrent);
    await new Promise((resolve) => setImmediate(resolve));
    expect(relaunches).toBe(1);
    expect(backupsOf(dataDir)).toContain(outcome.preRestoreBackup);
    expect(fs.existsSync(path.join(dataDir, PENDING_MARKER))).toBe(true);
    core.close();

    const after = await startCore(dataDir);
    expect(dumpTables(after.database.sqlite)).toEqual(atBackup);
    expect(await after.services.partners.get(partner.id).catch((e: { code?: string }) => e.code)).toBe('NOT_FOUND');
    const list = after.services.backups.list();
    expect(list.restorePending).toBe(false);
    expect(list.lastRestore).toMatchObject({ source: backup.fileName, preRestoreBackup: outcome.preRestoreBackup, countsAfter: outcome.countsAfter });
    expect(fs.existsSync(path.join(dataDir, PENDING_FILE))).toBe(false);
  });

  it('refuses a copy with 64 damaged bytes with CORRUPT and changes nothing', async () => {
    const dataDir = makeTempDir();
    const core = await seededCore(dataDir);
    const { backup } = await core.services.backups.create('manual');
    const file = path.join(dataDir, 'backups', backup.fileName);
    const reader = openDatabase(file, { readonly: true, untrusted: true });
    const broken = path.join(makeTempDir(), 'broken.sqlite');
    fs.copyFileSync(file, broken);
    const page = rootPageOf(reader.sqlite, 'organisation');
    reader.close();
    corruptTablePage(broken, page);
    const before = dumpTables(core.database.sqlite, { includeHistory: true });
    const backupsBefore = backupsOf(dataDir);

    const error = await rejectionOf(
      core.services.backups.restore({ source: 'upload', fileName: 'broken.sqlite', dataBase64: fs.readFileSync(broken).toString('base64') }),
    );

    expect(error.code).toBe('CORRUPT');
    expect(dumpTables(core.database.sqlite, { includeHistory: true })).toEqual(before);
    expect(backupsOf(dataDir)).toEqual(backupsBefore); // no pre-restore backup either: refused before that
    expect(fs.readdirSync(dataDir).filter((n) => n.startsWith('.restore-upload') || n.startsWith('restore-pending'))).toEqual([]);
  });

  it('refuses a file from a newer PartnerDesk with DB_TOO_NEW', async () => {
    const dataDir = makeTempDir();
    const core = await seededCore(dataDir);
    const newer = path.join(makeTempDir(), 'newer.sqlite');
    await core.database.sqlite.backup(newer);
    const raw = openDatabase(newer, { actor: () => 'test' });
    raw.sqlite.pragma(`user_version = ${core.schemaVersion() + 1}`);
    raw.sqlite.pragma('journal_mode = DELETE');
    raw.close();

    const error = await rejectionOf(
      core.services.backups.restore({ source: 'upload', fileName: 'newer.sqlite', dataBase64: fs.readFileSync(newer).toString('base64') }),
    );
    expect(error.code).toBe('DB_TOO_NEW');
    expect(core.services.backups.list().restorePending).toBe(false);
  });

  it('refuses a SQLite file that is not a PartnerDesk database', async () => {
    const dataDir = makeTempDir();
    const core = await startCore(dataDir);
    const other = path.join(makeTempDir(), 'other.sqlite');
    const raw = openDatabase(other, { actor: () => 'test' });
    raw.sqlite.exec('create table notes(id integer primary key, body text)');
    raw.sqlite.pragma('journal_mode = DELETE');
    raw.close();
    const error = await rejectionOf(
      core.services.backups.inspect({ source: 'upload', fileName: 'other.sqlite', dataBase64: fs.readFileSync(other).toString('base64') }),
    );
    expect(error.code).toBe('VALIDATION');
  });
});
