import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JobPhase, JobProgress } from '../../../src/shared/domain/jobs';
import type { Result } from '../../../src/shared/ipc/result';
import { DomainError } from '../../../src/main/errors';
import type * as Ids from '../../../src/main/ids';
import { createImportHandlers } from '../../../src/main/import/handlers';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { makeInvoker } from '../../../src/main/ipc/registerHandlers';
import { cancelledError, type JobHandle } from '../../../src/main/jobs/jobRegistry';
import * as corpus from './corpus';
import { importCore } from './importFixture';

// Issue 6: import:analyze runs as a job. Cancel ends the xlsx worker, answers CANCELLED and
// keeps no analysis. Every id the core hands out is recorded, so "no analysis kept" is
// checked by committing each id issued during the cancelled analysis: all must be NOT_FOUND.

const issued = vi.hoisted(() => [] as string[]);
vi.mock('../../../src/main/ids', async (importOriginal) => {
  const original = await importOriginal<typeof Ids>();
  return {
    ...original,
    newId: () => {
      const id = original.newId();
      issued.push(id);
      return id;
    },
  };
});

const ORIGIN = 'app://main';
const trusted = { senderFrame: { url: `${ORIGIN}/index.html#/data/import` } };

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  close = undefined;
});

/** The import service with the worker hook, behind the real envelope (sender check, zod, error codes). */
async function setup() {
  const t = await importCore();
  close = () => t.core.close();
  const handlers = { ...createHandlers(t.core), ...createImportHandlers({ imports: t.imports, jobs: t.core.services.jobs }) };
  const invoker = makeInvoker(handlers, { trustedOrigin: ORIGIN });
  const invoke = (channel: 'import:analyze' | 'import:commit' | 'jobs:cancel', input: unknown) =>
    invoker(channel, trusted, input) as Promise<Result<Record<string, unknown>>>;
  const progress: JobProgress[] = [];
  t.core.events.on((event, payload) => {
    if (event === 'progress') progress.push(payload as JobProgress);
  });
  return { ...t, invoke, progress };
}

/** NOT_FOUND for every id: none of them names a kept analysis. */
async function expectNoAnalysisKept(t: Awaited<ReturnType<typeof setup>>, ids: string[]): Promise<void> {
  for (const analysisId of ids) {
    const commit = await t.invoke('import:commit', { analysisId, mode: 'valid-only', jobId: 'job-commit-check', dryRun: true });
    expect(commit).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  }
}

describe('cancelling import:analyze', () => {
  it('ends the xlsx worker of a 45,000-row file, answers CANCELLED and keeps nothing', async () => {
    const t = await setup();
    const bytes = await corpus.oversizeSheet(45_000);
    const exited: boolean[] = [];
    const started = new Promise<Worker>((resolve) => {
      const check = setInterval(() => {
        const worker = t.workers[0];
        if (!worker) return;
        clearInterval(check);
        resolve(worker);
      }, 5);
    });
    const idsBefore = issued.length;
    const jobId = 'job-analyze-cancel';
    const pending = t.invoke('import:analyze', { fileName: '大表.xlsx', dataBase64: bytes.toString('base64'), entity: 'partners', jobId });

    const worker = await started;
    let replied = false;
    worker.once('message', () => {
      replied = true;
    });
    worker.once('exit', () => exited.push(true));
    // The first progress event came before the worker was started.
    expect(t.progress[0]).toEqual({ jobId, phase: 'reading', done: 0, total: null });
    expect(await t.invoke('jobs:cancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });

    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    // Stopped while parsing (parsing 45,000 rows takes seconds; a reply would mean it ran to the end),
    // and readXlsx settles only after terminate(): the thread is gone when the answer arrives.
    expect(replied).toBe(false);
    expect(exited).toEqual([true]);
    expect(worker.threadId).toBe(-1);
    expect(t.workersStarted()).toBe(1);
    expect(t.core.services.jobs.runningIds()).toEqual([]);
    expect(t.progress.every((p) => p.jobId === jobId && p.phase === 'reading')).toBe(true);
    await expectNoAnalysisKept(t, issued.slice(idsBefore));

    // The same job id is free again, and an analysis that is not cancelled is kept under an
    // id the recorder saw (so the NOT_FOUND checks above would have found a kept one).
    const csv = await t.invoke('import:analyze', { fileName: '名单.csv', dataBase64: corpus.csvUtf8(true).toString('base64'), entity: 'partners', jobId });
    expect(csv.ok).toBe(true);
    const analysisId = csv.ok ? String(csv.value['analysisId']) : '';
    expect(issued).toContain(analysisId);
    const commit = await t.invoke('import:commit', { analysisId, mode: 'valid-only', jobId: 'job-commit-check', dryRun: true });
    expect(commit.ok).toBe(true);
  }, 120_000);

  it('a cancel heard only at the last row still wins: CANCELLED, nothing kept', async () => {
    const t = await setup();
    const rows = ['单位名称,统一社会信用代码', ...Array.from({ length: 999 }, (_, i) => `测试企业${i}有限公司,`)];
    const controller = new AbortController();
    const phases: JobPhase[] = [];
    // A handle that cancels while the last data row is validated, after the row loop's last check.
    const job: JobHandle = {
      signal: controller.signal,
      progress: (phase, done, total) => {
        phases.push(phase);
        if (phase === 'validating' && total !== null && done === total - 1) controller.abort();
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw cancelledError();
      },
    };
    const idsBefore = issued.length;
    const error = await t.imports.analyze({ fileName: '名单.csv', dataBase64: Buffer.from(rows.join('\n')).toString('base64'), entity: 'partners' }, job).then(
      () => null,
      (e: unknown) => e,
    );
    expect(controller.signal.aborted).toBe(true);
    expect(phases).toContain('validating');
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('CANCELLED');
    await expectNoAnalysisKept(t, issued.slice(idsBefore));
  });

  it('without a jobId (CLI) the analysis runs as before and reports no progress', async () => {
    const t = await setup();
    const result = await t.invoke('import:analyze', { fileName: '名单.csv', dataBase64: corpus.csvUtf8(true).toString('base64'), entity: 'partners' });
    expect(result.ok).toBe(true);
    expect(t.progress).toEqual([]);
  });
});
