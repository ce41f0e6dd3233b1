import type { AttachmentCopySummary } from '@shared/domain/backup';

// What the CLI says about attachment files after `backup --out` and `restore` (the /data
// page says the same in its own words).

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** After a backup: how many files the backup folder holds for this backup, how many were new, and what was lost already. */
export function attachmentsLine(a: AttachmentCopySummary, folder: string): string {
  const missing = a.missing > 0 ? `; ${a.missing} referenced file(s) missing from this data folder, not backed up` : '';
  return `attachments: ${a.copied + a.alreadyThere} of ${a.referenced} in ${folder} (${mb(a.bytes)}; ${a.copied} copied now, ${a.alreadyThere} already there)${missing}`;
}

/** After a restore: files brought back into the data folder, and those found nowhere. */
export function restoredAttachmentsLine(a: AttachmentCopySummary): string {
  const missing = a.missing > 0 ? `; ${a.missing} missing here and in the backup folder (their records stay, the files cannot be opened)` : '';
  return `attachments: ${a.copied} brought back (${mb(a.copiedBytes)}), ${a.alreadyThere} already here, of ${a.referenced}${missing}`;
}
