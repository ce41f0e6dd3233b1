import { createCore, type Core } from '../../../src/main/core';
import { NO_JOB } from '../../../src/main/jobs/jobRegistry';
import type { ReportContext, ReportDefinition, ReportQuery } from '../../../src/main/reports/reportDefinition';
import { DEFAULT_ACADEMIC_YEAR, periodRange } from '@shared/domain/rules/academicYear';
import type { ReportPeriod, ReportSection } from '@shared/domain/report';
import { makeTempDir } from '../../helpers/tempDir';

// Helpers for the register report tests (R10–R17): a real core on a temp folder with a
// fixed clock, fixtures built through its services, and the definition run directly.

/** The tests' today: 2026-11-28 (10:00 in Beijing). */
export const TODAY = '2026-11-28';

export async function registerCore(): Promise<Core> {
  return createCore({ dataDir: makeTempDir(), clock: () => new Date('2026-11-28T02:00:00Z'), actor: 'report-test' });
}

export function reportContext(core: Core): ReportContext {
  const { db, sqlite } = core.database;
  return {
    db,
    sqlite,
    college: { name: '示例职业技术学院', code: null },
    academicYear: DEFAULT_ACADEMIC_YEAR,
    now: () => new Date('2026-11-28T02:00:00Z'),
  };
}

export async function runReport(
  core: Core,
  definition: ReportDefinition,
  period: ReportPeriod,
  filters: ReportQuery['filters'] = {},
): Promise<ReportSection[]> {
  const query: ReportQuery = { period, range: periodRange(period, DEFAULT_ACADEMIC_YEAR), filters };
  return definition.build(reportContext(core), query, NO_JOB);
}

/** A section's column labels, in order. */
export const labels = (section: ReportSection | undefined): string[] => (section?.columns ?? []).map((c) => c.label);

/** Chosen cells of every row, for literal comparisons. */
export function pick(section: ReportSection | undefined, keys: readonly string[]): unknown[][] {
  return (section?.rows ?? []).map((r) => keys.map((k) => r.cells[k] ?? null));
}

export const school = { role: '甲' as const, partyType: 'school' as const, displayName: '示例职业技术学院', signatory: '周明远' };
