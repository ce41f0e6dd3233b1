import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import {
  IMPORT_PREVIEW_ROW_LIMIT,
  ImportAnalysisIdInput,
  ImportAnalyzeInput,
  ImportCommitInput,
  ImportMappingsQuery,
  ImportSaveMappingInput,
  ImportTemplateInput,
  type ImportAnalysis,
  type ImportEntity,
  type ImportResult,
  type SavedImportMapping,
} from '@shared/domain/importing';
import type { ProducedFile } from '@shared/domain/jobs';
import type { z } from 'zod';
import { DomainError } from '../errors';
import { newId } from '../ids';
import type { JobHandle, JobRegistry } from '../jobs/jobRegistry';
import type { ProducedFiles } from '../files/producedFiles';
import { createSettingsService } from '../settings/settingsService';
import { nowIso, type ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { notesFieldOf } from './warnings';
import { analyseTable, type TableAnalysis } from './analyze';
import { choiceSource } from './choices';
import { findImportMapping, listImportMappings, upsertImportMapping } from './batchRepository';
import { normalizeHeader } from './columnMapping';
import { commitImport } from './commitImport';
import { ENTITY_DEFS } from './entities';
import { writeErrorReport } from './errorReport';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './limits';
import { readCsv } from './readers/csvReader';
import { readXlsx } from './readers/xlsxReader';
import type { RawTable } from './readers/rawTable';
import { writeTemplate } from './templates';
import { normalizeValueMapping } from './valueReview';

interface StoredAnalysis {
  entity: ImportEntity;
  fileName: string;
  fileSha256: string;
  table: TableAnalysis;
  summary: ImportAnalysis;
}

export interface ImportServiceDeps {
  jobs: JobRegistry;
  files: ProducedFiles;
  /** A verified backup before a bulk write; returns the backup file (services.backups.beforeRisky). */
  backupBeforeImport: () => Promise<string | null>;
  limits?: Partial<ImportLimits>;
  /** Test hook: called with each xlsx parsing worker when it starts. */
  onWorkerStart?: (worker: Worker) => void;
}

/** Analyses kept for commit and the error report; the oldest go first (each holds a whole sheet). */
const KEPT_ANALYSES = 5;

function isXlsx(bytes: Buffer): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export function createImportService(ctx: ServiceContext, deps: ImportServiceDeps) {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...deps.limits };
  const analyses = new Map<string, StoredAnalysis>();
  const settings = createSettingsService(ctx);

  function stored(analysisId: string): StoredAnalysis {
    const a = analyses.get(analysisId);
    if (!a) throw new DomainError('NOT_FOUND', 'analysis not found (analyse the file again)', { details: { analysisId } });
    return a;
  }

  async function readTable(bytes: Buffer, input: z.output<typeof ImportAnalyzeInput>, job: JobHandle): Promise<RawTable> {
    if (bytes.length > limits.maxFileBytes) {
      throw new DomainError('VALIDATION', 'file larger than 10 MB', { issues: [{ path: ['file'], message: 'import.limit.fileSize' }] });
    }
    job.progress('reading', 0, null);
    if (isXlsx(bytes)) {
      return readXlsx(bytes, {
        limits,
        signal: job.signal,
        ...(input.sheet ? { sheet: input.sheet } : {}),
        ...(deps.onWorkerStart ? { onWorkerStart: deps.onWorkerStart } : {}),
      });
    }
    if (/\.xlsx$/i.test(input.fileName)) throw new DomainError('VALIDATION', 'not an xlsx file', { issues: [{ path: ['file'], message: 'import.notXlsx' }] });
    return readCsv(bytes, input.encoding ? { encoding: input.encoding } : {});
  }

  async function analyseFile(input: z.output<typeof ImportAnalyzeInput>, bytes: Buffer, job: JobHandle): Promise<ImportAnalysis> {
    const table = await readTable(bytes, input, job);
    job.throwIfCancelled();
    const def = ENTITY_DEFS[input.entity];
    const chosen = input.mappingId ? await findImportMapping(ctx.db, input.mappingId) : null;
    if (input.mappingId && !chosen) throw new DomainError('NOT_FOUND', 'saved mapping not found', { details: { mappingId: input.mappingId } });
    // Without a mapping asked for, a saved one of this entity is applied when the headers fit it.
    const candidates = !chosen && input.useSavedMapping ? await listImportMappings(ctx.db, input.entity) : [];
    const s = await settings.get();
    const analysis = await analyseTable({
      table,
      def,
      entity: input.entity,
      limits,
      override: input.mapping ? { byIndex: input.mapping } : {},
      saved: { chosen, candidates },
      values: normalizeValueMapping(input.values),
      keepUnmappedInNotes: input.keepUnmappedInNotes,
      ...(input.headerRow ? { headerRow: input.headerRow } : {}),
      prepareCtx: { db: ctx.db, schoolName: s.college.fullName },
      job,
    });
    const analysisId = newId();
    const invalidRows = new Set(analysis.errors.map((e) => e.row));
    const warnedRows = new Set(analysis.warnings.map((w) => w.row));
    const summary: ImportAnalysis = {
      analysisId,
      entity: input.entity,
      fileName: input.fileName,
      format: table.format,
      encoding: table.encoding,
      delimiter: table.delimiter,
      sheetName: table.sheetName,
      sheetNames: table.sheetNames,
      headerRow: analysis.headerRow,
      columns: analysis.columns,
      fields: def.fields.map((f) => ({ field: f.field, required: f.required ?? false, code: f.kind === 'code' || f.kind === 'phone', choices: choiceSource(f) })),
      rows: analysis.rows.slice(0, IMPORT_PREVIEW_ROW_LIMIT).map((r) => ({
        row: r.row,
        values: r.values,
        status: invalidRows.has(r.row) ? 'invalid' : r.duplicate ? 'duplicate' : 'valid',
        warned: warnedRows.has(r.row),
      })),
      errors: analysis.errors,
      warnings: analysis.warnings,
      unknownValues: analysis.unknownValues,
      values: analysis.values,
      usccUnverifiedRows: analysis.rows.filter((r) => r.usccUnverified).map((r) => r.row),
      unmappedColumns: analysis.unmappedColumns,
      keepUnmappedInNotes: input.keepUnmappedInNotes && notesFieldOf(def) !== null,
      notesField: notesFieldOf(def),
      appliedMapping: analysis.appliedMapping ? { id: analysis.appliedMapping.id, name: analysis.appliedMapping.name } : null,
      notes: analysis.notes,
      duplicates: analysis.duplicates,
      totals: {
        rows: analysis.rows.length,
        valid: analysis.rows.filter((r) => !invalidRows.has(r.row)).length,
        invalid: invalidRows.size,
        duplicates: analysis.duplicates.length,
        skipped: analysis.skipped,
        warned: analysis.rows.filter((r) => !invalidRows.has(r.row) && warnedRows.has(r.row)).length,
      },
    };
    const fileSha256 = createHash('sha256').update(bytes).digest('hex');
    // A cancel that came after the last check still wins: nothing is kept, the caller gets CANCELLED.
    job.throwIfCancelled();
    analyses.set(analysisId, { entity: input.entity, fileName: input.fileName, fileSha256, table: analysis, summary });
    while (analyses.size > KEPT_ANALYSES) analyses.delete(analyses.keys().next().value as string);
    return summary;
  }

  return {
    limits,

    /**
     * Reads, maps and validates a file; writes nothing. The result's analysisId is the handle
     * for commit. With `jobId` (the wizard) it runs as that job: progress events and
     * jobs:cancel, which ends the xlsx worker and keeps nothing. `job` lets a caller pass
     * its own handle instead (tests).
     */
    async analyze(raw: z.input<typeof ImportAnalyzeInput> & { bytes?: Buffer }, job?: JobHandle): Promise<ImportAnalysis> {
      const { bytes: direct, ...rest } = raw;
      const input = parseInput(ImportAnalyzeInput, direct ? { ...rest, dataBase64: rest.dataBase64 || 'AA==' } : rest);
      const bytes = direct ?? Buffer.from(input.dataBase64, 'base64');
      if (job) return analyseFile(input, bytes, job);
      // Without a jobId the registry gives a handle that is never cancelled and reports nothing.
      return deps.jobs.run(input.jobId, (j) => analyseFile(input, bytes, j));
    },

    /** Writes an analysed file as one job: verified backup first, then one transaction. */
    async commit(raw: z.input<typeof ImportCommitInput>): Promise<ImportResult> {
      const input = parseInput(ImportCommitInput, raw);
      const a = stored(input.analysisId);
      return deps.jobs.run(input.jobId, async (job) => {
        job.progress('validating', 0, null);
        const writes = a.table.rows.some((r) => r.prepared !== null);
        const mayWrite = writes && !input.dryRun && (input.mode === 'valid-only' || a.table.errors.length === 0);
        const backupFile = mayWrite ? await deps.backupBeforeImport() : null;
        job.throwIfCancelled();
        return commitImport(
          ctx,
          {
            entity: a.entity,
            def: ENTITY_DEFS[a.entity],
            fileName: a.fileName,
            fileSha256: a.fileSha256,
            rows: a.table.rows,
            errors: a.table.errors,
            headerOf: new Map(a.table.columns.filter((c) => c.field).map((c) => [c.field as string, c.header])),
            mode: input.mode,
            defaultAction: input.decisions.duplicates,
            rowActions: new Map(input.decisions.rows.map((d) => [d.row, d.action])),
            fileDuplicates: input.decisions.fileDuplicates,
            usccUnverified: input.decisions.usccUnverified,
            usccUnverifiedRows: new Map(input.decisions.usccUnverifiedRows.map((d) => [d.row, d.action])),
            dryRun: input.dryRun,
            backupFile: backupFile ? path.basename(backupFile) : null,
          },
          job,
        );
      });
    },

    /** The file's rows with an error column, in the user's language; null when the save dialog was closed. */
    async errorReport(raw: z.input<typeof ImportAnalysisIdInput>, targetPath?: string): Promise<ProducedFile | null> {
      const { analysisId } = parseInput(ImportAnalysisIdInput, raw);
      const a = stored(analysisId);
      const language = (await settings.get()).language;
      const base = a.fileName.replace(/\.[^.]+$/, '');
      const file = targetPath ?? (await deps.files.chooseSavePath({ title: '错误报告', defaultName: `${base}-错误报告.xlsx`, filters: [{ name: 'Excel', extensions: ['xlsx'] }] }));
      if (!file) return null;
      await writeErrorReport(file, a.table, language);
      return deps.files.register(file);
    },

    async template(raw: z.input<typeof ImportTemplateInput>, targetPath?: string): Promise<ProducedFile | null> {
      const { entity } = parseInput(ImportTemplateInput, raw);
      const language = (await settings.get()).language;
      const file = targetPath ?? (await deps.files.chooseSavePath({ title: '导入模板', defaultName: `导入模板-${entity}.xlsx`, filters: [{ name: 'Excel', extensions: ['xlsx'] }] }));
      if (!file) return null;
      await writeTemplate(file, ENTITY_DEFS[entity], language);
      return deps.files.register(file);
    },

    async mappings(raw?: z.input<typeof ImportMappingsQuery>): Promise<SavedImportMapping[]> {
      const { entity } = parseInput(ImportMappingsQuery, raw ?? {});
      return listImportMappings(ctx.db, entity);
    },

    async saveMapping(raw: z.input<typeof ImportSaveMappingInput>): Promise<SavedImportMapping> {
      const input = parseInput(ImportSaveMappingInput, raw);
      // Stored by normalised header, the form the analysis compares with.
      const columns = Object.fromEntries(Object.entries(input.columns).map(([h, f]) => [normalizeHeader(h), f]));
      const id = await upsertImportMapping(ctx.db, { id: newId(), ...input, columns, values: normalizeValueMapping(input.values), now: nowIso(ctx) });
      const saved = await findImportMapping(ctx.db, id);
      if (!saved) throw new DomainError('INTERNAL', 'mapping vanished after saving');
      return saved;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
