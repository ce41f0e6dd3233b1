import { z } from 'zod';

// organisation_merge.snapshot_json: exactly what a merge changed, so undo can put it back.

const Key = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));

export const MergeSnapshot = z.object({
  /** The merged partner's row as it was before the merge. */
  merged: z.record(z.string(), z.unknown()),
  /** Rows re-pointed to the survivor, per table.column, by primary key. */
  moved: z.array(z.object({ table: z.string(), column: z.string(), keys: z.array(Key) })),
  /** Link rows deleted because the survivor already had the same link (e.g. same industry college). */
  droppedLinks: z.array(z.object({ table: z.string(), row: z.record(z.string(), z.unknown()) })),
  /** The merged partner's primary contact, demoted because the survivor already had one. */
  demotedPrimaryContactId: z.string().nullable(),
  /** Names appended to the survivor's aliases by this merge. */
  addedAliases: z.array(z.string()),
});
export type MergeSnapshot = z.infer<typeof MergeSnapshot>;

/** Moved-row counts per table.column, as the UI shows them. */
export function movedCounts(snapshot: Pick<MergeSnapshot, 'moved'>): Record<string, number> {
  return Object.fromEntries(snapshot.moved.map((m) => [`${m.table}.${m.column}`, m.keys.length]));
}
