import type { Worker } from 'node:worker_threads';
import { createCore, type Core } from '../../../src/main/core';
import { createImportService } from '../../../src/main/import/importService';
import type { ImportLimits } from '../../../src/main/import/limits';
import { makeTempDir } from '../../helpers/tempDir';

/** A real core in a temp folder, and an import service with optional smaller limits and the xlsx workers it started. */
export async function importCore(limits: Partial<ImportLimits> = {}) {
  const core: Core = await createCore({ dataDir: makeTempDir(), actor: 'tester' });
  const workers: Worker[] = [];
  const imports = createImportService(
    { db: core.database.db, sqlite: core.database.sqlite, now: () => new Date() },
    {
      jobs: core.services.jobs,
      files: core.services.files,
      backupBeforeImport: async () => (await core.services.backups.beforeRisky('pre-import')).fileName,
      limits,
      onWorkerStart: (worker) => {
        workers.push(worker);
      },
    },
  );
  const sqlite = core.database.sqlite;
  return {
    core,
    imports,
    workersStarted: () => workers.length,
    workers,
    count: (table: string): number => sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number,
    analyze: (fileName: string, bytes: Buffer, entity: 'partners' | 'agreements' | 'courses' | 'fundingTxns' | 'baseYearStats' = 'partners') =>
      imports.analyze({ fileName, dataBase64: bytes.toString('base64'), entity }),
  };
}
