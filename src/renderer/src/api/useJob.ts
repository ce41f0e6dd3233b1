import { useCallback, useEffect, useRef, useState } from 'react';
import { JobProgress } from '@shared/domain/jobs';
import type { PreloadApi } from '@shared/ipc/preloadApi';
import { call, toAppError, type AppError } from './client';

export interface JobState {
  running: boolean;
  progress: JobProgress | null;
  error: AppError | null;
}

const bridge = (): PreloadApi | undefined => (globalThis as { partnerdesk?: PreloadApi }).partnerdesk;

function newJobId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `job-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Runs one long call (export, PDF, import, backup) as a job: a fresh job id goes with the
 * input, `progress` events for that id update the state, and `cancel` asks the core to stop.
 * The returned promise resolves with the call's value, or null when it failed or was
 * cancelled (the error is in `state.error`; CANCELLED is not shown as an error).
 */
export function useJob() {
  const [state, setState] = useState<JobState>({ running: false, progress: null, error: null });
  const current = useRef<string | null>(null);

  useEffect(() => {
    const off = bridge()?.on('progress', (payload) => {
      const parsed = JobProgress.safeParse(payload);
      if (!parsed.success || parsed.data.jobId !== current.current) return;
      setState((s) => ({ ...s, progress: parsed.data }));
    });
    return () => off?.();
  }, []);

  const run = useCallback(async <T>(work: (jobId: string) => Promise<T>): Promise<T | null> => {
    const jobId = newJobId();
    current.current = jobId;
    setState({ running: true, progress: null, error: null });
    try {
      const value = await work(jobId);
      setState({ running: false, progress: null, error: null });
      return value;
    } catch (error) {
      const appError = toAppError(error);
      setState({ running: false, progress: null, error: appError.code === 'CANCELLED' ? null : appError });
      return null;
    } finally {
      if (current.current === jobId) current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = current.current;
    if (jobId) void call('jobs:cancel', { jobId }).catch(() => undefined);
  }, []);

  const clearError = useCallback(() => setState((s) => ({ ...s, error: null })), []);

  return { state, run, cancel, clearError };
}
