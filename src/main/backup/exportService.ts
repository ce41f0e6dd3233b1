import type BetterSqlite3 from 'better-sqlite3';
import type { ProducedFile } from '@shared/domain/jobs';
import { backupTimestamp } from '../db/backup';
import type { ProducedFiles } from '../files/producedFiles';
import { NO_JOB, type JobRegistry } from '../jobs/jobRegistry';
import { writeFullExport, type ExportSummary } from './fullExport';
import { importFullExport, type ImportSummary } from './fullImport';

/** The full export (data:exportAll, `partnerdesk export FILE.xlsx`) and its inverse into an empty database. */
export function createFullExportService(deps: {
  sqlite: BetterSqlite3.Database;
  now: () => Date;
  files: ProducedFiles;
  jobs: JobRegistry;
}) {
  return {
    /** Save dialog → workbook → ProducedFile; null when the user cancelled the dialog. */
    async exportAll(input: { jobId: string }): Promise<ProducedFile | null> {
      const file = await deps.files.chooseSavePath({
        title: '导出全部数据 / Export all data',
        defaultName: `PartnerDesk-全部数据-${backupTimestamp(deps.now())}.xlsx`,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      if (!file) return null;
      await deps.jobs.run(input.jobId, (job) => writeFullExport(deps.sqlite, file, { now: deps.now(), job }));
      return deps.files.register(file);
    },

    /** Without dialogs (CLI, tests). */
    exportTo(file: string): Promise<ExportSummary> {
      return writeFullExport(deps.sqlite, file, { now: deps.now(), job: NO_JOB });
    },

    importAll(file: string): Promise<ImportSummary> {
      return importFullExport(deps.sqlite, file, { job: NO_JOB });
    },
  };
}

export type FullExportService = ReturnType<typeof createFullExportService>;
