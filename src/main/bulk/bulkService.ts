import type { z } from 'zod';
import {
  type BulkEntity,
  BulkExportInput,
  BulkIdsInput,
  type BulkResult,
  BulkSetOwnerInput,
  BulkSetStatusInput,
} from '@shared/domain/bulk';
import type { ProducedFile } from '@shared/domain/jobs';
import type { Language } from '@shared/i18n';
import { DomainError } from '../errors';
import type { ProducedFiles } from '../files/producedFiles';
import type { JobHandle, JobRegistry } from '../jobs/jobRegistry';
import { parseInput } from '../services/validate';
import { type BulkAdapter, StatusOf, translationOf } from './adapterKit';
import { createBulkAdapters, type BulkTargets } from './bulkAdapters';
import { writeListXlsx } from './listXlsx';

// Bulk actions of every list page. Each row goes through its entity's service (the same
// rules as one edit); a row the rules refuse is reported, the others are done. The input
// itself (ids, a status that the entity does not have) is checked first: bad input
// changes nothing.

const EXPORT_PAGE = 200;

async function eachId(ids: readonly string[], apply: (id: string) => Promise<unknown>): Promise<BulkResult> {
  const result: BulkResult = { done: [], failed: [] };
  for (const id of [...new Set(ids)]) {
    try {
      await apply(id);
      result.done.push(id);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result.failed.push({ id, code: error.code });
    }
  }
  return result;
}

async function* rowsOf<T extends { id: string }>(adapter: BulkAdapter<T>, input: z.output<typeof BulkExportInput>): AsyncIterable<T> {
  if (input.ids) {
    for (const id of input.ids) yield await adapter.get(id);
    return;
  }
  for (let page = 1; ; page++) {
    const { items, total } = await adapter.list(input.query ?? {}, page, EXPORT_PAGE);
    yield* items;
    if (items.length === 0 || page * EXPORT_PAGE >= total) return;
  }
}

export function createBulkService(
  targets: BulkTargets,
  deps: { jobs: JobRegistry; files: ProducedFiles; language: () => Promise<Language | null>; today: () => string },
) {
  const adapters = createBulkAdapters(targets);
  const adapterOf = (entity: BulkEntity): BulkAdapter<{ id: string }> => adapters[entity] as unknown as BulkAdapter<{ id: string }>;

  /** Writes the selection or the filtered list to `file`; the number of rows written. */
  async function exportToFile(input: z.input<typeof BulkExportInput>, file: string, job: JobHandle): Promise<number> {
    const parsed = parseInput(BulkExportInput, input);
    const adapter = adapterOf(parsed.entity);
    const tr = translationOf(await deps.language());
    const total = parsed.ids ? parsed.ids.length : (await adapter.list(parsed.query ?? {}, 1, 1)).total;
    job.progress('querying', 0, total);
    return writeListXlsx(file, { name: adapter.sheetName(tr), columns: adapter.columns(tr), rows: rowsOf(adapter, parsed), total }, job);
  }

  return {
    /** To the trash, one by one through the service; undo is `restore` with the same ids. */
    async trash(input: z.input<typeof BulkIdsInput>): Promise<BulkResult> {
      const { entity, ids } = parseInput(BulkIdsInput, input);
      return eachId(ids, (id) => adapterOf(entity).trash(id));
    },

    async restore(input: z.input<typeof BulkIdsInput>): Promise<BulkResult> {
      const { entity, ids } = parseInput(BulkIdsInput, input);
      return eachId(ids, (id) => adapterOf(entity).restore(id));
    },

    async setStatus(input: z.input<typeof BulkSetStatusInput>): Promise<BulkResult> {
      const { entity, ids, status } = parseInput(BulkSetStatusInput, input);
      const adapter = adapterOf(entity);
      const apply = adapter.setStatus;
      if (!adapter.statuses || !apply) throw new DomainError('VALIDATION', `${entity} has no status`, { issues: [{ path: ['status'], message: 'bulk.noStatus' }] });
      // A status the entity does not have is refused before any row is touched.
      parseInput(StatusOf(adapter.statuses), { status });
      return eachId(ids, (id) => apply(id, status));
    },

    async setOwner(input: z.input<typeof BulkSetOwnerInput>): Promise<BulkResult> {
      const { entity, ids, orgUnitId } = parseInput(BulkSetOwnerInput, input);
      const apply = adapterOf(entity).setOwner;
      if (!apply) throw new DomainError('VALIDATION', `${entity} has no owner unit`, { issues: [{ path: ['orgUnitId'], message: 'bulk.noOwner' }] });
      return eachId(ids, (id) => apply(id, orgUnitId));
    },

    exportToFile,

    /** IPC: asks where to save (null when cancelled), then writes the xlsx as job `jobId`. */
    async export(input: z.input<typeof BulkExportInput>): Promise<ProducedFile | null> {
      const parsed = parseInput(BulkExportInput, input);
      const tr = translationOf(await deps.language());
      const name = `${adapterOf(parsed.entity).sheetName(tr)}_${deps.today()}.xlsx`;
      const chosen = await deps.files.chooseSavePath({ title: name, defaultName: name, filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
      if (chosen === null) return null;
      const file = chosen.toLowerCase().endsWith('.xlsx') ? chosen : `${chosen}.xlsx`;
      await deps.jobs.run(parsed.jobId, (job) => exportToFile(parsed, file, job));
      return deps.files.register(file);
    },
  };
}

export type BulkService = ReturnType<typeof createBulkService>;
