import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { REPORT_DEFINITIONS } from '../../../src/main/reports/definitions';
import { REPORT_FILTER_KEYS, REPORT_IDS, type ReportFilterKey, type ReportFilters, type ReportId } from '@shared/domain/report';
import { registerCore } from './registerTestContext';

// Issue 4: a report filter is never silently ignored. Every report either honours a filter
// (it declares it, and a filter that matches nothing empties the report) or refuses it with
// VALIDATION report.filterNotOffered. The sample data gives every report rows to lose.

let core: Core;
/** Ids that exist but that no record is linked to: a report honouring the filter lists nothing. */
const empty: Required<ReportFilters> = { orgUnitId: '', majorId: '', organisationId: '' };
let partner = '';

const PERIOD = { kind: 'academic', startYear: 2025 } as const;
const CALENDAR = { kind: 'calendar', year: 2025 } as const;
// R12 lists partners as of the period's end; the sample partners are created today (2026-11-28).
const THIS_YEAR = { kind: 'academic', startYear: 2026 } as const;

function request(id: ReportId, filters: ReportFilters) {
  const descriptor = REPORT_DEFINITIONS[id]?.descriptor;
  const period = descriptor?.periodKind === 'calendar' ? CALENDAR : id === 'R12' ? THIS_YEAR : PERIOD;
  // A per-partner report (R8) always gets a partner with data, so only the filter under test varies.
  const base: ReportFilters = descriptor?.needsOrganisation ? { organisationId: partner } : {};
  return { reportId: id, period, filters: { ...base, ...filters } };
}

const dataRows = (table: Awaited<ReturnType<Core['services']['reports']['build']>>): number =>
  table.sections.reduce((n, s) => n + s.rows.filter((r) => r.kind === undefined || r.kind === 'data').length, 0);

beforeAll(async () => {
  core = await registerCore();
  const s = core.services;
  await s.seed.sample({ mode: 'sample' });
  const unit = await s.reference.orgUnits.create({ name: '无记录测试学院', kind: 'college' });
  empty.orgUnitId = unit.id;
  empty.majorId = (await s.reference.majors.create({ code: '460199', name: '无记录测试专业', level: 'higher_vocational' })).id;
  empty.organisationId = (await s.partners.create({ kind: 'enterprise', fullName: '无记录测试有限公司' })).id;
  const partners = await core.database.db.selectFrom('contribution').select('organisation_id').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  partner = partners.organisation_id;
}, 120_000);
afterAll(() => core.close());

const cases = REPORT_IDS.flatMap((id) => REPORT_FILTER_KEYS.map((key) => [id, key] as [ReportId, ReportFilterKey]));

describe('report filters are honoured or refused', () => {
  it('every report declares its filters, and a report that needs a partner declares the partner filter', () => {
    for (const id of REPORT_IDS) {
      const descriptor = REPORT_DEFINITIONS[id]?.descriptor;
      expect(descriptor, id).toBeDefined();
      if (descriptor?.needsOrganisation) expect(descriptor.filters).toContain('organisationId');
    }
  });

  it('declares what each report applies (issue 4)', () => {
    const declared = Object.fromEntries(REPORT_IDS.map((id) => [id, REPORT_DEFINITIONS[id]?.descriptor.filters]));
    const unitMajor = ['orgUnitId', 'majorId'];
    expect(declared).toEqual({
      R1: unitMajor, R2: unitMajor, R3: unitMajor, R4: unitMajor, R5: unitMajor, R6: unitMajor,
      R7: [], R8: ['organisationId'],
      R10: ['orgUnitId', 'majorId', 'organisationId'], R11: ['orgUnitId', 'majorId', 'organisationId'], R12: unitMajor,
      R14: [], R17: [],
    });
  });

  it.each(cases)('%s with %s: applied when declared, refused when not', async (id, key) => {
    const descriptor = REPORT_DEFINITIONS[id]?.descriptor;
    const reports = core.services.reports;
    if (!descriptor?.filters.includes(key)) {
      const refused = reports.preview(request(id, { [key]: empty[key] }));
      await expect(refused).rejects.toMatchObject({
        code: 'VALIDATION',
        issues: [{ path: [`filters.${key}`], message: 'report.filterNotOffered' }],
      });
      // Refused before any dialog: export never asks where to save.
      await expect(reports.export({ ...request(id, { [key]: empty[key] }), format: descriptor?.formats[0] ?? 'xlsx', jobId: 'job-filter-1' })).rejects.toMatchObject({ code: 'VALIDATION' });
      return;
    }
    if (descriptor.needsOrganisation && key === 'organisationId') return; // R8's own tests cover its partner
    const all = await reports.build(request(id, {}));
    expect(dataRows(all), `${id} has sample rows to filter`).toBeGreaterThan(0);
    const filtered = await reports.build(request(id, { [key]: empty[key] }));
    expect(dataRows(filtered), `${id} filtered by a ${key} with no records`).toBe(0);
  }, 60_000);
});
