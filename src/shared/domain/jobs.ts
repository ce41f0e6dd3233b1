import { z } from 'zod';

// Long work (report export, PDF, import, backup, restore) runs as a job: the renderer picks
// a job id, passes it with the call, receives `progress` events for it and may cancel it
// with `jobs:cancel`. The call itself still resolves with the result or CANCELLED.

export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
export type JobId = z.infer<typeof JobId>;

/** Stable phase codes; the renderer labels them (jobs.phases.*). */
export const JOB_PHASES = ['preparing', 'querying', 'writing', 'rendering', 'verifying', 'reading', 'validating', 'importing', 'copying-attachments', 'done'] as const;
export const JobPhase = z.enum(JOB_PHASES);
export type JobPhase = z.infer<typeof JobPhase>;

export const JobProgress = z.object({
  jobId: JobId,
  phase: JobPhase,
  done: z.int().min(0),
  /** null while the amount of work is not yet known. */
  total: z.int().min(0).nullable(),
});
export type JobProgress = z.infer<typeof JobProgress>;

export const JobCancelInput = z.object({ jobId: JobId });
export const JobCancelOutput = z.object({ cancelled: z.boolean() });

/** A file the core produced (export, report, document, backup): opened by id, never by path. */
export const ProducedFile = z.object({
  fileId: z.string().min(1),
  fileName: z.string().min(1),
  /** Folder shown to the user so they know where it went. */
  folder: z.string(),
  bytes: z.int().min(0),
});
export type ProducedFile = z.infer<typeof ProducedFile>;

export const FileIdInput = z.object({ fileId: z.string().min(1).max(100) });
export const FileActionOutput = z.object({ action: z.enum(['opened', 'revealed', 'unavailable']) });
