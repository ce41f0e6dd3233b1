import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AcademicYearConfig } from '@shared/domain/rules/academicYear';
import type { ReportDescriptor, ReportFilters, ReportPeriod, ReportSection } from '@shared/domain/report';
import type { DB } from '../db/schema';
import type { JobHandle } from '../jobs/jobRegistry';

/** What a report's query gets: read access, the college, the 学年 rule and the clock. */
export interface ReportContext {
  db: Kysely<DB>;
  sqlite: BetterSqlite3.Database;
  /** College full name from settings (title rows, R2's 学校代码 comes from settings too). */
  college: { name: string; code: string | null };
  academicYear: AcademicYearConfig;
  now: () => Date;
}

export interface ReportQuery {
  period: ReportPeriod;
  /** Inclusive ISO dates of the period (学年 or 自然年), already resolved. */
  range: { from: string; to: string };
  filters: ReportFilters;
}

/**
 * One report: its descriptor and a query that yields the sections. The report service adds
 * the title, college, period label and time, and renders the result to preview, xlsx, csv
 * and PDF; definitions never format output. SQL lives in ./data, not here.
 */
export interface ReportDefinition {
  descriptor: ReportDescriptor;
  build(ctx: ReportContext, query: ReportQuery, job: JobHandle): Promise<ReportSection[]>;
}
