import { extensionOf } from '@shared/domain/attachment';

// What an upload really is, judged by its first bytes and checked against the name's
// extension (reliability.md §8): a renamed .exe is not a PDF, and a PDF named .png is not
// stored as an image. The stored extension comes from this table, never from the user.

export interface AcceptedType {
  /** The extension the file is stored and opened with, with the dot. */
  ext: '.pdf' | '.jpg' | '.png' | '.docx' | '.xlsx';
  mime: string;
}

const startsWith = (bytes: Buffer, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4: docx and xlsx are zip packages

/** A zip entry name appears uncompressed in its local header, so a package can be told apart. */
const hasZipEntryPrefix = (bytes: Buffer, prefix: string): boolean => startsWith(bytes, ZIP) && bytes.includes(Buffer.from(prefix, 'latin1'));

const BY_EXTENSION: Readonly<Record<string, { type: AcceptedType; matches: (bytes: Buffer) => boolean }>> = {
  pdf: { type: { ext: '.pdf', mime: 'application/pdf' }, matches: (b) => startsWith(b, PDF) },
  jpg: { type: { ext: '.jpg', mime: 'image/jpeg' }, matches: (b) => startsWith(b, JPEG) },
  jpeg: { type: { ext: '.jpg', mime: 'image/jpeg' }, matches: (b) => startsWith(b, JPEG) },
  png: { type: { ext: '.png', mime: 'image/png' }, matches: (b) => startsWith(b, PNG) },
  docx: {
    type: { ext: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    matches: (b) => hasZipEntryPrefix(b, 'word/'),
  },
  xlsx: {
    type: { ext: '.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    matches: (b) => hasZipEntryPrefix(b, 'xl/'),
  },
};

/**
 * The accepted type of `bytes` uploaded as `fileName`, or the reason it is refused:
 * 'extension' (not on the allowlist) or 'content' (the bytes are not what the name says).
 */
export function classifyUpload(fileName: string, bytes: Buffer): { ok: true; type: AcceptedType } | { ok: false; reason: 'extension' | 'content' } {
  const entry = BY_EXTENSION[extensionOf(fileName)];
  if (!entry) return { ok: false, reason: 'extension' };
  if (!entry.matches(bytes)) return { ok: false, reason: 'content' };
  return { ok: true, type: entry.type };
}
