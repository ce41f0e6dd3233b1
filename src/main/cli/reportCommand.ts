import fs from 'node:fs';
import path from 'node:path';
import {
  REPORT_FILTER_KEYS,
  REPORT_IDS,
  ReportId,
  ReportLayout,
  type RefusedRow,
  type ReportFilterKey,
  type ReportFilters,
  type ReportFormat,
  REPORT_FORMATS,
} from '@shared/domain/report';
import type { Language } from '@shared/i18n';
import { parsePeriod } from '@shared/domain/rules/academicYear';
import { createCore } from '../core';
import { databaseFile } from '../db/dataDir';
import { DomainError } from '../errors';
import { translate } from '../import/translate';
import { NO_JOB } from '../jobs/jobRegistry';
import { createChromiumPdfPrinter } from '../pdf/chromiumPdfPrinter';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import { REPORT_DEFINITIONS } from '../reports/definitions';
import type { CommandContext } from './commands';
import { printResult } from './output';

export interface ReportOptions {
  period?: string | undefined;
  layout?: string | undefined;
  out?: string | undefined;
  orgUnit?: string | undefined;
  major?: string | undefined;
  partner?: string | undefined;
}

/** The command-line option of each report filter. */
export const FILTER_OPTIONS: Record<ReportFilterKey, string> = { orgUnitId: '--org-unit', majorId: '--major', organisationId: '--partner' };

/** Which reports honour a filter, from the descriptors themselves (so help never lies). */
function reportsWithFilter(key: ReportFilterKey): string {
  const ids = REPORT_IDS.filter((id) => REPORT_DEFINITIONS[id]?.descriptor.filters.includes(key));
  return ids.length > 0 ? ids.join(' ') : '-';
}

/** Reports about now (periodKind 'none'): they take no --period. */
function reportsWithoutPeriod(): string {
  return REPORT_IDS.filter((id) => REPORT_DEFINITIONS[id]?.descriptor.periodKind === 'none').join(' ') || '-';
}

/** Reports with an upload layout (the platform's sheet), from the definitions. */
function reportsWithUpload(): string {
  return REPORT_IDS.filter((id) => REPORT_DEFINITIONS[id]?.buildUpload !== undefined).join(' ') || '-';
}

export const REPORT_USAGE = [
  '  report ID --period P --out FILE   write report ID (R1 … R17) for 学年 P (2025-2026) or year P (2025);',
  `                          reports about now take no --period (as of today): ${reportsWithoutPeriod()}`,
  '                          the format is the extension of FILE (.xlsx, .csv, .pdf); an existing FILE is replaced;',
  `              [--layout review|upload]   review (default): title, subtotals, notes; upload: the platform's`,
  `                          columns only, header on row 1, .xlsx or .csv (${reportsWithUpload()});`,
  '                          rows the platform would reject are left out and listed on stderr',
  '                          filters (ids; a report refuses a filter it does not apply; R8 needs --partner):',
  ...REPORT_FILTER_KEYS.map((key) => `                            ${FILTER_OPTIONS[key]} ID   ${reportsWithFilter(key)}`),
];

function formatOf(file: string): ReportFormat {
  const ext = path.extname(file).slice(1).toLowerCase();
  const format = REPORT_FORMATS.find((f) => f === ext);
  if (!format) throw new DomainError('VALIDATION', `--out needs a .xlsx, .csv or .pdf file, got ${file}`);
  return format;
}

/** A refused filter, said in the user's language with the option name and what the report offers. */
function filterRefusal(error: DomainError, language: Language | null): DomainError | null {
  const details = error.details ?? {};
  const filter = REPORT_FILTER_KEYS.find((k) => k === details['filter']);
  if (!error.issues?.some((i) => i.message === 'report.filterNotOffered') || filter === undefined) return null;
  const offered = Array.isArray(details['offered']) ? REPORT_FILTER_KEYS.filter((k) => (details['offered'] as unknown[]).includes(k)) : [];
  const message = translate(language, 'reports.cli.filterNotOffered', {
    reportId: String(details['reportId'] ?? ''),
    option: FILTER_OPTIONS[filter],
    offered: offered.length > 0 ? offered.map((k) => FILTER_OPTIONS[k]).join(' ') : translate(language, 'reports.cli.noFilters'),
  });
  return new DomainError('VALIDATION', message, { issues: error.issues, cause: error });
}

/** A layout or format the upload layout cannot give, said with the option to change. */
function layoutRefusal(error: DomainError, language: Language | null): DomainError | null {
  const details = error.details ?? {};
  if (error.issues?.some((i) => i.message === 'report.layoutNotOffered')) {
    return new DomainError('VALIDATION', translate(language, 'reports.cli.layoutNotOffered', { reportId: String(details['reportId'] ?? '') }), { issues: error.issues, cause: error });
  }
  if (details['layout'] === 'upload' && error.issues?.some((i) => i.message === 'report.formatNotOffered')) {
    return new DomainError('VALIDATION', translate(language, 'reports.cli.uploadFormat'), { issues: error.issues, cause: error });
  }
  return null;
}

/** Validation issues on one line: the CLI has no form to show them next to. */
function withIssues(error: unknown, language: Language | null): unknown {
  if (!(error instanceof DomainError) || error.code !== 'VALIDATION' || !error.issues?.length) return error;
  const refusal = filterRefusal(error, language) ?? layoutRefusal(error, language);
  if (refusal) return refusal;
  // A stable message key (report.formatNotOffered) reads as the app's field message in the user's language.
  const said = (key: string): string => {
    const text = translate(language, `fieldErrors.${key}`);
    return text === `fieldErrors.${key}` ? key : text;
  };
  const issues = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${said(i.message)}`).join('; ');
  // A message that is itself a key repeats its issue: the issues alone say it.
  const text = said(error.message) === error.message ? `${error.message} (${issues})` : issues;
  return new DomainError('VALIDATION', text, { issues: error.issues, cause: error });
}

/** Rows left out of an upload file, on stderr in the user's language (stdout stays the result). */
function printRefused(c: CommandContext, refused: RefusedRow[], language: Language | null): void {
  if (refused.length === 0) return;
  c.io.err(translate(language, 'reports.cli.refused', { count: refused.length }));
  for (const row of refused) c.io.err(translate(language, 'reports.cli.refusedLine', { label: row.label, reason: row.reason }));
  c.io.err(translate(language, 'reports.cli.refusedHint'));
}

/** `partnerdesk report ID [--period 2025-2026] [--layout upload] --out FILE.xlsx|.csv|.pdf`: the same service as the app. */
export async function reportCommand(c: CommandContext, id: string | undefined, options: ReportOptions): Promise<void> {
  const reportId = ReportId.safeParse(id?.toUpperCase());
  if (!reportId.success) throw new DomainError('VALIDATION', `report needs a report id (${ReportId.options.join(', ')}), got ${id ?? 'nothing'}`);
  const layout = ReportLayout.safeParse(options.layout ?? 'review');
  if (!layout.success) throw new DomainError('VALIDATION', `--layout must be review or upload, got ${options.layout ?? ''}`);
  // A report about now takes no period; one given anyway (older scripts) is checked and ignored.
  const periodless = REPORT_DEFINITIONS[reportId.data]?.descriptor.periodKind === 'none';
  if (!options.period && !periodless) throw new DomainError('VALIDATION', 'report needs --period (2025-2026 for a 学年, 2025 for a calendar year)');
  const period = options.period ? parsePeriod(options.period) : undefined;
  if (period === null) throw new DomainError('VALIDATION', `--period must look like 2025-2026 or 2025, got ${options.period}`);
  if (!options.out) throw new DomainError('VALIDATION', 'report needs --out FILE (.xlsx, .csv or .pdf)');
  const format = formatOf(options.out);
  const dbFile = databaseFile(c.dataDir);
  if (!fs.existsSync(dbFile)) throw new DomainError('NOT_FOUND', `no database at ${dbFile} (run "partnerdesk init" first)`);

  const filters: ReportFilters = {
    ...(options.orgUnit ? { orgUnitId: options.orgUnit } : {}),
    ...(options.major ? { majorId: options.major } : {}),
    ...(options.partner ? { organisationId: options.partner } : {}),
  };
  const pdfPrinter: PdfPrinter | undefined = format === 'pdf' ? createChromiumPdfPrinter() : undefined;
  try {
    const core = await createCore({
      dataDir: c.dataDir,
      actor: 'cli',
      ...(c.now ? { clock: c.now } : {}),
      ...(pdfPrinter ? { pdfPrinter } : {}),
    });
    try {
      const language = (await core.services.settings.get()).language;
      const request = { reportId: reportId.data, ...(period ? { period } : {}), filters, layout: layout.data };
      const result = await core.services.reports.exportToFile(request, format, options.out, NO_JOB).catch((error: unknown) => {
        throw withIssues(error, language);
      });
      printResult(c.io, c.json, { ...result }, [`report written: ${result.file} (${result.rows} rows, ${result.bytes} bytes)`]);
      printRefused(c, result.refused ?? [], language);
    } finally {
      core.close();
    }
  } finally {
    await pdfPrinter?.close?.();
  }
}
