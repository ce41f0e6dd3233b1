import { z } from 'zod';
import { Id, IsoTimestamp, pageOf } from './common';

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  dbFile: z.string(),
  schemaVersion: z.int(),
});

export const SampleSeedInput = z.object({ mode: z.literal('sample') });
export const SeedCounts = z.record(z.string(), z.int().min(0));

export const TRASH_ENTITY_TYPES = [
  'partner',
  'contact',
  'agreement',
  'interaction',
  'course',
  'fundingSource',
  'fundingTxn',
  'contribution',
] as const;
export const TrashQuery = z.object({
  page: z.int().min(1).default(1),
  pageSize: z.int().min(1).max(200).default(20),
  entityType: z.enum(TRASH_ENTITY_TYPES).optional(),
});
export const TrashItem = z.object({
  entityType: z.enum(TRASH_ENTITY_TYPES),
  id: Id,
  title: z.string(),
  deletedAt: IsoTimestamp,
});
export type TrashItem = z.output<typeof TrashItem>;
export const TrashPage = pageOf(TrashItem);

export const AuditQuery = z.object({ tableName: z.string().min(1).max(60), rowId: z.string().min(1).max(60) });
export const AuditEntry = z.object({
  id: z.int(),
  ts: IsoTimestamp,
  actor: z.string(),
  action: z.enum(['insert', 'update', 'delete', 'trash', 'restore']),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type AuditEntry = z.output<typeof AuditEntry>;
