import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/tempDir';
import { createCore } from '../../../src/main/core';
import { latestVersion } from '../../../src/main/db/migrate';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { stageRestore } from '../../../src/main/backup/restoreFiles';
import { corruptTablePage, dumpTables, listDir, rejectionOf, rootPageOf, startCore } from './helpers';

describe('quarantine at start (reliability.md §4, acceptance check 6)', () => {
  it('moves a database that fails quick_check to quarantine/<ts>/, offers the latest verified backup, and restoring it brings the app back', async () => {
    const dataDir = makeTempDir();
    const core = await startCore(dataDir);
    await core.services.seed.sample({ mode: 'sample' });
    const { backup } = await core.services.backups.create('manual');
    const expected = dumpTables(core.database.sqlite);
    const dbFile = core.dbFile;
    const page = rootPageOf(core.database.sqlite, 'organisation');
    expect(page.rootpage).toBeGreaterThan(1);
    core.close(); // checkpoints: the live file alone holds the data now
    corruptTablePage(dbFile, page);
    const damaged = fs.readFileSync(dbFile);

    const error = await rejectionOf(createCore({ dataDir, actor: 'tester' }));

    expect(error.code).toBe('CORRUPT');
    const details = error.details as { quarantineDir: string; latestBackup: { fileName: string; counts: Record<string, number> } };
    expect(path.dirname(details.quarantineDir)).toBe(path.join(dataDir, 'quarantine'));
    expect(listDir(details.quarantineDir)).toEqual(['partnerdesk.db']);
    expect(fs.readFileSync(path.join(details.quarantineDir, 'partnerdesk.db')).equals(damaged)).toBe(true); // moved, not repaired
    expect(fs.existsSync(dbFile)).toBe(false);
    expect(details.latestBackup.fileName).toBe(backup.fileName);
    expect(details.latestBackup.counts['organisation']).toBeGreaterThan(0);

    // What the shell's dialog and `partnerdesk restore` do: stage the offered backup, start again.
    stageRestore(dataDir, path.join(dataDir, 'backups', backup.fileName), {
      source: backup.fileName,
      preRestoreBackup: null,
      now: new Date(),
      latestVersion: latestVersion(MIGRATIONS),
    });
    const back = await startCore(dataDir);
    expect(dumpTables(back.database.sqlite)).toEqual(expected);
    expect(back.services.backups.list().lastRestore).toMatchObject({ source: backup.fileName, countsAfter: details.latestBackup.counts });
  });

  it('a file that is not a database at all is quarantined too, with -wal and -shm', async () => {
    const dataDir = makeTempDir();
    fs.writeFileSync(path.join(dataDir, 'partnerdesk.db'), 'this is not a database '.repeat(200));
    fs.writeFileSync(path.join(dataDir, 'partnerdesk.db-wal'), Buffer.alloc(8192, 7));
    fs.writeFileSync(path.join(dataDir, 'partnerdesk.db-shm'), 'y');
    const error = await rejectionOf(createCore({ dataDir, actor: 'tester' }));
    expect(error.code).toBe('CORRUPT');
    const { quarantineDir, latestBackup } = error.details as { quarantineDir: string; latestBackup: unknown };
    expect(listDir(quarantineDir)).toEqual(['partnerdesk.db', 'partnerdesk.db-shm', 'partnerdesk.db-wal']);
    expect(latestBackup).toBeNull();
  });

  it('refuses a data folder in a cloud-sync folder before creating anything', async () => {
    const base = makeTempDir();
    const dataDir = path.join(base, 'BaiduSyncdisk', 'PartnerDesk');
    const error = await rejectionOf(createCore({ dataDir, actor: 'tester' }));
    expect(error.code).toBe('UNSAFE_LOCATION');
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
