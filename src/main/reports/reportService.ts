import fs from 'node:fs';
import type { z } from 'zod';
import path from 'node:path';
import {
  REPORT_FILTER_KEYS,
  REPORT_IDS,
  REPORT_PREVIEW_ROW_LIMIT,
  ReportExportInput,
  ReportRequest,
  type ReportDescriptor,
  type ReportFormat,
  type ReportId,
  type ReportPreview,
  type ReportTable,
} from '@shared/domain/report';
import type { ProducedFile } from '@shared/domain/jobs';
import { periodLabel, periodRange, type AcademicYearConfig } from '@shared/domain/rules/academicYear';
import type { Settings } from '@shared/domain/settings';
import { DomainError } from '../errors';
import type { ProducedFiles } from '../files/producedFiles';
import { NO_JOB, type JobHandle, type JobRegistry } from '../jobs/jobRegistry';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import type { ServiceContext } from '../services/context';
import { fieldError, parseInput } from '../services/validate';
import { writeAtomically } from './atomicFile';
import { REPORT_DEFINITIONS } from './definitions';
import type { ReportDefinition } from './reportDefinition';
import { writeReportCsv } from './render/csvWriter';
import { renderReportHtml } from './render/reportHtml';
import { writeReportXlsx } from './render/xlsxWriter';

export const COLLEGE_NAME_FALLBACK = '未设置学校名称';

export interface ReportServiceDeps {
  settings: { get(): Promise<Settings> };
  jobs: JobRegistry;
  files: ProducedFiles;
  pdfPrinter?: PdfPrinter | undefined;
  /** Tests pass their own definitions; the app uses the registry. */
  definitions?: Partial<Record<ReportId, ReportDefinition>>;
  /** Where failures that are not the user's are logged (default console.error). */
  log?: (message: string) => void;
}

export interface ExportedReport {
  file: string;
  bytes: number;
  rows: number;
}

const FILE_FILTERS: Record<ReportFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV（逗号分隔）', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** '2025-2026学年' or '2025年', as titles and file names print it. */
export function reportPeriodLabel(period: ReportRequest['period']): string {
  return period.kind === 'academic' ? `${periodLabel(period)}学年` : `${periodLabel(period)}年`;
}

/** Characters Windows forbids in file names become _; the name stays readable Chinese. */
function safeFileName(name: string): string {
  return [...name].map((ch) => (/[<>:"/\\|?*]/.test(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('');
}

export function defaultFileName(table: Pick<ReportTable, 'title' | 'periodLabel'>, format: ReportFormat): string {
  return safeFileName(`${table.title}_${table.periodLabel}.${format}`);
}

function rowCount(table: ReportTable): number {
  return table.sections.reduce((sum, s) => sum + s.rows.length, 0);
}

export function createReportService(ctx: ServiceContext, deps: ReportServiceDeps) {
  const definitions = deps.definitions ?? REPORT_DEFINITIONS;
  const log = deps.log ?? ((message: string) => console.error(`[reports] ${message}`));

  function definitionOf(id: ReportId): ReportDefinition {
    const definition = definitions[id];
    if (!definition) throw new DomainError('NOT_FOUND', `report ${id} is not available`, { details: { reportId: id } });
    return definition;
  }

  /** Checks the request against the report's own rules before any work (or dialog) starts. */
  function validated(input: unknown, format?: ReportFormat): { request: z.output<typeof ReportRequest>; definition: ReportDefinition } {
    const request = parseInput(ReportRequest, input);
    const definition = definitionOf(request.reportId);
    // A filter the report does not apply would be silently ignored: refuse it instead.
    for (const key of REPORT_FILTER_KEYS) {
      if (request.filters[key] !== undefined && !definition.descriptor.filters.includes(key)) {
        throw fieldError(`filters.${key}`, 'report.filterNotOffered', { reportId: request.reportId, filter: key, offered: definition.descriptor.filters });
      }
    }
    if (format !== undefined && !definition.descriptor.formats.includes(format)) {
      throw fieldError('format', 'report.formatNotOffered', { reportId: request.reportId, format });
    }
    if (definition.descriptor.needsOrganisation && !request.filters.organisationId) {
      throw fieldError('filters.organisationId', 'report.organisationRequired');
    }
    return { request, definition };
  }

  async function buildTable(input: unknown, job: JobHandle): Promise<ReportTable> {
    const { request, definition } = validated(input);
    const settings = await deps.settings.get();
    const academicYear: AcademicYearConfig = {
      startMonth: settings.academicYearStart.month,
      startDay: settings.academicYearStart.day,
    };
    const parsed = request;
    let range: { from: string; to: string };
    try {
      range = periodRange(parsed.period, academicYear);
    } catch (error) {
      // Only a stored 学年 start that does not exist every year (e.g. 30 February) gets here.
      throw new DomainError('VALIDATION', 'invalid academic year start in settings', {
        issues: [{ path: ['academicYearStart'], message: 'date.invalid' }],
        cause: error,
      });
    }
    const college = settings.college.fullName?.trim() || COLLEGE_NAME_FALLBACK;
    job.progress('querying', 0, null);
    const sections = await definition.build(
      { db: ctx.db, sqlite: ctx.sqlite, college: { name: college, code: settings.college.schoolCode ?? null }, academicYear, now: ctx.now },
      { period: parsed.period, range, filters: parsed.filters },
      job,
    );
    job.throwIfCancelled();
    if (sections.length === 0) throw new Error(`report ${parsed.reportId} built no sections`);
    return {
      reportId: parsed.reportId,
      title: definition.descriptor.title,
      college,
      periodLabel: reportPeriodLabel(parsed.period),
      period: parsed.period,
      range,
      generatedAt: ctx.now().toISOString(),
      sections: sections.map((s) => ({ ...s, totalRows: s.totalRows ?? s.rows.length })),
    };
  }

  async function render(table: ReportTable, format: ReportFormat, file: string, job: JobHandle): Promise<number> {
    switch (format) {
      case 'xlsx':
        return (await writeReportXlsx(table, file, job)).rows;
      case 'csv':
        return (await writeReportCsv(table, file, job)).rows;
      case 'pdf': {
        if (!deps.pdfPrinter) {
          log('PDF export requested but no PDF printer is connected (createCore({ pdfPrinter }))');
          throw new DomainError('INTERNAL', 'no PDF printer available');
        }
        job.progress('rendering', 0, null);
        const { html, landscape } = await renderReportHtml(table);
        job.throwIfCancelled();
        const pdf = await deps.pdfPrinter.print(html, { signal: job.signal, landscape });
        job.throwIfCancelled();
        fs.writeFileSync(file, pdf);
        return rowCount(table);
      }
    }
  }

  async function exportToFile(input: unknown, format: ReportFormat, outPath: string, job: JobHandle = NO_JOB): Promise<ExportedReport> {
    validated(input, format);
    const target = path.resolve(outPath);
    const table = await buildTable(input, job);
    const rows = await writeAtomically(target, (temp) => render(table, format, temp, job));
    job.progress('done', rows, rows);
    return { file: target, bytes: fs.statSync(target).size, rows };
  }

  return {
    list(): ReportDescriptor[] {
      return REPORT_IDS.flatMap((id) => {
        const definition = definitions[id];
        return definition ? [definition.descriptor] : [];
      });
    },

    build: (input: unknown, job: JobHandle = NO_JOB): Promise<ReportTable> => buildTable(input, job),

    /** The table for the in-app preview: at most REPORT_PREVIEW_ROW_LIMIT rows per section. */
    async preview(input: unknown): Promise<ReportPreview> {
      const table = await buildTable(input, NO_JOB);
      return {
        ...table,
        sections: table.sections.map((s) => ({
          ...s,
          rows: s.rows.length > REPORT_PREVIEW_ROW_LIMIT ? s.rows.slice(0, REPORT_PREVIEW_ROW_LIMIT) : s.rows,
        })),
      };
    },

    exportToFile,

    /** IPC: asks where to save (null when cancelled), then exports as job `jobId`. */
    async export(input: unknown): Promise<ProducedFile | null> {
      const parsed = parseInput(ReportExportInput, input);
      const { format, jobId, ...request } = parsed;
      const { definition } = validated(request, format);
      const name = defaultFileName({ title: definition.descriptor.title, periodLabel: reportPeriodLabel(parsed.period) }, format);
      const chosen = await deps.files.chooseSavePath({ title: definition.descriptor.title, defaultName: name, filters: [FILE_FILTERS[format]] });
      if (chosen === null) return null;
      const file = chosen.toLowerCase().endsWith(`.${format}`) ? chosen : `${chosen}.${format}`;
      await deps.jobs.run(jobId, (job) => exportToFile(request, format, file, job));
      return deps.files.register(file);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
