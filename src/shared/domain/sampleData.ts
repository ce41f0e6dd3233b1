import { z } from 'zod';

// 清除示例数据 (issue 12): what is left of the sample, and what a clear did.

export const SampleStatus = z.object({
  /** Sample records still in the database (edited or in use ones included). */
  records: z.int().min(0),
});
export type SampleStatus = z.infer<typeof SampleStatus>;

export const SampleClearInput = z.object({}).strict();

export const SampleClearResult = z.object({
  removed: z.int().min(0),
  /** Sample records kept because the officer edited them or their own records use them. */
  kept: z.int().min(0),
  /** The verified backup written first (restore it to undo); null when there was nothing to clear. */
  backupFileName: z.string().nullable(),
  removedByTable: z.record(z.string(), z.int().min(0)),
});
export type SampleClearResult = z.infer<typeof SampleClearResult>;
