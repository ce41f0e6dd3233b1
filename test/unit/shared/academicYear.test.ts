import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACADEMIC_YEAR,
  academicYearOf,
  isInPeriod,
  parsePeriod,
  periodLabel,
  periodRange,
  type AcademicYearConfig,
  type Period,
} from '@shared/domain/rules/academicYear';
import { addDays } from '@shared/format/dates';

// Any real date 1900–2199 as ISO text.
const isoDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const academic = (startYear: number): Period => ({ kind: 'academic', startYear });
const calendar = (year: number): Period => ({ kind: 'calendar', year });

// Start dates that exist every year (February capped at 28).
const configArb = fc
  .integer({ min: 1, max: 12 })
  .chain((startMonth) =>
    fc
      .integer({ min: 1, max: startMonth === 2 ? 28 : [4, 6, 9, 11].includes(startMonth) ? 30 : 31 })
      .map((startDay): AcademicYearConfig => ({ startMonth, startDay })),
  );

describe('DEFAULT_ACADEMIC_YEAR', () => {
  it('is 1 September', () => {
    expect(DEFAULT_ACADEMIC_YEAR).toEqual({ startMonth: 9, startDay: 1 });
  });
});

describe('academicYearOf', () => {
  it.each([
    ['2025-10-01', 2025],
    ['2026-08-31', 2025],
    ['2025-09-01', 2025],
    ['2025-08-31', 2024],
    ['2025-01-15', 2024],
    ['2025-12-31', 2025],
    ['2024-02-29', 2023],
  ])('%s → %i (default 1 September)', (iso, expected) => {
    expect(academicYearOf(iso)).toBe(expected);
  });

  it.each([
    ['2025-08-14', { startMonth: 8, startDay: 15 }, 2024],
    ['2025-08-15', { startMonth: 8, startDay: 15 }, 2025],
    ['2025-01-01', { startMonth: 1, startDay: 1 }, 2025],
    ['2025-12-31', { startMonth: 1, startDay: 1 }, 2025],
    ['2025-02-28', { startMonth: 3, startDay: 1 }, 2024],
  ])('%s with %j → %i', (iso, cfg, expected) => {
    expect(academicYearOf(iso, cfg)).toBe(expected);
  });

  it.each([
    { startMonth: 2, startDay: 29 },
    { startMonth: 4, startDay: 31 },
    { startMonth: 13, startDay: 1 },
    { startMonth: 0, startDay: 1 },
    { startMonth: 9, startDay: 0 },
    { startMonth: 9.5, startDay: 1 },
  ])('rejects the start %j', (cfg) => {
    expect(() => academicYearOf('2025-10-01', cfg)).toThrow(RangeError);
  });

  it('throws on an invalid date', () => {
    expect(() => academicYearOf('2025-02-30')).toThrow(RangeError);
  });
});

describe('periodRange', () => {
  it.each([
    [academic(2025), undefined, { from: '2025-09-01', to: '2026-08-31' }],
    [academic(2011), undefined, { from: '2011-09-01', to: '2012-08-31' }],
    [calendar(2025), undefined, { from: '2025-01-01', to: '2025-12-31' }],
    [calendar(2024), { startMonth: 3, startDay: 1 }, { from: '2024-01-01', to: '2024-12-31' }], // cfg ignored
    [academic(2023), { startMonth: 3, startDay: 1 }, { from: '2023-03-01', to: '2024-02-29' }],
    [academic(2024), { startMonth: 3, startDay: 1 }, { from: '2024-03-01', to: '2025-02-28' }],
    [academic(2025), { startMonth: 1, startDay: 1 }, { from: '2025-01-01', to: '2025-12-31' }],
    [academic(2025), { startMonth: 8, startDay: 15 }, { from: '2025-08-15', to: '2026-08-14' }],
  ])('%j with %j → %j', (period, cfg, expected) => {
    expect(periodRange(period, cfg)).toEqual(expected);
  });

  it.each([academic(999), academic(2025.5), calendar(10_000), calendar(Number.NaN)])('rejects %j', (period) => {
    expect(() => periodRange(period)).toThrow(RangeError);
  });
});

describe('periodLabel', () => {
  it.each([
    [academic(2025), '2025-2026'],
    [academic(1999), '1999-2000'],
    [calendar(2025), '2025'],
  ])('%j → %s', (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2025-2026', academic(2025)],
    [' 2025 - 2026 ', academic(2025)],
    ['2025—2026学年', academic(2025)],
    ['2025–2026', academic(2025)],
    ['2025～2026', academic(2025)], // full-width tilde (NFKC)
    ['2025/2026', academic(2025)],
    ['2025至2026学年度', academic(2025)],
    ['２０２５-２０２６', academic(2025)],
    ['2025', calendar(2025)],
    ['2025年', calendar(2025)],
    ['2025年度', calendar(2025)],
  ])('%j → %j', (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(['2025-2027', '2026-2025', '2025-2025', '2025-26', '20252026', '25', '0999', '0999-1000', '', 'abc', '2025-2026年度x'])(
    '%j → null',
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );

  it('round-trips periodLabel', () => {
    const periodArb = fc.oneof(
      fc.integer({ min: 1000, max: 9998 }).map(academic),
      fc.integer({ min: 1000, max: 9998 }).map(calendar),
    );
    fc.assert(
      fc.property(periodArb, (period) => {
        expect(parsePeriod(periodLabel(period))).toEqual(period);
      }),
    );
  });
});

describe('isInPeriod', () => {
  it.each([
    ['2025-09-01', academic(2025), true],
    ['2026-08-31', academic(2025), true],
    ['2026-09-01', academic(2025), false],
    ['2025-08-31', academic(2025), false],
    ['2025-01-01', calendar(2025), true],
    ['2025-12-31', calendar(2025), true],
    ['2024-12-31', calendar(2025), false],
    ['2026-01-01', calendar(2025), false],
  ])('%s in %j → %s', (iso, period, expected) => {
    expect(isInPeriod(iso, period)).toBe(expected);
  });

  it('honours a configured start', () => {
    const cfg = { startMonth: 8, startDay: 15 };
    expect(isInPeriod('2025-08-15', academic(2025), cfg)).toBe(true);
    expect(isInPeriod('2025-08-14', academic(2025), cfg)).toBe(false);
  });

  it('throws on an invalid date instead of comparing strings', () => {
    expect(() => isInPeriod('2025-9-1', academic(2025))).toThrow(RangeError);
  });
});

describe('academicYearOf is consistent with periodRange', () => {
  it('a date lies in exactly the academic year academicYearOf names', () => {
    fc.assert(
      fc.property(isoDateArb, configArb, (iso, cfg) => {
        const year = academicYearOf(iso, cfg);
        expect(isInPeriod(iso, academic(year), cfg)).toBe(true);
        expect(isInPeriod(iso, academic(year - 1), cfg)).toBe(false);
        expect(isInPeriod(iso, academic(year + 1), cfg)).toBe(false);
      }),
    );
  });

  it('ranges are contiguous and map back to their start year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), configArb, (startYear, cfg) => {
        const { from, to } = periodRange(academic(startYear), cfg);
        expect(academicYearOf(from, cfg)).toBe(startYear);
        expect(academicYearOf(to, cfg)).toBe(startYear);
        expect(academicYearOf(addDays(from, -1), cfg)).toBe(startYear - 1);
        expect(addDays(to, 1)).toBe(periodRange(academic(startYear + 1), cfg).from);
      }),
    );
  });
});
