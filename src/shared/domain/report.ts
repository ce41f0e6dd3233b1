import { z } from 'zod';
import { Id as Uuid } from './common';

// One report model (issue 4): every report is a query that yields a ReportTable. The same
// table feeds the in-app preview, xlsx, csv and PDF, so fill rules (blank, not 0, where
// there is no data; 年月 as YYYYMM) are applied once, when the table is built.

/** Stable ids, used by the CLI (`partnerdesk report R1 …`) and stored nowhere else. */
export const REPORT_IDS = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R10', 'R11', 'R12', 'R14', 'R17'] as const;
export const ReportId = z.enum(REPORT_IDS);
export type ReportId = z.infer<typeof ReportId>;

export const REPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export const ReportFormat = z.enum(REPORT_FORMATS);
export type ReportFormat = z.infer<typeof ReportFormat>;

/**
 * Issue 11: `review` is the layout for reading and checking (title, subtotals, notes,
 * provenance); `upload` is the platform's file: its columns in order, header on row 1, one
 * data row per key, nothing else. Only reports with an upload definition offer `upload`.
 */
export const REPORT_LAYOUTS = ['review', 'upload'] as const;
export const ReportLayout = z.enum(REPORT_LAYOUTS);
export type ReportLayout = z.infer<typeof ReportLayout>;
/** The upload layout is a file for a platform: spreadsheet or csv, never PDF. */
export const UPLOAD_FORMATS: readonly ReportFormat[] = ['xlsx', 'csv'];

/** A row left out of the upload sheet because the platform would reject it (e.g. no USCC). */
export const RefusedRow = z.object({
  /** The record as the officer knows it (partner or base name, 专业代码 名称). */
  label: z.string(),
  /** Why, in Chinese, naming the missing field, e.g. 缺少统一社会信用代码. */
  reason: z.string(),
});
export type RefusedRow = z.infer<typeof RefusedRow>;

/**
 * Column types. `money` cells hold integer 分; the column says whether it is shown in 元
 * or 万元 (state-data indicators are in 万元). `yearMonth` cells hold 'YYYYMM' text and
 * `date` cells 'YYYY-MM-DD'. `ratio` cells hold a fraction (0.25 = 25%).
 */
export const COLUMN_TYPES = ['text', 'integer', 'money', 'date', 'yearMonth', 'boolean', 'ratio'] as const;
export const ColumnType = z.enum(COLUMN_TYPES);
export type ColumnType = z.infer<typeof ColumnType>;

export const ReportColumn = z.object({
  key: z.string().min(1),
  /** Exact label from domain.md where one exists (e.g. 订单培养数); not translated. */
  label: z.string().min(1),
  type: ColumnType,
  /** Unit shown after the label in headers, e.g. 人, 门, 万元, 人天. */
  unit: z.string().optional(),
  /** For money: shown in 元 (2 decimals) or 万元 (2 or 4 decimals). */
  moneyUnit: z.enum(['yuan', 'wanyuan']).optional(),
  /** Code columns (USCC, 专业号, 课程号) stay text in every output, never numbers. */
  code: z.boolean().optional(),
  /** Width hint in characters for xlsx/PDF. */
  width: z.number().int().positive().optional(),
});
export type ReportColumn = z.infer<typeof ReportColumn>;

/** null = blank cell (no data). Never write 0, 无 or / for missing data. */
export const ReportCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

/** Which records produced a figure: shown on click in the app. */
export const ProvenanceRef = z.object({
  table: z.string().min(1),
  id: Uuid,
  label: z.string(),
});
export type ProvenanceRef = z.infer<typeof ProvenanceRef>;

export const ReportRow = z.object({
  cells: z.record(z.string(), ReportCell),
  /** column key → the records behind that cell; absent when the cell is a plain attribute. */
  sources: z.record(z.string(), z.array(ProvenanceRef)).optional(),
  /** Totals and subtotals are styled bold and excluded from sorting. */
  kind: z.enum(['data', 'subtotal', 'total']).optional(),
});
export type ReportRow = z.infer<typeof ReportRow>;

/** A chart drawn from the report's figures (R7); rendered by ECharts as SVG. */
export const ReportChart = z.object({
  title: z.string(),
  kind: z.enum(['bar', 'line', 'pie']),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), data: z.array(z.number().nullable()) })),
});
export type ReportChart = z.infer<typeof ReportChart>;

/** One table of a report; a report may have several (one xlsx sheet each). */
export const ReportSection = z.object({
  /** Sheet name: Chinese, ≤ 31 characters, none of : \ / ? * [ ]. */
  sheetName: z.string().min(1).max(31),
  title: z.string(),
  columns: z.array(ReportColumn),
  rows: z.array(ReportRow),
  notes: z.array(z.string()).optional(),
  charts: z.array(ReportChart).optional(),
  /** Rows in the full section (the preview may carry fewer). */
  totalRows: z.int().min(0).optional(),
});
export type ReportSection = z.infer<typeof ReportSection>;

export const ReportPeriod = z.union([
  z.object({ kind: z.literal('academic'), startYear: z.int().min(1990).max(2100) }),
  z.object({ kind: z.literal('calendar'), year: z.int().min(1990).max(2100) }),
]);
export type ReportPeriod = z.infer<typeof ReportPeriod>;

export const ReportFilters = z.object({
  orgUnitId: Uuid.optional(),
  majorId: Uuid.optional(),
  /** R8 (企业年报素材) is per enterprise. */
  organisationId: Uuid.optional(),
});
export type ReportFilters = z.infer<typeof ReportFilters>;

/**
 * The filters a report can honour, named by their ReportFilters keys. A descriptor lists the
 * ones its report really applies; a request with any other is refused (report.filterNotOffered),
 * so a filter is never silently ignored.
 */
export const ReportFilterKey = ReportFilters.keyof();
export type ReportFilterKey = z.infer<typeof ReportFilterKey>;
export const REPORT_FILTER_KEYS = ReportFilterKey.options;

export const ReportRequest = z.object({
  reportId: ReportId,
  /** Required unless the report's periodKind is 'none' (it describes now); ignored there. */
  period: ReportPeriod.optional(),
  filters: ReportFilters.default({}),
  layout: ReportLayout.default('review'),
});
export type ReportRequest = z.input<typeof ReportRequest>;

export const ReportTable = z.object({
  reportId: ReportId,
  /** Exact Chinese report name, e.g. 专业产学合作情况表. */
  title: z.string(),
  college: z.string(),
  /** '2025-2026学年', '2025年', or '截至 2026-12-07' for a report about now (periodKind 'none'). */
  periodLabel: z.string(),
  /** For a report about now: the 学年 containing today (definitions ignore it). */
  period: ReportPeriod,
  /** ISO date range the period covers. */
  range: z.object({ from: z.string(), to: z.string() }),
  generatedAt: z.string(),
  sections: z.array(ReportSection).min(1),
  /** Absent = 'review'. An upload table has exactly one section, the platform's sheet. */
  layout: ReportLayout.optional(),
  /** Upload layout: the rows left out of the sheet, and why (the page and the CLI say so). */
  refused: z.array(RefusedRow).optional(),
});
export type ReportTable = z.infer<typeof ReportTable>;

/** What each report is, for the picker and the CLI's help. */
export const ReportDescriptor = z.object({
  id: ReportId,
  title: z.string(),
  /** 'none': the report describes now (R11, R12, R17) and takes no period. */
  periodKind: z.enum(['academic', 'calendar', 'none']),
  formats: z.array(ReportFormat),
  needsOrganisation: z.boolean(),
  /** Filters the report honours (a report that needs a partner lists organisationId). */
  filters: z.array(ReportFilterKey),
  /** Layouts offered; the service's list() fills it from the definition (absent = review only). */
  layouts: z.array(ReportLayout).optional(),
});
export type ReportDescriptor = z.infer<typeof ReportDescriptor>;

// ── IPC shapes ──────────────────────────────────────────────────────────────
/** Preview caps each section's rows; `totalRows` tells the page how many there are in all. */
export const REPORT_PREVIEW_ROW_LIMIT = 500;

export const ReportPreview = ReportTable;
export type ReportPreview = z.infer<typeof ReportPreview>;

export const ReportExportInput = ReportRequest.extend({
  format: ReportFormat,
  /** From useJob: progress events carry it, jobs:cancel stops the export. */
  jobId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
});
export type ReportExportInput = z.input<typeof ReportExportInput>;
