import type { JobPhase, JobProgress } from '@shared/domain/jobs';
import { DomainError } from '../errors';

/** What a long-running service call receives: a cancel signal and a progress reporter. */
export interface JobHandle {
  readonly signal: AbortSignal;
  /** Reports progress; cheap to call per row (events are throttled). */
  progress(phase: JobPhase, done: number, total: number | null): void;
  /** Throws CANCELLED once the user cancelled; call between units of work. */
  throwIfCancelled(): void;
}

/** For callers without a UI (tests, CLI without --progress): never cancelled, reports nothing. */
export const NO_JOB: JobHandle = {
  signal: new AbortController().signal,
  progress: () => undefined,
  throwIfCancelled: () => undefined,
};

export function cancelledError(): DomainError {
  return new DomainError('CANCELLED', 'cancelled by the user');
}

export interface RunningJob extends JobHandle {
  /** Removes the job from the registry; always call it (use `registry.run`). */
  finish(): void;
}

const THROTTLE_MS = 100;

export interface JobRegistry {
  start(jobId: string | undefined): RunningJob;
  /** Runs `work` as job `jobId` and removes the job afterwards, whatever happens. */
  run<T>(jobId: string | undefined, work: (job: JobHandle) => Promise<T>): Promise<T>;
  cancel(jobId: string): boolean;
  runningIds(): string[];
}

export function createJobRegistry(emit: (progress: JobProgress) => void, now: () => number = Date.now): JobRegistry {
  const running = new Map<string, AbortController>();

  function start(jobId: string | undefined): RunningJob {
    const controller = new AbortController();
    if (jobId !== undefined) {
      if (running.has(jobId)) throw new DomainError('CONFLICT', 'job already running', { details: { jobId } });
      running.set(jobId, controller);
    }
    let lastEmit = 0;
    let lastPhase: JobPhase | null = null;
    return {
      signal: controller.signal,
      progress(phase, done, total) {
        if (jobId === undefined) return;
        const t = now();
        const finished = total !== null && done >= total;
        if (phase === lastPhase && !finished && t - lastEmit < THROTTLE_MS) return;
        lastEmit = t;
        lastPhase = phase;
        emit({ jobId, phase, done, total });
      },
      throwIfCancelled() {
        if (controller.signal.aborted) throw cancelledError();
      },
      finish() {
        if (jobId !== undefined && running.get(jobId) === controller) running.delete(jobId);
      },
    };
  }

  return {
    start,
    async run(jobId, work) {
      const job = start(jobId);
      try {
        return await work(job);
      } finally {
        job.finish();
      }
    },
    cancel(jobId) {
      const controller = running.get(jobId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    runningIds: () => [...running.keys()],
  };
}
