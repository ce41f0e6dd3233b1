import fs from 'node:fs';
import path from 'node:path';
import { REPORT_FILTER_KEYS, REPORT_IDS, ReportId, type ReportFilterKey, type ReportFilters, type ReportFormat, REPORT_FORMATS } from '@shared/domain/report';
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

export const REPORT_USAGE = [
  '  report ID --period P --out FILE   write report ID (R1 … R17) for 学年 P (2025-2026) or year P (2025);',
  '                          the format is the extension of FILE (.xlsx, .csv, .pdf); an existing FILE is replaced;',
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

/** Validation issues on one line: the CLI has no form to show them next to. */
function withIssues(error: unknown, language: Language | null): unknown {
  if (!(error instanceof DomainError) || error.code !== 'VALIDATION' || !error.issues?.length) return error;
  const refusal = filterRefusal(error, language);
  if (refusal) return refusal;
  const issues = error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  return new DomainError('VALIDATION', `${error.message} (${issues})`, { issues: error.issues, cause: error });
}

/** `partnerdesk report ID --period 2025-2026 --out FILE.xlsx|.csv|.pdf`: the same service as the app. */
export async function reportCommand(c: CommandContext, id: string | undefined, options: ReportOptions): Promise<void> {
  const reportId = ReportId.safeParse(id?.toUpperCase());
  if (!reportId.success) throw new DomainError('VALIDATION', `report needs a report id (${ReportId.options.join(', ')}), got ${id ?? 'nothing'}`);
  if (!options.period) throw new DomainError('VALIDATION', 'report needs --period (2025-2026 for a 学年, 2025 for a calendar year)');
  const period = parsePeriod(options.period);
  if (!period) throw new DomainError('VALIDATION', `--period must look like 2025-2026 or 2025, got ${options.period}`);
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
      const result = await core.services.reports
        .exportToFile({ reportId: reportId.data, period, filters }, format, options.out, NO_JOB)
        .catch(async (error: unknown) => {
          throw withIssues(error, (await core.services.settings.get()).language);
        });
      printResult(c.io, c.json, { ...result }, [`report written: ${result.file} (${result.rows} rows, ${result.bytes} bytes)`]);
    } finally {
      core.close();
    }
  } finally {
    await pdfPrinter?.close?.();
  }
}
