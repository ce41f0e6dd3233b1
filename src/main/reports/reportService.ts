import fs from 'node:fs';
import type { z } from 'zod';
import path from 'node:path';
import {
  REPORT_FILTER_KEYS,
  REPORT_IDS,
  REPORT_PREVIEW_ROW_LIMIT,
  ReportExportInput,
  ReportRequest,
  UPLOAD_FORMATS,
  type RefusedRow,
  type ReportDescriptor,
  type ReportFormat,
  type ReportId,
  type ReportLayout,
  type ReportPeriod,
  type ReportPreview,
  type ReportSection,
  type ReportTable,
} from '@shared/domain/report';
import type { ProducedFile } from '@shared/domain/jobs';
import { academicYearOf, periodLabel, periodRange, type AcademicYearConfig } from '@shared/domain/rules/academicYear';
import { todayIso } from '@shared/format/dates';
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
  /** Upload layout only: rows left out because the platform would reject them. */
  refused?: RefusedRow[];
}

const FILE_FILTERS: Record<ReportFormat, { name: string; extensions: string[] }> = {
  xlsx: { name: 'Excel 工作簿', extensions: ['xlsx'] },
  csv: { name: 'CSV（逗号分隔）', extensions: ['csv'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** '2025-2026学年' or '2025年', as titles and file names print it. */
export function reportPeriodLabel(period: ReportPeriod): string {
  return period.kind === 'academic' ? `${periodLabel(period)}学年` : `${periodLabel(period)}年`;
}

/** Characters Windows forbids in file names become _; the name stays readable Chinese. */
function safeFileName(name: string): string {
  return [...name].map((ch) => (/[<>:"/\\|?*]/.test(ch) || ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('');
}

/** '截至 2026-12-07': the label of a report about now (periodKind 'none'). */
export function asOfLabel(today: string): string {
  return `截至 ${today}`;
}

export function defaultFileName(table: Pick<ReportTable, 'title' | 'periodLabel' | 'layout'>, format: ReportFormat): string {
  // The upload file is named apart so it never replaces the review file beside it.
  const layout = table.layout === 'upload' ? '_上报版' : '';
  return safeFileName(`${table.title}_${table.periodLabel}${layout}.${format}`);
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
    if (request.layout === 'upload' && !definition.buildUpload) {
      throw fieldError('layout', 'report.layoutNotOffered', { reportId: request.reportId, layout: request.layout });
    }
    if (definition.descriptor.periodKind !== 'none' && request.period === undefined) {
      throw fieldError('period', 'report.periodRequired', { reportId: request.reportId });
    }
    // The upload layout is a file for a platform (xlsx or csv); the review layout has the descriptor's formats.
    const formats = request.layout === 'upload' ? UPLOAD_FORMATS : definition.descriptor.formats;
    if (format !== undefined && !formats.includes(format)) {
      throw fieldError('format', 'report.formatNotOffered', { reportId: request.reportId, format, layout: request.layout });
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
    const resolved = resolvePeriod(definition, parsed.period, academicYear);
    const college = settings.college.fullName?.trim() || COLLEGE_NAME_FALLBACK;
    const reportCtx = { db: ctx.db, sqlite: ctx.sqlite, college: { name: college, code: settings.college.schoolCode ?? null }, academicYear, now: ctx.now };
    const query = { period: resolved.period, range: resolved.range, filters: parsed.filters };
    job.progress('querying', 0, null);
    let sections: ReportSection[];
    let refused: RefusedRow[] | undefined;
    if (parsed.layout === 'upload' && definition.buildUpload) {
      const sheet = await definition.buildUpload(reportCtx, query, job);
      sections = [sheet.section];
      refused = sheet.refused.map(({ label, reason }) => ({ label, reason }));
    } else {
      sections = await definition.build(reportCtx, query, job);
    }
    job.throwIfCancelled();
    if (sections.length === 0) throw new Error(`report ${parsed.reportId} built no sections`);
    const layout: ReportLayout = parsed.layout;
    return {
      reportId: parsed.reportId,
      title: definition.descriptor.title,
      college,
      periodLabel: resolved.label,
      period: resolved.period,
      range: resolved.range,
      generatedAt: ctx.now().toISOString(),
      sections: sections.map((s) => ({ ...s, totalRows: s.totalRows ?? s.rows.length })),
      ...(layout === 'upload' ? { layout, refused: refused ?? [] } : {}),
    };
  }

  /**
   * The period a report covers. A report about now (periodKind 'none') covers today only and
   * is labelled 截至 <today>; its query still gets the 学年 containing today, which it ignores.
   */
  function resolvePeriod(definition: ReportDefinition, requested: ReportPeriod | undefined, academicYear: AcademicYearConfig): { period: ReportPeriod; range: { from: string; to: string }; label: string } {
    try {
      if (definition.descriptor.periodKind === 'none' || requested === undefined) {
        const today = todayIso(ctx.now());
        return { period: { kind: 'academic', startYear: academicYearOf(today, academicYear) }, range: { from: today, to: today }, label: asOfLabel(today) };
      }
      return { period: requested, range: periodRange(requested, academicYear), label: reportPeriodLabel(requested) };
    } catch (error) {
      // Only a stored 学年 start that does not exist every year (e.g. 30 February) gets here.
      throw new DomainError('VALIDATION', 'invalid academic year start in settings', {
        issues: [{ path: ['academicYearStart'], message: 'date.invalid' }],
        cause: error,
      });
    }
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
    return { file: target, bytes: fs.statSync(target).size, rows, ...(table.refused ? { refused: table.refused } : {}) };
  }

  return {
    list(): ReportDescriptor[] {
      return REPORT_IDS.flatMap((id) => {
        const definition = definitions[id];
        // Layouts come from the definition (buildUpload present or not), so descriptors never drift from it.
        return definition ? [{ ...definition.descriptor, layouts: definition.buildUpload ? (['review', 'upload'] as ReportLayout[]) : (['review'] as ReportLayout[]) }] : [];
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
      const label = definition.descriptor.periodKind === 'none' || parsed.period === undefined ? asOfLabel(todayIso(ctx.now())) : reportPeriodLabel(parsed.period);
      const name = defaultFileName({ title: definition.descriptor.title, periodLabel: label, layout: parsed.layout }, format);
      const chosen = await deps.files.chooseSavePath({ title: definition.descriptor.title, defaultName: name, filters: [FILE_FILTERS[format]] });
      if (chosen === null) return null;
      const file = chosen.toLowerCase().endsWith(`.${format}`) ? chosen : `${chosen}.${format}`;
      await deps.jobs.run(jobId, (job) => exportToFile(request, format, file, job));
      return deps.files.register(file);
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
