import type { ReportFilters, ReportPeriod, ReportSection } from '../../../src/shared/domain/report';
import { DEFAULT_ACADEMIC_YEAR, periodRange } from '../../../src/shared/domain/rules/academicYear';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import type { ReportContext, ReportDefinition } from '../../../src/main/reports/reportDefinition';
import type { TestDb } from '../../helpers/testDb';

/** A ReportContext over a test database: the college, the default 学年 rule and a fixed clock. */
export function reportTestContext(
  t: TestDb,
  options: { collegeName?: string; collegeCode?: string | null; now?: () => Date } = {},
): ReportContext {
  return {
    db: t.app.db,
    sqlite: t.app.sqlite,
    college: { name: options.collegeName ?? '深圳示例职业技术学院', code: options.collegeCode ?? null },
    academicYear: DEFAULT_ACADEMIC_YEAR,
    now: options.now ?? (() => new Date('2026-09-15T02:00:00.000Z')),
  };
}

/** Runs one definition for the 学年 starting in `startYear` (or another period) without a job UI. */
export function runReport(
  definition: ReportDefinition,
  ctx: ReportContext,
  startYear: number,
  filters: ReportFilters = {},
  period: ReportPeriod = { kind: 'academic', startYear },
): Promise<ReportSection[]> {
  return definition.build(ctx, { period, range: periodRange(period, ctx.academicYear), filters }, NO_JOB);
}

/** The labels of a section's columns, in order. */
export const columnLabels = (section: ReportSection): string[] => section.columns.map((c) => c.label);

/** Data rows whose cell `key` equals `value`. */
export function rowsWhere(section: ReportSection, key: string, value: unknown): ReportSection['rows'] {
  return section.rows.filter((r) => r.cells[key] === value);
}
