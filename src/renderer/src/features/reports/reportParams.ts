import { Id } from '@shared/domain/common';
import {
  REPORT_FILTER_KEYS,
  REPORT_IDS,
  UPLOAD_FORMATS,
  type ReportDescriptor,
  type ReportFormat,
  type ReportId,
  type ReportLayout,
  type ReportPeriod,
  type ReportRequest,
} from '@shared/domain/report';
import { academicYearOf, DEFAULT_ACADEMIC_YEAR, type AcademicYearConfig } from '@shared/domain/rules/academicYear';
import { todayIso } from '@shared/format/dates';

// The Reports page keeps its whole state in the URL
// (#/reports?report=R1&period=academic-2025&unit=…&major=…&partner=…&layout=upload), so a link
// or a reload shows the same report. Invalid values are dropped rather than failing the page.
// The review layout is the default and is not written; a report about now has no period.

export interface ReportPageParams {
  reportId?: ReportId;
  /** As written in the URL; resolved against the descriptor's period kind by `resolvePeriod`. */
  period?: ReportPeriod;
  orgUnitId?: string;
  majorId?: string;
  organisationId?: string;
  /** 'upload' only when chosen (and offered); absent = the review layout. */
  layout?: ReportLayout;
}

/** The same bounds as the ReportPeriod schema. */
export const MIN_REPORT_YEAR = 1990;
export const MAX_REPORT_YEAR = 2100;

const PERIOD_PARAM = /^(academic|calendar)-(\d{4})$/;

export function parsePeriodParam(raw: string | null): ReportPeriod | undefined {
  const match = raw === null ? null : PERIOD_PARAM.exec(raw);
  if (!match) return undefined;
  const year = Number(match[2]);
  if (year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) return undefined;
  return match[1] === 'academic' ? { kind: 'academic', startYear: year } : { kind: 'calendar', year };
}

export function periodParam(period: ReportPeriod): string {
  return period.kind === 'academic' ? `academic-${period.startYear}` : `calendar-${period.year}`;
}

const uuid = (raw: string | null): string | undefined => (raw !== null && Id.safeParse(raw).success ? raw : undefined);

export function parseReportParams(search: URLSearchParams): ReportPageParams {
  const params: ReportPageParams = {};
  const report = search.get('report');
  const reportId = REPORT_IDS.find((id) => id === report);
  if (reportId) params.reportId = reportId;
  const period = parsePeriodParam(search.get('period'));
  if (period) params.period = period;
  const orgUnitId = uuid(search.get('unit'));
  if (orgUnitId) params.orgUnitId = orgUnitId;
  const majorId = uuid(search.get('major'));
  if (majorId) params.majorId = majorId;
  const organisationId = uuid(search.get('partner'));
  if (organisationId) params.organisationId = organisationId;
  if (search.get('layout') === 'upload') params.layout = 'upload';
  return params;
}

/** The URL query for `params`; empty values are left out. */
export function reportSearch(params: ReportPageParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.reportId) search.set('report', params.reportId);
  if (params.period) search.set('period', periodParam(params.period));
  if (params.orgUnitId) search.set('unit', params.orgUnitId);
  if (params.majorId) search.set('major', params.majorId);
  if (params.organisationId) search.set('partner', params.organisationId);
  if (params.layout === 'upload') search.set('layout', 'upload');
  return search;
}

/** Settings store the 学年 start as { month, day }; the shared rule takes { startMonth, startDay }. */
export function academicYearConfig(start: { month: number; day: number } | undefined): AcademicYearConfig {
  return start ? { startMonth: start.month, startDay: start.day } : DEFAULT_ACADEMIC_YEAR;
}

/** The period that contains `today`: the current 学年 (by the configured start) or calendar year. */
export function currentPeriod(kind: ReportDescriptor['periodKind'], today: string, cfg: AcademicYearConfig): ReportPeriod {
  if (kind === 'calendar') return { kind: 'calendar', year: Number(today.slice(0, 4)) };
  try {
    return { kind: 'academic', startYear: academicYearOf(today, cfg) };
  } catch {
    // A start date the rule rejects (settings validate it, so only a hand-edited database).
    return { kind: 'academic', startYear: academicYearOf(today, DEFAULT_ACADEMIC_YEAR) };
  }
}

/** The URL's period when it is of the report's kind, else the current one. */
export function resolvePeriod(
  kind: ReportDescriptor['periodKind'],
  fromUrl: ReportPeriod | undefined,
  cfg: AcademicYearConfig,
  now: Date = new Date(),
): ReportPeriod {
  if (fromUrl && fromUrl.kind === kind) return fromUrl;
  return currentPeriod(kind, todayIso(now), cfg);
}

/** The year a period is named by (start year of a 学年). */
export const periodYear = (period: ReportPeriod): number => (period.kind === 'academic' ? period.startYear : period.year);

/** Years offered in the period picker: from 2010 (or the chosen year) to next year. */
export function periodYears(current: number, chosen: number): number[] {
  const first = Math.max(MIN_REPORT_YEAR, Math.min(2010, chosen));
  const last = Math.min(MAX_REPORT_YEAR, Math.max(current + 1, chosen));
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

type DescriptorOptions = Pick<ReportDescriptor, 'filters'> & Partial<Pick<ReportDescriptor, 'layouts' | 'periodKind'>>;

/** True when the report has an upload layout (the service lists it from the definition). */
export const offersUpload = (descriptor: Pick<ReportDescriptor, 'layouts'>): boolean => (descriptor.layouts ?? []).includes('upload');

/** The layout shown: upload only when chosen and offered. */
export const layoutOf = (descriptor: Pick<ReportDescriptor, 'layouts'>, params: ReportPageParams): ReportLayout =>
  params.layout === 'upload' && offersUpload(descriptor) ? 'upload' : 'review';

/** The export buttons: the upload layout is a file for a platform, xlsx or csv only. */
export const layoutFormats = (descriptor: Pick<ReportDescriptor, 'formats'>, layout: ReportLayout): readonly ReportFormat[] =>
  layout === 'upload' ? UPLOAD_FORMATS : descriptor.formats;

/**
 * `params` without what the report does not take: filter values it does not declare, an upload
 * layout it does not offer, a period when it describes now. Switching report clears them, so
 * the page never shows an option the report ignores.
 */
export function withDeclaredFilters(params: ReportPageParams, descriptor: DescriptorOptions | undefined): ReportPageParams {
  if (!descriptor) return params;
  const next: ReportPageParams = { ...params };
  for (const key of REPORT_FILTER_KEYS) if (!descriptor.filters.includes(key)) delete next[key];
  if (next.layout !== undefined && !offersUpload(descriptor)) delete next.layout;
  if (descriptor.periodKind === 'none') delete next.period;
  return next;
}

/** True when `params` carries a filter value, layout or period the report does not take. */
export const hasUndeclaredFilters = (params: ReportPageParams, descriptor: DescriptorOptions): boolean =>
  REPORT_FILTER_KEYS.some((key) => params[key] !== undefined && !descriptor.filters.includes(key)) ||
  (params.layout !== undefined && !offersUpload(descriptor)) ||
  (descriptor.periodKind === 'none' && params.period !== undefined);

/**
 * The request for reports:preview / reports:export, or null while a required partner is missing.
 * A report about now (periodKind 'none') is sent without a period.
 */
export function reportRequest(descriptor: ReportDescriptor, params: ReportPageParams, period: ReportPeriod | undefined): ReportRequest | null {
  if (descriptor.needsOrganisation && !params.organisationId) return null;
  const filters: NonNullable<ReportRequest['filters']> = {};
  // Only declared filters are sent: the service refuses any other.
  for (const key of descriptor.filters) {
    const value = params[key];
    if (value) filters[key] = value;
  }
  const layout = layoutOf(descriptor, params);
  return {
    reportId: descriptor.id,
    ...(descriptor.periodKind !== 'none' && period ? { period } : {}),
    filters,
    ...(layout === 'upload' ? { layout } : {}),
  };
}

/** 状态数据与年报 (R1–R8) or 管理台账 (R10 and after). */
export function reportGroup(id: ReportId): 'stateData' | 'registers' {
  return Number(id.slice(1)) < 10 ? 'stateData' : 'registers';
}
