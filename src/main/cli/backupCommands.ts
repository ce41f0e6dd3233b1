import fs from 'node:fs';
import path from 'node:path';
import type { AttachmentCopySummary, TableCounts } from '@shared/domain/backup';
import { createCore, type Core } from '../core';
import { DomainError } from '../errors';
import { latestVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { inspectRestoreCandidate, makeRollbackJournalCopy } from '../backup/inspectCandidate';
import { stageRestore } from '../backup/restoreFiles';
import { attachmentsDir } from '../attachments/attachmentStore';
import { NO_JOB } from '../jobs/jobRegistry';
import { attachmentsFolderNextTo, copyAttachments } from '../backup/attachmentCopy';
import { readAttachmentRefs } from '../backup/attachmentRefs';
import { restoredAttachmentsLine } from './attachmentLines';
import { printResult } from './output';
import type { CommandContext } from './commands';

// `partnerdesk export FILE.xlsx` and `partnerdesk restore FILE` (issue 6). Restore works like
// the app: verify, back up the current state, stage, and the next open applies it; here the
// "next open" follows at once. A live database that fails its start-up check is quarantined
// by createCore, and the file is then restored without a pre-restore backup (the damaged
// file itself is kept under quarantine/).

function openCore(c: CommandContext): Promise<Core> {
  return createCore({ dataDir: c.dataDir, actor: 'cli', ...(c.now ? { clock: c.now } : {}) });
}

export async function exportCommand(c: CommandContext, file: string | undefined): Promise<void> {
  if (!file || !/\.xlsx$/i.test(file)) throw new DomainError('VALIDATION', 'export needs FILE.xlsx');
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw new DomainError('CONFLICT', `${target} already exists`);
  const core = await openCore(c);
  try {
    const summary = await core.services.fullExport.exportTo(target);
    const rows = summary.tables.reduce((n, t) => n + t.rows, 0);
    printResult(c.io, c.json, { file: target, tables: summary.tables }, [
      `exported ${summary.tables.length} tables, ${rows} rows: ${target}`,
    ]);
  } finally {
    core.close();
  }
}

const countsLine = (counts: TableCounts): string => Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ');

export async function restoreCommand(c: CommandContext, file: string | undefined): Promise<void> {
  if (!file) throw new DomainError('VALIDATION', 'restore needs FILE');
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw new DomainError('NOT_FOUND', `no such file: ${source}`);

  let countsBefore: TableCounts | null = null;
  let preRestoreBackup: string | null = null;
  let quarantineDir: string | null = null;
  let attachments: AttachmentCopySummary | null = null;
  try {
    const core = await openCore(c);
    try {
      const outcome = await core.services.backups.restore({ source: 'file', file: source });
      countsBefore = outcome.countsBefore;
      preRestoreBackup = outcome.preRestoreBackup;
      attachments = outcome.attachments;
    } finally {
      core.close();
    }
  } catch (error) {
    const quarantined = error instanceof DomainError && error.code === 'CORRUPT' ? error.details?.['quarantineDir'] : undefined;
    if (typeof quarantined !== 'string') throw error;
    quarantineDir = quarantined;
    attachments = await stageFromDamagedStart(c.dataDir, source, c.now?.() ?? new Date());
  }

  const after = await openCore(c);
  try {
    const report = after.services.backups.list().lastRestore;
    const countsAfter = report?.countsAfter ?? {};
    printResult(
      c.io,
      c.json,
      { source, schemaVersion: after.schemaVersion(), preRestoreBackup, quarantineDir, countsBefore, countsAfter, attachments },
      [
        `restored ${source} (schema v${after.schemaVersion()})`,
        ...(preRestoreBackup ? [`previous state backed up as ${preRestoreBackup}`] : []),
        ...(quarantineDir ? [`the damaged database was moved to ${quarantineDir}`] : []),
        ...(countsBefore ? [`before: ${countsLine(countsBefore)}`] : []),
        `after:  ${countsLine(countsAfter)}`,
        ...(attachments ? [restoredAttachmentsLine(attachments)] : []),
      ],
    );
  } finally {
    after.close();
  }
}

async function stageFromDamagedStart(dataDir: string, source: string, now: Date): Promise<AttachmentCopySummary> {
  const copy = path.join(dataDir, `.restore-cli-${process.pid}.sqlite`);
  fs.copyFileSync(source, copy);
  try {
    makeRollbackJournalCopy(copy);
    inspectRestoreCandidate(copy, { latestVersion: latestVersion(MIGRATIONS) });
    const folder = attachmentsFolderNextTo(source);
    const attachments = await copyAttachments({
      refs: readAttachmentRefs(copy),
      sourceDir: fs.existsSync(folder) ? folder : null,
      targetDir: attachmentsDir(dataDir),
      job: NO_JOB,
      phase: 'copying-attachments',
    });
    stageRestore(dataDir, copy, { source: path.basename(source), preRestoreBackup: null, now, latestVersion: latestVersion(MIGRATIONS) });
    return attachments;
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(copy + suffix, { force: true });
  }
}
