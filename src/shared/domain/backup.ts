import { z } from 'zod';
import { JobId, ProducedFile } from './jobs';

// Backups, restore and the full export (issue 6). Backups are named by the core and
// referred to by file name only; the core resolves the name inside its own backups
// folder, so a page can never point the core at an arbitrary path.

/** Why a backup was taken; part of its file name. */
export const BACKUP_REASONS = [
  'start',
  'auto',
  'quit',
  'manual',
  'pre-restore',
  'pre-import',
  'pre-delete',
  'pre-migration',
] as const;
export const BackupReason = z.enum(BACKUP_REASONS);
export type BackupReason = z.infer<typeof BackupReason>;

/** Reasons a caller may ask `beforeRisky` for. */
export const RISKY_REASONS = ['pre-import', 'pre-delete', 'pre-restore'] as const;
export type RiskyReason = (typeof RISKY_REASONS)[number];

/** `20250901-143005-v7-manual.sqlite`, `pre-migration-20250901-143005-v6.sqlite`. */
export const BACKUP_FILE_NAME_PATTERN =
  /^(pre-migration-)?(\d{8})-(\d{6})-v(\d{1,4})(?:-(start|auto|quit|manual|pre-restore|pre-import|pre-delete))?(?:-(\d{1,3}))?\.sqlite$/;
export const BackupFileName = z.string().max(120).regex(BACKUP_FILE_NAME_PATTERN, { message: 'backup.fileName' });

/** An uploaded database file: 512 MiB is far above a college office's data (60 MB at 300k rows). */
export const MAX_RESTORE_UPLOAD_BYTES = 512 * 1024 * 1024;
const MAX_RESTORE_BASE64_CHARS = Math.ceil(MAX_RESTORE_UPLOAD_BYTES / 3) * 4;

/** Live records per main table (rows not in the trash). */
export const TableCounts = z.record(z.string(), z.int().min(0));
export type TableCounts = z.infer<typeof TableCounts>;

export const BackupEntry = z.object({
  fileName: z.string(),
  /** ISO timestamp read from the file name (local time of the machine that wrote it). */
  createdAt: z.string(),
  schemaVersion: z.int().min(0),
  reason: BackupReason,
  bytes: z.int().min(0),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const RestoreReport = z.object({
  /** File name of the backup (or upload) that was restored. */
  source: z.string(),
  appliedAt: z.string(),
  /** The backup of the state that was replaced. */
  preRestoreBackup: z.string().nullable(),
  countsAfter: TableCounts,
});
export type RestoreReport = z.infer<typeof RestoreReport>;

export const BackupList = z.object({
  backups: z.array(BackupEntry),
  /** Shown so the user knows where the files are. */
  folder: z.string(),
  /** The restore applied at the last start, if any (shown once on the data page). */
  lastRestore: RestoreReport.nullable(),
  /** A restore is staged and waits for the next start. */
  restorePending: z.boolean(),
});
export type BackupList = z.infer<typeof BackupList>;

export const BackupCreateOutput = z.object({ backup: BackupEntry });

/** Attachment files copied with a backup to a picked folder, or back into the data folder on restore. */
export const AttachmentCopySummary = z.object({
  /** Distinct files the database refers to (rows in the trash included). */
  referenced: z.int().min(0),
  copied: z.int().min(0),
  /** Present already with the right name and size (incremental: not copied again). */
  alreadyThere: z.int().min(0),
  /** Not in the source folder, or its bytes there do not match its sha256. */
  missing: z.int().min(0),
  /** Bytes of all files the target now holds for this database (copied + alreadyThere). */
  bytes: z.int().min(0),
  copiedBytes: z.int().min(0),
});
export type AttachmentCopySummary = z.infer<typeof AttachmentCopySummary>;

/** Back up to a folder the user picks: runs as job `jobId` (progress: writing, verifying, copying-attachments). */
export const BackupCreateToInput = z.undefined().or(z.object({ jobId: JobId.optional() }));
export const BackupCreateToOutput = z
  .object({ file: ProducedFile, attachments: AttachmentCopySummary, attachmentsFolder: z.string() })
  .nullable();
export type BackupCreateToResult = NonNullable<z.infer<typeof BackupCreateToOutput>>;

/** Where a restore comes from: one of our backups, or a file the user uploaded. */
export const RestoreSource = z.discriminatedUnion('source', [
  z.object({ source: z.literal('backup'), fileName: BackupFileName }),
  z.object({
    source: z.literal('upload'),
    fileName: z.string().trim().min(1).max(255),
    dataBase64: z.string().min(1).max(MAX_RESTORE_BASE64_CHARS).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'backup.unreadable' }),
  }),
  /** The newest backup in a folder the user picked through the core's folder dialog (see InspectSource). */
  z.object({ source: z.literal('picked'), pickId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) }),
]);
export type RestoreSource = z.infer<typeof RestoreSource>;

/**
 * Inspect also takes `{ source: 'folder' }`: the core asks for a folder (the USB stick a
 * backup went to), takes the newest PartnerDesk backup in it and answers with a `pickId`
 * that a restore then names, so a page never holds a path. An uploaded file has no folder,
 * so only a picked file can bring attachments back from PartnerDesk-attachments/.
 */
export const InspectSource = z.union([RestoreSource, z.object({ source: z.literal('folder') })]);
export type InspectSource = z.infer<typeof InspectSource>;

/** What a restore does about the attachment files its database refers to. */
export const AttachmentRestorePlan = z.object({
  referenced: z.int().min(0),
  /** Present in this data folder already. */
  local: z.int().min(0),
  /** Brought back from PartnerDesk-attachments/ next to the backup. */
  fromFolder: z.int().min(0),
  /** In neither place: those rows stay, but their files cannot be opened. */
  missing: z.int().min(0),
  /** A PartnerDesk-attachments folder sits next to the backup file. */
  folderFound: z.boolean(),
});
export type AttachmentRestorePlan = z.infer<typeof AttachmentRestorePlan>;

export const BackupInspection = z.object({
  source: z.string(),
  schemaVersion: z.int().min(0),
  /** What the database holds now, and what it will hold after the restore. */
  countsCurrent: TableCounts,
  countsBackup: TableCounts,
  attachments: AttachmentRestorePlan,
  /** Set for `{ source: 'folder' }`: pass `{ source: 'picked', pickId }` to restore this file. */
  pickId: z.string().optional(),
});
export type BackupInspection = z.infer<typeof BackupInspection>;

export const RestoreOutcome = z.object({
  /** 'restartRequired': staged; PartnerDesk applies it at the next start (the desktop app restarts itself). */
  status: z.enum(['restartRequired', 'done']),
  source: z.string(),
  preRestoreBackup: z.string(),
  countsBefore: TableCounts,
  countsAfter: TableCounts,
  /** The shell is restarting the app now. */
  relaunching: z.boolean(),
  /** Copied into the data folder before staging (see src/main/backup/README.md). */
  attachments: AttachmentCopySummary,
});
export type RestoreOutcome = z.infer<typeof RestoreOutcome>;

export const ExportAllInput = z.object({ jobId: JobId });
