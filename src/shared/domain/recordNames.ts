import { z } from 'zod';

// History shows references by name: the renderer asks for the names of the records a
// history's changes point at, table by table (audit:names).

const Key = z.string().min(1).max(60);

export const RecordNamesQuery = z.object({
  refs: z.array(z.object({ table: Key, ids: z.array(Key).max(500) })).max(30),
});
export type RecordNamesQuery = z.output<typeof RecordNamesQuery>;

export const RecordNames = z.array(z.object({ table: z.string(), id: z.string(), name: z.string() }));
export type RecordNames = z.output<typeof RecordNames>;
