import { z } from 'zod';
import { Id } from './common';

// Merging a duplicate partner into another one ("survivor"), and undoing it.

// No custom message key: the UI never offers the survivor itself, so zod's generic issue
// (shown as fieldErrors.invalid) is enough for this guard.
export const PartnerMergeInput = z
  .object({ survivorId: Id, mergedId: Id })
  .refine((v) => v.survivorId !== v.mergedId, { path: ['mergedId'] });

export const PartnerMergesQuery = z.object({ partnerId: Id });
export const UndoMergeInput = z.object({ mergeId: Id });

/** What a merge moves: rows per referencing table.column, e.g. { 'contact.organisation_id': 2 }. */
export const MergeCounts = z.record(z.string(), z.int().min(0));

export const PartnerMergePreviewInput = z.object({ survivorId: Id, mergedId: Id });

export const PartnerMerge = z.object({
  id: Id,
  survivorId: Id,
  mergedId: Id,
  mergedName: z.string(),
  mergedAt: z.string(),
  moved: MergeCounts,
});
export type PartnerMerge = z.infer<typeof PartnerMerge>;
export const PartnerMerges = z.array(PartnerMerge);
