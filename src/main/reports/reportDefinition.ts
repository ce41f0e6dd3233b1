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
  /** The review layout: title, subtotals, notes and provenance, for reading and checking. */
  build(ctx: ReportContext, query: ReportQuery, job: JobHandle): Promise<ReportSection[]>;
  /**
   * The upload layout (issue 11), for reports a platform takes as a file: exactly the platform's
   * columns in its order, one data row per key. Reports without it offer only the review layout.
   */
  buildUpload?(ctx: ReportContext, query: ReportQuery, job: JobHandle): Promise<UploadSheet>;
}

/** A row the platform would reject (e.g. no USCC, no 专业代码): left out of the upload sheet and said. */
export interface RefusedUploadRow {
  /** The record the row is about, as the officer knows it (partner or base name, 专业代码 名称). */
  label: string;
  /** Why, in Chinese, naming the missing field, e.g. 缺少统一社会信用代码. */
  reason: string;
}

/**
 * The platform's sheet. `section.columns[].label` are the platform's exact header texts (the
 * writers never append a unit in this layout); rows are all kind 'data'; no notes, no charts.
 * Writers put the header on row 1 and nothing else around the table.
 */
export interface UploadSheet {
  section: ReportSection;
  refused: RefusedUploadRow[];
}
