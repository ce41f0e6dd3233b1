import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  daysInMonth,
  formatDateZh,
  isIsoDate,
  isoDateOf,
  todayIso,
  toYearMonth,
} from '@shared/format/dates';

// Any real date 1900–2199 as ISO text.
const isoDateArb = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('isIsoDate', () => {
  it.each([
    ['2025-01-01', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2025-12-31', true],
    ['0001-01-01', true],
    ['2025-02-29', false],
    ['1900-02-29', false], // divisible by 100, not 400
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['0000-01-01', false],
    ['2025-4-1', false],
    ['20250401', false],
    ['2025/04/01', false],
    [' 2025-04-01', false],
    ['2025-04-01T00:00:00Z', false],
    ['２０２５-04-01', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isIsoDate(s)).toBe(expected);
  });

  it.each([20250401, null, undefined, new Date('2025-04-01')])('rejects non-string %j', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2100, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('isoDateOf', () => {
  it('pads parts', () => {
    expect(isoDateOf(2025, 3, 5)).toBe('2025-03-05');
    expect(isoDateOf(99, 1, 1)).toBe('0099-01-01');
  });
  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 1.5, 1],
  ])('throws for %i-%i-%i', (y, m, d) => {
    expect(() => isoDateOf(y, m, d)).toThrow(RangeError);
  });
});

describe('toYearMonth', () => {
  it.each([
    ['2026-11-28', '202611'],
    ['1980-09-01', '198009'],
    ['2025-01-31', '202501'],
  ])('%s → %s', (iso, expected) => {
    expect(toYearMonth(iso)).toBe(expected);
  });
  it('throws on an invalid date', () => {
    expect(() => toYearMonth('2025-02-30')).toThrow(RangeError);
  });
});

describe('formatDateZh', () => {
  it.each([
    ['2026-11-28', '2026年11月28日'],
    ['2026-03-05', '2026年3月5日'],
    ['2025-01-01', '2025年1月1日'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateZh(iso)).toBe(expected);
  });
  it('throws on an invalid date', () => {
    expect(() => formatDateZh('2026-11-31')).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it.each([
    ['2025-08-31T15:59:59.999Z', 'Asia/Shanghai', '2025-08-31'],
    ['2025-08-31T16:00:00.000Z', 'Asia/Shanghai', '2025-09-01'], // midnight in Beijing
    ['2025-12-31T16:00:00.000Z', 'Asia/Shanghai', '2026-01-01'],
    ['2025-08-31T16:00:00.000Z', 'UTC', '2025-08-31'],
    ['2025-03-09T06:30:00.000Z', 'America/New_York', '2025-03-09'], // DST change day
    ['2025-03-09T04:30:00.000Z', 'America/New_York', '2025-03-08'],
  ])('%s in %s → %s', (instant, timeZone, expected) => {
    expect(todayIso(new Date(instant), timeZone)).toBe(expected);
  });

  it('defaults to Asia/Shanghai', () => {
    expect(todayIso(new Date('2025-08-31T16:00:00Z'))).toBe('2025-09-01');
  });

  it('throws on an invalid Date or time zone', () => {
    expect(() => todayIso(new Date('nope'))).toThrow(RangeError);
    expect(() => todayIso(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-28', 2, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-30', 0, '2025-03-30'],
    ['2024-01-01', 365, '2024-12-31'],
    ['2025-10-26', 1, '2025-10-27'], // European DST end: still one calendar day
    ['2026-09-01', -180, '2026-03-05'],
  ])('%s + %i → %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('throws on a fractional n, an invalid date or before year 1', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2025-01-01', '2025-01-31', 30],
    ['2025-01-31', '2025-01-01', -30],
    ['2025-05-05', '2025-05-05', 0],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-08', '2025-03-10', 2], // across the US DST change
    ['2025-09-01', '2026-08-31', 364],
    ['2023-09-01', '2024-08-31', 365], // contains 2024-02-29
  ])('%s → %s = %i', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  it('throws on invalid dates', () => {
    expect(() => daysBetween('2025-01-01', '2025-02-29')).toThrow(RangeError);
  });

  it('is the inverse of addDays', () => {
    fc.assert(
      fc.property(isoDateArb, fc.integer({ min: -20_000, max: 20_000 }), (iso, n) => {
        const moved = addDays(iso, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(daysBetween(iso, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(iso);
      }),
    );
  });
});
