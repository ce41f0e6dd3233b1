import { describe, expect, it } from 'vitest';
import type { ReportColumn, ReportDescriptor } from '@shared/domain/report';
import { columnHeader, formatCell } from '../../../src/renderer/src/features/reports/reportCells';
import { provenanceHref } from '../../../src/renderer/src/features/reports/provenanceLinks';
import {
  currentPeriod,
  hasUndeclaredFilters,
  layoutFormats,
  layoutOf,
  parseReportParams,
  reportGroup,
  reportRequest,
  reportSearch,
  resolvePeriod,
  withDeclaredFilters,
} from '../../../src/renderer/src/features/reports/reportParams';

// The Reports page's pure parts: URL state, period defaults, cell formatting, source links.

const ID = '0b5f3c1e-8d2a-4c6b-9e1f-2a3b4c5d6e7f';
const TEXT = { yes: '是', no: '否', language: 'zh-CN' as const };
const col = (c: Partial<ReportColumn> & Pick<ReportColumn, 'type'>): ReportColumn => ({ key: 'k', label: '订单培养数', ...c });
const R8: ReportDescriptor = { id: 'R8', title: '企业年报素材', periodKind: 'academic', formats: ['pdf'], needsOrganisation: true, filters: ['organisationId'] };
const R17: ReportDescriptor = { id: 'R17', title: '数据质量报告', periodKind: 'academic', formats: ['xlsx'], needsOrganisation: false, filters: [] };

describe('report page URL', () => {
  it('round-trips report, period and filters, dropping invalid values', () => {
    const params = parseReportParams(new URLSearchParams(`report=R1&period=academic-2025&unit=${ID}&major=nope&partner=${ID}`));
    expect(params).toEqual({ reportId: 'R1', period: { kind: 'academic', startYear: 2025 }, orgUnitId: ID, organisationId: ID });
    expect(reportSearch(params).toString()).toBe(`report=R1&period=academic-2025&unit=${ID}&partner=${ID}`);
    expect(parseReportParams(new URLSearchParams('report=R9&period=academic-1800'))).toEqual({});
  });

  it('defaults to the 学年 containing today by the configured start, and keeps a URL period of the right kind', () => {
    const cfg = { startMonth: 9, startDay: 1 };
    expect(currentPeriod('academic', '2026-08-31', cfg)).toEqual({ kind: 'academic', startYear: 2025 });
    expect(currentPeriod('academic', '2026-09-01', cfg)).toEqual({ kind: 'academic', startYear: 2026 });
    expect(currentPeriod('academic', '2026-08-20', { startMonth: 8, startDay: 15 })).toEqual({ kind: 'academic', startYear: 2026 });
    expect(currentPeriod('calendar', '2026-08-31', cfg)).toEqual({ kind: 'calendar', year: 2026 });
    const now = new Date('2026-11-28T02:00:00Z');
    expect(resolvePeriod('calendar', { kind: 'academic', startYear: 2020 }, cfg, now)).toEqual({ kind: 'calendar', year: 2026 });
    expect(resolvePeriod('academic', { kind: 'academic', startYear: 2020 }, cfg, now)).toEqual({ kind: 'academic', startYear: 2020 });
  });

  it('holds back the request of a per-partner report until a partner is chosen', () => {
    const period = { kind: 'academic', startYear: 2025 } as const;
    expect(reportRequest(R8, {}, period)).toBeNull();
    expect(reportRequest(R8, { organisationId: ID }, period)).toEqual({ reportId: 'R8', period, filters: { organisationId: ID } });
    expect([reportGroup('R8'), reportGroup('R10'), reportGroup('R17')]).toEqual(['stateData', 'registers', 'registers']);
  });

  it('sends and keeps only the filters the report declares', () => {
    const period = { kind: 'academic', startYear: 2025 } as const;
    const all = { reportId: 'R8' as const, orgUnitId: ID, majorId: ID, organisationId: ID };
    expect(reportRequest(R8, all, period)).toEqual({ reportId: 'R8', period, filters: { organisationId: ID } });
    expect(reportRequest(R17, all, period)).toEqual({ reportId: 'R17', period, filters: {} });
    expect(withDeclaredFilters(all, R8)).toEqual({ reportId: 'R8', organisationId: ID });
    expect(withDeclaredFilters({ ...all, period }, R17)).toEqual({ reportId: 'R8', period });
    expect(withDeclaredFilters(all, undefined)).toEqual(all);
  });
});

describe('layouts and reports about now', () => {
  const R3: ReportDescriptor = { id: 'R3', title: '校企合作共同开发课程数据', periodKind: 'academic', formats: ['xlsx'], needsOrganisation: false, filters: ['majorId'], layouts: ['review', 'upload'] };
  const R12: ReportDescriptor = { id: 'R12', title: '合作企业名录', periodKind: 'none', formats: ['xlsx', 'pdf'], needsOrganisation: false, filters: ['orgUnitId'], layouts: ['review'] };
  const period = { kind: 'academic', startYear: 2025 } as const;

  it('keeps layout=upload in the URL, and the review layout out of it', () => {
    const params = parseReportParams(new URLSearchParams('report=R3&period=academic-2025&layout=upload'));
    expect(params).toEqual({ reportId: 'R3', period, layout: 'upload' });
    expect(reportSearch(params).toString()).toBe('report=R3&period=academic-2025&layout=upload');
    expect(parseReportParams(new URLSearchParams('report=R3&layout=review'))).toEqual({ reportId: 'R3' });
  });

  it('sends the upload layout only to a report that offers it, as xlsx or csv', () => {
    expect(reportRequest(R3, { layout: 'upload' }, period)).toEqual({ reportId: 'R3', period, filters: {}, layout: 'upload' });
    expect(layoutOf(R12, { layout: 'upload' })).toBe('review');
    expect(reportRequest(R12, { layout: 'upload' }, undefined)).toEqual({ reportId: 'R12', filters: {} });
    expect(layoutFormats(R3, 'upload')).toEqual(['xlsx', 'csv']);
    expect(layoutFormats(R12, 'review')).toEqual(['xlsx', 'pdf']);
    expect(withDeclaredFilters({ reportId: 'R12', layout: 'upload', period }, R12)).toEqual({ reportId: 'R12' });
  });

  it('sends no period for a report about now and drops one from the URL', () => {
    expect(reportRequest(R12, {}, period)).toEqual({ reportId: 'R12', filters: {} });
    expect(hasUndeclaredFilters({ period }, R12)).toBe(true);
    expect(hasUndeclaredFilters({}, R12)).toBe(false);
    expect(hasUndeclaredFilters({ period, layout: 'upload' }, R3)).toBe(false);
  });
});

describe('report cells', () => {
  it('shows blanks as empty, never 0', () => {
    for (const type of ['integer', 'money', 'ratio', 'boolean', 'text'] as const) expect(formatCell(col({ type }), null, TEXT)).toBe('');
  });

  it('shows money in the column unit with 2 decimals, ratios as %, booleans as 是/否', () => {
    expect(formatCell(col({ type: 'money', moneyUnit: 'wanyuan' }), 123_455_000, TEXT)).toBe('123.46');
    expect(formatCell(col({ type: 'money', moneyUnit: 'yuan' }), 123_456_789, TEXT)).toBe('1,234,567.89');
    expect(formatCell(col({ type: 'ratio' }), 0.3125, TEXT)).toBe('31.3%');
    expect(formatCell(col({ type: 'boolean' }), true, TEXT)).toBe('是');
    expect(formatCell(col({ type: 'yearMonth' }), '202509', TEXT)).toBe('202509');
    expect(formatCell(col({ type: 'integer' }), 0, TEXT)).toBe('0');
  });

  it('puts the unit after the label', () => {
    expect(columnHeader(col({ type: 'integer', unit: '人' }))).toBe('订单培养数（人）');
    expect(columnHeader(col({ type: 'money', moneyUnit: 'wanyuan', label: '对学校捐赠设备总值' }))).toBe('对学校捐赠设备总值（万元）');
  });
});

describe('provenance links', () => {
  it('links records to their pages where there is one', () => {
    expect(provenanceHref({ table: 'organisation', id: ID, label: 'x' })).toBe(`/partners/${ID}`);
    expect(provenanceHref({ table: 'agreement', id: ID, label: 'x' })).toBe(`/agreements/${ID}`);
    expect(provenanceHref({ table: 'order_class', id: ID, label: 'x' })).toBe('/programmes?tab=orderClasses');
    expect(provenanceHref({ table: 'contact', id: ID, label: 'x' })).toBeNull();
  });
});
