import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import {
  MAX_RESTORE_UPLOAD_BYTES,
  type BackupEntry,
  type BackupCreateToResult,
  type BackupInspection,
  type BackupList,
  type InspectSource,
  type RestoreOutcome,
  type RestoreSource,
  type RiskyReason,
} from '@shared/domain/backup';
import type { ProducedFile } from '@shared/domain/jobs';
import { DomainError } from '../errors';
import { createVerifiedBackup } from '../db/backup';
import { backupsDir } from '../db/dataDir';
import { readPragmaNumber } from '../db/openDatabase';
import type { ProducedFiles } from '../files/producedFiles';
import { attachmentsDir } from '../attachments/attachmentStore';
import { NO_JOB, type JobHandle, type JobRegistry } from '../jobs/jobRegistry';
import { attachmentsFolderNextTo, copyAttachments, planAttachmentRestore } from './attachmentCopy';
import { readAttachmentRefs } from './attachmentRefs';
import { createPickedBackups } from './pickedBackups';
import { backUpWithAttachments, type FolderBackupResult } from './folderBackup';
import { backupFileName, parseBackupName, sortNewestFirst, type ParsedBackupName } from './backupNames';
import { backupOnQuit, dueBackup, type SchedulerState } from './backupScheduler';
import { recordCounts } from './dataTables';
import { inspectRestoreCandidate, makeRollbackJournalCopy } from './inspectCandidate';
import { hasPendingRestore, readRestoreReport, stageRestore } from './restoreFiles';
import { backupsToDelete } from './retention';

export interface BackupServiceDeps {
  sqlite: BetterSqlite3.Database;
  dataDir: string;
  now: () => Date;
  files: ProducedFiles;
  /** Backing up to a picked folder runs as a job (progress + cancel); absent → NO_JOB. */
  jobs?: JobRegistry;
  /** The newest schema this app knows (restores of newer files are refused). */
  latestVersion: number;
  nativeBinding?: string;
  /** The Electron shell restarts the app so a staged restore is applied; absent elsewhere. */
  relaunch?: () => void;
}

/** A file on disk named by the CLI (never reachable over IPC). */
export interface FileSource {
  source: 'file';
  file: string;
}

type AutomaticReason = 'start' | 'auto' | 'quit' | 'manual' | RiskyReason;

/**
 * Automatic and manual backups, retention, and restore (staged, see restoreFiles.ts). All
 * backups go through createVerifiedBackup (online backup API → verify → rename) and are
 * serialised, so the timer, the quit hook and the user never write two at once.
 */
export function createBackupService(deps: BackupServiceDeps) {
  const dir = backupsDir(deps.dataDir);
  const binding = deps.nativeBinding === undefined ? {} : { nativeBinding: deps.nativeBinding };
  let queue: Promise<unknown> = Promise.resolve();
  let state: SchedulerState | null = null;
  let relaunchPort = deps.relaunch;
  const picked = createPickedBackups(deps.files);

  const totalChanges = (): number => Number(deps.sqlite.prepare('SELECT total_changes()').pluck().get());

  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  function ours(): ParsedBackupName[] {
    if (!fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).flatMap((name) => {
      const parsed = parseBackupName(name);
      return parsed ? [parsed] : [];
    });
  }

  function schedulerState(): SchedulerState {
    if (!state) {
      const newest = sortNewestFirst(ours())[0];
      state = { lastBackupAt: newest ? newest.date : null, changesAtLastBackup: totalChanges() };
    }
    return state;
  }

  function entryOf(parsed: ParsedBackupName): BackupEntry {
    return {
      fileName: parsed.fileName,
      createdAt: parsed.date.toISOString(),
      schemaVersion: parsed.schemaVersion,
      reason: parsed.reason,
      bytes: fs.statSync(path.join(dir, parsed.fileName)).size,
    };
  }

  /** A free name for a backup in `folder` (two in the same second get -2, -3 …). */
  function freeName(folder: string, reason: Exclude<AutomaticReason, never>): string {
    const version = readPragmaNumber(deps.sqlite, 'user_version');
    for (let attempt = 1; ; attempt += 1) {
      const name = backupFileName(deps.now(), version, reason, attempt);
      if (!fs.existsSync(path.join(folder, name))) return name;
    }
  }

  async function writeBackup(folder: string, reason: AutomaticReason): Promise<string> {
    const changes = totalChanges();
    const name = freeName(folder, reason);
    const backup = await createVerifiedBackup(deps.sqlite, path.join(folder, name), binding);
    if (folder === dir) {
      state = { lastBackupAt: deps.now(), changesAtLastBackup: changes };
      prune();
    }
    return backup.file;
  }

  /** Deletes what retention no longer keeps; only our own file names are ever considered. */
  function prune(): string[] {
    const doomed = backupsToDelete(ours(), deps.now());
    for (const name of doomed) fs.rmSync(path.join(dir, name), { force: true });
    return doomed;
  }

  function create(reason: AutomaticReason = 'manual'): Promise<{ backup: BackupEntry }> {
    return serialised(async () => {
      const file = await writeBackup(dir, reason);
      const parsed = parseBackupName(path.basename(file));
      if (!parsed) throw new DomainError('INTERNAL', `unexpected backup name ${file}`);
      return { backup: entryOf(parsed) };
    });
  }

  function backupPath(fileName: string): string {
    const parsed = parseBackupName(fileName);
    const file = path.join(dir, fileName);
    if (!parsed || path.dirname(file) !== dir || !fs.existsSync(file)) {
      throw new DomainError('NOT_FOUND', `no backup named ${fileName}`, { details: { fileName } });
    }
    return file;
  }

  /** Runs `use` with a file for the source: our backup in place, or the upload in a private temp file. */
  /** `file`, also the PartnerDesk-attachments folder next to the original (null when absent or unknown). */
  async function withSourceFile<T>(
    source: RestoreSource | FileSource,
    use: (file: string, label: string, attachmentsFolder: string | null) => Promise<T>,
  ): Promise<T> {
    if (source.source === 'backup') {
      const file = backupPath(source.fileName);
      return use(file, source.fileName, siblingAttachments(file));
    }
    const tmp = path.join(deps.dataDir, `.restore-upload-${randomBytes(8).toString('hex')}.sqlite`);
    const original = source.source === 'file' ? source.file : source.source === 'picked' ? picked.fileOf(source.pickId) : null;
    if (original !== null) {
      // A private copy: the user's file is never opened for writing, and cannot change under us.
      fs.copyFileSync(original, tmp);
    } else if (source.source === 'upload') {
      const bytes = Buffer.from(source.dataBase64, 'base64');
      if (bytes.length === 0 || bytes.length > MAX_RESTORE_UPLOAD_BYTES) {
        throw new DomainError('VALIDATION', 'the uploaded file is empty or too large', {
          issues: [{ path: ['dataBase64'], message: 'backup.tooLarge' }],
        });
      }
      fs.writeFileSync(tmp, bytes);
    }
    try {
      makeRollbackJournalCopy(tmp);
      const label = original !== null ? path.basename(original) : source.source === 'upload' ? source.fileName : '';
      return await use(tmp, label, original !== null ? siblingAttachments(original) : null);
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(tmp + suffix, { force: true });
    }
  }

  function siblingAttachments(file: string): string | null {
    const folder = attachmentsFolderNextTo(file);
    return fs.existsSync(folder) && fs.statSync(folder).isDirectory() ? folder : null;
  }

  const runJob = <T>(jobId: string | undefined, work: (job: JobHandle) => Promise<T>): Promise<T> =>
    deps.jobs ? deps.jobs.run(jobId, work) : work(NO_JOB);

  /** The .sqlite, then the attachment files it refers to (see folderBackup.ts). */
  function backUpToFolder(folder: string, job: JobHandle): Promise<FolderBackupResult> {
    return backUpWithAttachments({ dataDir: deps.dataDir, job, writeDatabase: () => writeBackup(folder, 'manual'), ...binding });
  }

  return {
    list(): BackupList {
      return {
        backups: sortNewestFirst(ours()).map(entryOf),
        folder: dir,
        lastRestore: readRestoreReport(deps.dataDir),
        restorePending: hasPendingRestore(deps.dataDir),
      };
    },

    create,

    /** A verified backup and its attachments in a folder the user picks (a USB stick, a share); null when cancelled. */
    createTo(input: { jobId?: string | undefined } = {}): Promise<BackupCreateToResult | null> {
      return serialised(async () => {
        const folder = await deps.files.chooseFolder('备份到… / Back up to…');
        if (!folder) return null;
        const result = await runJob(input.jobId, (job) => backUpToFolder(path.resolve(folder), job));
        const file: ProducedFile = deps.files.register(result.file);
        return { file, attachments: result.attachments, attachmentsFolder: result.attachmentsFolder };
      });
    },

    /** createTo without dialogs (CLI, tests). */
    backUpToFolder(folder: string, job: JobHandle = NO_JOB): Promise<FolderBackupResult> {
      return serialised(() => backUpToFolder(path.resolve(folder), job));
    },

    /** A verified backup (with its attachments) into `folder` without dialogs; the .sqlite path. */
    async createIn(folder: string): Promise<string> {
      return (await serialised(() => backUpToFolder(path.resolve(folder), NO_JOB))).file;
    },

    /** Before import, restore or bulk delete: the import engine calls this; a failure stops the risky work. */
    async beforeRisky(reason: RiskyReason): Promise<BackupEntry> {
      return (await create(reason)).backup;
    },

    /** Record counts now and after, and what happens to the attachment files (see attachmentCopy.ts). */
    async inspect(source: InspectSource | FileSource): Promise<BackupInspection> {
      const pickId = source.source === 'folder' ? await picked.pick() : undefined;
      const from: RestoreSource | FileSource = pickId !== undefined ? { source: 'picked', pickId } : (source as RestoreSource | FileSource);
      return withSourceFile(from, async (file, label, folder) => {
        const inspection = inspectRestoreCandidate(file, { latestVersion: deps.latestVersion, ...binding });
        const attachments = planAttachmentRestore(readAttachmentRefs(file, binding), attachmentsDir(deps.dataDir), folder);
        return {
          source: label,
          schemaVersion: inspection.schemaVersion,
          countsCurrent: recordCounts(deps.sqlite),
          countsBackup: inspection.counts,
          attachments,
          ...(pickId === undefined ? {} : { pickId }),
        };
      });
    },

    /** Verify → back up the current state → stage; applied at the next start (see restoreFiles.ts). */
    restore(source: RestoreSource | FileSource): Promise<RestoreOutcome> {
      return withSourceFile(source, async (file, label, folder) => {
        const inspection = inspectRestoreCandidate(file, { latestVersion: deps.latestVersion, ...binding });
        const countsBefore = recordCounts(deps.sqlite);
        const preRestore = (await create('pre-restore')).backup;
        // Before staging, while the USB stick is surely still there. Adding content-addressed
        // files is harmless if the restore never happens: no row of the current data names them.
        const attachments = await copyAttachments({
          refs: readAttachmentRefs(file, binding),
          sourceDir: folder,
          targetDir: attachmentsDir(deps.dataDir),
          job: NO_JOB,
          phase: 'copying-attachments',
        });
        try {
          stageRestore(deps.dataDir, file, {
            source: label,
            preRestoreBackup: preRestore.fileName,
            now: deps.now(),
            latestVersion: deps.latestVersion,
            ...binding,
          });
        } catch (error) {
          if ((error as { code?: unknown }).code === 'ENOSPC') {
            throw new DomainError('DISK_FULL', 'Disk full while staging the restore', { cause: error });
          }
          throw error;
        }
        const relaunch = relaunchPort;
        // After the reply has gone out, so the page learns what happens before it goes away.
        if (relaunch) setImmediate(relaunch);
        return {
          status: 'restartRequired',
          source: label,
          preRestoreBackup: preRestore.fileName,
          countsBefore,
          countsAfter: inspection.counts,
          relaunching: relaunch !== undefined,
          attachments,
        };
      });
    },

    /** Timer and start: takes the backup that is due, if any (the caller logs a failure). */
    async tick(): Promise<BackupEntry | null> {
      const due = dueBackup(schedulerState(), deps.now(), totalChanges());
      return due ? (await create(due)).backup : null;
    },

    /** The Electron shell passes app.relaunch + exit, connected by createCore. */
    connectRelaunch(relaunch: () => void): void {
      relaunchPort = relaunch;
    },

    /** On quit, when anything changed since the last backup. */
    async onQuit(): Promise<BackupEntry | null> {
      if (!backupOnQuit(schedulerState(), totalChanges())) return null;
      return (await create('quit')).backup;
    },

    prune,
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
