import fs from 'node:fs';
import path from 'node:path';
import { ReportId, type ReportFilters, type ReportFormat, REPORT_FORMATS } from '@shared/domain/report';
import { parsePeriod } from '@shared/domain/rules/academicYear';
import { createCore } from '../core';
import { databaseFile } from '../db/dataDir';
import { DomainError } from '../errors';
import { NO_JOB } from '../jobs/jobRegistry';
import { createChromiumPdfPrinter } from '../pdf/chromiumPdfPrinter';
import type { PdfPrinter } from '../pdf/pdfPrinter';
import type { CommandContext } from './commands';
import { printResult } from './output';

export interface ReportOptions {
  period?: string | undefined;
  out?: string | undefined;
  orgUnit?: string | undefined;
  major?: string | undefined;
  partner?: string | undefined;
}

export const REPORT_USAGE = [
  '  report ID --period P --out FILE   write report ID (R1 … R17) for 学年 P (2025-2026) or year P (2025);',
  '                          the format is the extension of FILE (.xlsx, .csv, .pdf); an existing FILE is replaced;',
  '                          filters: --org-unit ID --major ID --partner ID (R8 needs --partner)',
];

function formatOf(file: string): ReportFormat {
  const ext = path.extname(file).slice(1).toLowerCase();
  const format = REPORT_FORMATS.find((f) => f === ext);
  if (!format) throw new DomainError('VALIDATION', `--out needs a .xlsx, .csv or .pdf file, got ${file}`);
  return format;
}

/** Validation issues on one line: the CLI has no form to show them next to. */
function withIssues(error: unknown): unknown {
  if (!(error instanceof DomainError) || error.code !== 'VALIDATION' || !error.issues?.length) return error;
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
        .catch((error: unknown) => {
          throw withIssues(error);
        });
      printResult(c.io, c.json, { ...result }, [`report written: ${result.file} (${result.rows} rows, ${result.bytes} bytes)`]);
    } finally {
      core.close();
    }
  } finally {
    await pdfPrinter?.close?.();
  }
}
