import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createCore, type Core } from '../../../src/main/core';
import { createJobRegistry } from '../../../src/main/jobs/jobRegistry';
import { ATTACHMENTS_BACKUP_FOLDER, isCopyTempName } from '../../../src/main/backup/attachmentCopy';
import { makeTempDir } from '../../helpers/tempDir';
import { listDir, rejectionOf, startCore } from './helpers';

// Backing up to a picked folder carries the attachment files the database refers to
// (PartnerDesk-attachments/ next to the .sqlite), and a restore from that folder brings
// them back. Real folders, real files, bytes compared.

/** A distinct small PDF per label (the store checks the %PDF- magic). */
const pdf = (label: string, padding = 0): Buffer => Buffer.from(`%PDF-1.4\n% ${label}\n${'x'.repeat(padding)}\n%%EOF\n`, 'latin1');

async function coreWithAttachments(count: number, padding = 0): Promise<{ core: Core; dataDir: string; storedNames: string[] }> {
  const dataDir = makeTempDir();
  const core = await startCore(dataDir);
  const partner = await core.services.partners.create({ kind: 'enterprise', fullName: '附件备份测试有限公司' });
  const storedNames: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const a = await core.services.attachments.upload({
      entityType: 'organisation',
      entityId: partner.id,
      kind: 'signed_scan',
      fileName: `scan-${i}.pdf`,
      dataBase64: pdf(`scan ${i}`, padding).toString('base64'),
    });
    storedNames.push(`${a.sha256}.pdf`);
  }
  return { core, dataDir, storedNames: storedNames.sort() };
}

const visible = (dir: string): string[] => listDir(dir).filter((n) => !n.startsWith('.'));

describe('backup to a folder with attachments', () => {
  it('copies exactly the referenced files, verified; a second run copies none; a damaged copy is replaced', async () => {
    const { core, dataDir, storedNames } = await coreWithAttachments(3);
    // A stray file in the store that no row names must never leave the machine.
    fs.writeFileSync(path.join(dataDir, 'attachments', `${'0'.repeat(64)}.pdf`), pdf('stray'));
    const stick = makeTempDir();

    const first = await core.services.backups.backUpToFolder(stick);

    const copies = path.join(stick, ATTACHMENTS_BACKUP_FOLDER);
    expect(first.attachmentsFolder).toBe(copies);
    expect(listDir(copies)).toEqual(storedNames);
    for (const name of storedNames) expect(fs.readFileSync(path.join(copies, name))).toEqual(fs.readFileSync(path.join(dataDir, 'attachments', name)));
    expect(first.attachments).toMatchObject({ referenced: 3, copied: 3, alreadyThere: 0, missing: 0 });
    expect(first.attachments.bytes).toBe(storedNames.reduce((n, s) => n + fs.statSync(path.join(copies, s)).size, 0));
    expect(visible(stick).filter((n) => n.endsWith('.sqlite'))).toEqual([path.basename(first.file)]);

    const second = await core.services.backups.backUpToFolder(stick);
    expect(second.attachments).toMatchObject({ referenced: 3, copied: 0, alreadyThere: 3, copiedBytes: 0 });

    // Same name, wrong bytes (a truncated write on the stick): copied again and right afterwards.
    const damaged = path.join(copies, storedNames[1]!);
    fs.writeFileSync(damaged, 'garbage');
    const third = await core.services.backups.backUpToFolder(stick);
    expect(third.attachments).toMatchObject({ copied: 1, alreadyThere: 2 });
    expect(fs.readFileSync(damaged)).toEqual(fs.readFileSync(path.join(dataDir, 'attachments', storedNames[1]!)));
    expect(listDir(copies)).toEqual(storedNames);
  }, 60_000);

  it('counts a referenced file that is gone from the data folder as missing and still writes the rest', async () => {
    const { core, dataDir, storedNames } = await coreWithAttachments(2);
    fs.rmSync(path.join(dataDir, 'attachments', storedNames[0]!));
    const stick = makeTempDir();
    const result = await core.services.backups.backUpToFolder(stick);
    expect(result.attachments).toMatchObject({ referenced: 2, copied: 1, missing: 1 });
    expect(listDir(path.join(stick, ATTACHMENTS_BACKUP_FOLDER))).toEqual([storedNames[1]]);
  }, 60_000);

  it('cancel while copying leaves no temp file and no .sqlite of that run; verified files already copied stay', async () => {
    const { core, storedNames } = await coreWithAttachments(4, 2 * 1024 * 1024);
    const stick = makeTempDir();
    const jobs = createJobRegistry(() => undefined);
    const seen: string[] = [];
    const job = jobs.start('cancel-test-job');
    const handle = {
      signal: job.signal,
      throwIfCancelled: () => job.throwIfCancelled(),
      progress: (phase: Parameters<typeof job.progress>[0], done: number, total: number | null) => {
        seen.push(`${phase} ${done}/${total}`);
        // Cancel once the second file is done: the third is then stopped before or during its copy.
        if (phase === 'copying-attachments' && done === 2) jobs.cancel('cancel-test-job');
      },
    };

    const error = await rejectionOf(core.services.backups.backUpToFolder(stick, handle));
    job.finish();

    expect(error.code).toBe('CANCELLED');
    expect(seen).toContain('copying-attachments 0/4');
    const copies = path.join(stick, ATTACHMENTS_BACKUP_FOLDER);
    expect(listDir(copies).filter(isCopyTempName)).toEqual([]);
    expect(listDir(copies)).toEqual(storedNames.slice(0, 2));
    expect(listDir(stick).filter((n) => n.endsWith('.sqlite'))).toEqual([]);
    expect(listDir(stick).filter((n) => n.startsWith('.tmp-'))).toEqual([]);
  }, 60_000);

  it('cancel in the middle of one file (written, fsynced, not yet verified) removes its temp file', async () => {
    const { core, storedNames } = await coreWithAttachments(3, 1024 * 1024);
    const stick = makeTempDir();
    const jobs = createJobRegistry(() => undefined);
    const job = jobs.start('cancel-mid-file');
    let firstFileDone = false;
    const handle = {
      signal: job.signal,
      throwIfCancelled: () => job.throwIfCancelled(),
      progress: (phase: Parameters<typeof job.progress>[0], done: number) => {
        if (phase === 'copying-attachments' && done === 1) firstFileDone = true;
      },
    };
    const realFsync = fs.fsyncSync;
    const spy = vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      realFsync(fd);
      // The second file's temp copy is complete on disk: the user cancels now.
      if (firstFileDone) jobs.cancel('cancel-mid-file');
    });
    onTestFinished(() => spy.mockRestore());

    const error = await rejectionOf(core.services.backups.backUpToFolder(stick, handle));
    job.finish();

    expect(error.code).toBe('CANCELLED');
    const copies = path.join(stick, ATTACHMENTS_BACKUP_FOLDER);
    expect(listDir(copies)).toEqual([storedNames[0]]);
    expect(listDir(stick).filter((n) => n.endsWith('.sqlite'))).toEqual([]);
  }, 60_000);

  it('restore from a backup file with the sibling folder into a fresh data folder brings every file back; missing ones are counted', async () => {
    const { core, storedNames } = await coreWithAttachments(3);
    const stick = makeTempDir();
    const backup = await core.services.backups.backUpToFolder(stick);
    const copies = path.join(stick, ATTACHMENTS_BACKUP_FOLDER);
    const originals = new Map(storedNames.map((n) => [n, fs.readFileSync(path.join(copies, n))]));
    // One file lost on the stick too, one damaged there (same name, wrong bytes): neither can come back.
    fs.rmSync(path.join(copies, storedNames[0]!));
    fs.writeFileSync(path.join(copies, storedNames[1]!), Buffer.alloc(originals.get(storedNames[1]!)!.length, 0x20));

    const freshDir = makeTempDir();
    const fresh = await startCore(freshDir);
    const inspection = await fresh.services.backups.inspect({ source: 'file', file: backup.file });
    // The damaged file has the right size, so the plan counts it; the sha256 check at restore time does not.
    expect(inspection.attachments).toEqual({ referenced: 3, local: 0, fromFolder: 2, missing: 1, folderFound: true });

    const outcome = await fresh.services.backups.restore({ source: 'file', file: backup.file });
    expect(outcome.attachments).toMatchObject({ referenced: 3, copied: 1, missing: 2 });
    fresh.close();

    const restored = await startCore(freshDir);
    const rows = restored.database.sqlite.prepare('SELECT stored_name FROM attachment ORDER BY stored_name').pluck().all();
    expect(rows).toEqual(storedNames);
    const store = path.join(freshDir, 'attachments');
    expect(visible(store)).toEqual([storedNames[2]]);
    expect(fs.readFileSync(path.join(store, storedNames[2]!))).toEqual(originals.get(storedNames[2]!));
    expect(listDir(store).filter(isCopyTempName)).toEqual([]);
  }, 60_000);

  it('a complete sibling folder restores every referenced file byte for byte', async () => {
    const { core, storedNames } = await coreWithAttachments(3);
    const stick = makeTempDir();
    const backup = await core.services.backups.backUpToFolder(stick);
    const freshDir = makeTempDir();
    const fresh = await startCore(freshDir);
    const outcome = await fresh.services.backups.restore({ source: 'file', file: backup.file });
    expect(outcome.attachments).toMatchObject({ referenced: 3, copied: 3, missing: 0 });
    fresh.close();
    const restored = await startCore(freshDir);
    const partnerId = String(restored.database.sqlite.prepare("SELECT id FROM organisation WHERE full_name = '附件备份测试有限公司'").pluck().get());
    const listed = await restored.services.attachments.list({ entityType: 'organisation', entityId: partnerId });
    expect(listed).toHaveLength(3);
    for (const a of listed) {
      const bytes = fs.readFileSync(path.join(freshDir, 'attachments', `${a.sha256}.pdf`));
      expect(bytes).toEqual(fs.readFileSync(path.join(stick, ATTACHMENTS_BACKUP_FOLDER, `${a.sha256}.pdf`)));
    }
    expect(storedNames).toHaveLength(3);
  }, 60_000);

  it('an upload (no folder known) counts what is missing and copies nothing', async () => {
    const { core } = await coreWithAttachments(2);
    const stick = makeTempDir();
    const backup = await core.services.backups.backUpToFolder(stick);
    const fresh = await startCore(makeTempDir());
    const inspection = await fresh.services.backups.inspect({
      source: 'upload',
      fileName: 'from-a-mail.sqlite',
      dataBase64: fs.readFileSync(backup.file).toString('base64'),
    });
    expect(inspection.attachments).toEqual({ referenced: 2, local: 0, fromFolder: 0, missing: 2, folderFound: false });
  }, 60_000);

  it('restore from a picked backup folder (the page holds a pick id, not a path) brings the files back', async () => {
    const { core, storedNames } = await coreWithAttachments(2);
    const stick = makeTempDir();
    await core.services.backups.backUpToFolder(stick);
    const freshDir = makeTempDir();
    const fresh = await createCore({
      dataDir: freshDir,
      actor: 'tester',
      desktop: { openFile: async () => undefined, revealFile: () => undefined, chooseFolder: async () => stick },
    });
    onTestFinished(() => fresh.close());

    const inspection = await fresh.services.backups.inspect({ source: 'folder' });
    expect(inspection.attachments).toEqual({ referenced: 2, local: 0, fromFolder: 2, missing: 0, folderFound: true });
    expect(inspection.pickId).toMatch(/^[0-9a-f]{24}$/);
    const outcome = await fresh.services.backups.restore({ source: 'picked', pickId: inspection.pickId! });

    expect(outcome.attachments).toMatchObject({ copied: 2, missing: 0 });
    expect(visible(path.join(freshDir, 'attachments'))).toEqual(storedNames);
    const unknown = await rejectionOf(fresh.services.backups.restore({ source: 'picked', pickId: 'a'.repeat(24) }));
    expect(unknown.code).toBe('NOT_FOUND');
  }, 60_000);
});
