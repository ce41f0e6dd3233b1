import { z } from 'zod';
import { Id, IsoTimestamp } from './common';
import { AGREEMENT_STATUSES, ATTACHMENT_KINDS, CONTRIBUTION_KINDS, EFFECTIVE_AGREEMENT_STATUSES, FUNDING_DIRECTIONS } from './enums';

// Attachments (signed scans, licences, photos) and the agreement's related records: its
// linked programmes and funding, and its renewal chain. Files never cross IPC as paths:
// bytes go up as base64, and opening is asked for by id.

/** 25 MiB: a multi-page colour scan fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** base64 grows 4/3; the schema bounds the string, the core bounds the decoded bytes exactly. */
const MAX_BASE64_CHARS = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4;

/** Record types an attachment may belong to (the owning table's name). */
export const ATTACHMENT_ENTITY_TYPES = ['agreement', 'organisation', 'funding_txn', 'contribution'] as const;
export type AttachmentEntityType = (typeof ATTACHMENT_ENTITY_TYPES)[number];

/** Extensions accepted on upload (reliability.md §8); the core also checks the magic bytes. */
export const UPLOAD_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'docx', 'xlsx'] as const;

/** The extension of a file name, lower case without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

export function isAllowedUploadName(fileName: string): boolean {
  return (UPLOAD_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

const AttachmentOwner = { entityType: z.enum(ATTACHMENT_ENTITY_TYPES), entityId: Id };

export const AttachmentUpload = z.object({
  ...AttachmentOwner,
  kind: z.enum(ATTACHMENT_KINDS),
  fileName: z.string().trim().min(1, { message: 'required' }).max(255),
  dataBase64: z.string().min(1, { message: 'required' }).max(MAX_BASE64_CHARS, { message: 'attachment.tooLarge' }),
});
export type AttachmentUpload = z.input<typeof AttachmentUpload>;

export const AttachmentListQuery = z.object(AttachmentOwner);

export const Attachment = z.object({
  id: Id,
  entityType: z.enum(ATTACHMENT_ENTITY_TYPES),
  entityId: Id,
  kind: z.enum(ATTACHMENT_KINDS),
  /** The user's file name, as text only; never used as a path. */
  originalName: z.string(),
  mime: z.string(),
  size: z.int().min(0),
  sha256: z.string(),
  version: z.int().min(1),
  /** True when the owning agreement points at this file as its signed scan. */
  isSignedScan: z.boolean(),
  createdAt: IsoTimestamp,
});
export type Attachment = z.output<typeof Attachment>;

export const AttachmentOpenResult = z.object({
  /** 'opened' in its program; 'revealed' in its folder only; 'unavailable' without a desktop (CLI, tests). */
  action: z.enum(['opened', 'revealed', 'unavailable']),
});

export const SignedScanInput = z.object({ id: Id, attachmentId: Id.nullable() });

export const LinkedProgramme = z.object({
  type: z.enum(['internship_base', 'order_class', 'apprenticeship', 'industry_college']),
  id: Id,
  name: z.string(),
});
export type LinkedProgramme = z.output<typeof LinkedProgramme>;

export const LinkedFunding = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('funding_txn'),
    id: Id,
    date: z.string(),
    amountFen: z.int(),
    direction: z.enum(FUNDING_DIRECTIONS),
    summary: z.string().nullable(),
  }),
  z.object({
    type: z.literal('contribution'),
    id: Id,
    date: z.string(),
    amountFen: z.int().nullable(),
    kind: z.enum(CONTRIBUTION_KINDS),
    summary: z.string().nullable(),
  }),
]);
export type LinkedFunding = z.output<typeof LinkedFunding>;

export const AgreementLinks = z.object({ programmes: z.array(LinkedProgramme), funding: z.array(LinkedFunding) });
export type AgreementLinks = z.output<typeof AgreementLinks>;

export const ChainVersion = z.object({
  id: Id,
  agreementNo: z.string().nullable(),
  title: z.string(),
  status: z.enum(AGREEMENT_STATUSES),
  effectiveStatus: z.enum(EFFECTIVE_AGREEMENT_STATUSES),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  inTrash: z.boolean(),
});
export type ChainVersion = z.output<typeof ChainVersion>;

/** Oldest first; `current` is the index of the agreement asked about. */
export const AgreementChain = z.object({ versions: z.array(ChainVersion), current: z.int().min(0) });
export type AgreementChain = z.output<typeof AgreementChain>;
