import { describe, expect, it } from 'vitest';
import type { JobProgress } from '@shared/domain/jobs';
import { createJobRegistry, NO_JOB } from '../../../src/main/jobs/jobRegistry';

function registry(clock = { t: 0 }) {
  const events: JobProgress[] = [];
  return { events, clock, jobs: createJobRegistry((p) => events.push(p), () => clock.t) };
}

describe('job registry', () => {
  it('cancels a running job: the work sees CANCELLED at its next check', async () => {
    const { jobs } = registry();
    let resume!: () => void;
    const gate = new Promise<void>((r) => (resume = r));
    const run = jobs.run('job-abcdefgh', async (job) => {
      await gate;
      job.throwIfCancelled();
      return 'finished';
    });
    expect(jobs.runningIds()).toEqual(['job-abcdefgh']);
    expect(jobs.cancel('job-abcdefgh')).toBe(true);
    resume();
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(jobs.runningIds()).toEqual([]);
  });

  it('cancelling an unknown or finished job reports false', async () => {
    const { jobs } = registry();
    await jobs.run('job-finished', async () => 1);
    expect(jobs.cancel('job-finished')).toBe(false);
    expect(jobs.cancel('job-never-ran')).toBe(false);
  });

  it('refuses a second job with the same id while the first runs', async () => {
    const { jobs } = registry();
    const first = jobs.start('job-duplicate');
    expect(() => jobs.start('job-duplicate')).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    first.finish();
    expect(() => jobs.start('job-duplicate').finish()).not.toThrow();
  });

  it('throttles progress within a phase but always reports phase changes and completion', () => {
    const { jobs, events, clock } = registry({ t: 1000 });
    const job = jobs.start('job-progress');
    job.progress('querying', 0, 100);
    job.progress('querying', 1, 100); // same phase, 0 ms later: dropped
    clock.t += 150;
    job.progress('querying', 50, 100);
    job.progress('writing', 0, 100); // new phase: kept
    job.progress('writing', 100, 100); // completion: kept
    job.finish();
    expect(events.map((e) => `${e.phase}:${e.done}`)).toEqual(['querying:0', 'querying:50', 'writing:0', 'writing:100']);
    expect(events.every((e) => e.jobId === 'job-progress')).toBe(true);
  });

  it('a job without id reports nothing and cannot be cancelled; NO_JOB never throws', async () => {
    const { jobs, events } = registry();
    await jobs.run(undefined, async (job) => job.progress('writing', 1, 1));
    expect(events).toEqual([]);
    expect(() => NO_JOB.throwIfCancelled()).not.toThrow();
  });
});
