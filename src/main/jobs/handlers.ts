import type { Handlers } from '../ipc/types';
import type { ProducedFiles } from '../files/producedFiles';
import type { JobRegistry } from './jobRegistry';

/** Cancelling long work, and opening what it produced. */
export function createJobHandlers(s: {
  jobs: JobRegistry;
  files: ProducedFiles;
}): Pick<Handlers, 'jobs:cancel' | 'files:open' | 'files:reveal'> {
  return {
    'jobs:cancel': async (input) => ({ cancelled: s.jobs.cancel(input.jobId) }),
    'files:open': (input) => s.files.open(input.fileId),
    'files:reveal': async (input) => s.files.reveal(input.fileId),
  };
}
