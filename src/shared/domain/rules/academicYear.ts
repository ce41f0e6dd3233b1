// Reporting periods (domain.md §2.4): state-data indicators use the 学年 (by default
// 1 September to 31 August), funding tables the 自然年. Every indicator states which
// one it uses, so both are one `Period` type with the same helpers.
import { addDays, daysInMonth, isoDateOf, parseIsoDate } from '../../format/dates';

/** First day of the 学年. Some provinces or colleges start it on another date. */
export interface AcademicYearConfig {
  startMonth: number;
  startDay: number;
}

export const DEFAULT_ACADEMIC_YEAR: AcademicYearConfig = Object.freeze({ startMonth: 9, startDay: 1 });

/** An academic year is named by the calendar year it starts in (2025 = 2025-2026). */
export type Period = { kind: 'academic'; startYear: number } | { kind: 'calendar'; year: number };

// 4-digit years keep labels, ISO dates and YYYYMM strings well-formed.
const MIN_YEAR = 1000;
const MAX_YEAR = 9998;

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year out of range ${MIN_YEAR}–${MAX_YEAR}: ${year}`);
  }
}

/**
 * Rejects start dates that do not exist every year: a 29 February start would make
 * some academic years begin on a date that is not there.
 */
function assertConfig(cfg: AcademicYearConfig): void {
  const { startMonth, startDay } = cfg;
  const ok = Number.isInteger(startMonth) && Number.isInteger(startDay) && startMonth >= 1 && startMonth <= 12;
  // 2001 is not a leap year, so February allows 28 days.
  if (!ok || startDay < 1 || startDay > daysInMonth(2001, startMonth)) {
    throw new RangeError(`Invalid academic year start: month ${startMonth}, day ${startDay}`);
  }
}

/** The start year of the academic year containing `isoDate`: 2025-10-01 → 2025, 2026-08-31 → 2025. */
export function academicYearOf(isoDate: string, cfg: AcademicYearConfig = DEFAULT_ACADEMIC_YEAR): number {
  assertConfig(cfg);
  const { year, month, day } = parseIsoDate(isoDate);
  const beforeStart = month < cfg.startMonth || (month === cfg.startMonth && day < cfg.startDay);
  return beforeStart ? year - 1 : year;
}

/** Inclusive ISO date range: academic 2025 → 2025-09-01..2026-08-31, calendar 2025 → 2025-01-01..2025-12-31. */
export function periodRange(p: Period, cfg: AcademicYearConfig = DEFAULT_ACADEMIC_YEAR): { from: string; to: string } {
  if (p.kind === 'calendar') {
    assertYear(p.year);
    return { from: isoDateOf(p.year, 1, 1), to: isoDateOf(p.year, 12, 31) };
  }
  assertYear(p.startYear);
  assertConfig(cfg);
  const from = isoDateOf(p.startYear, cfg.startMonth, cfg.startDay);
  const nextStart = isoDateOf(p.startYear + 1, cfg.startMonth, cfg.startDay);
  return { from, to: addDays(nextStart, -1) };
}

/** '2025-2026' for academic 2025, '2025' for calendar 2025: the labels reports print. */
export function periodLabel(p: Period): string {
  if (p.kind === 'calendar') {
    assertYear(p.year);
    return String(p.year);
  }
  assertYear(p.startYear);
  return `${p.startYear}-${p.startYear + 1}`;
}

// Separators people use between the two years: - – — ~ / 至; optional 学年 / 年 suffix.
const ACADEMIC_LABEL = /^(\d{4})\s*[-\u2013\u2014~/至]\s*(\d{4})\s*(?:学年(?:度)?)?$/;
const CALENDAR_LABEL = /^(\d{4})\s*(?:年(?:度)?)?$/;

/**
 * Parses a period label: '2025-2026' (also '2025—2026学年', '2025至2026') → academic 2025;
 * '2025' or '2025年' → calendar 2025. The second year must be the first plus one, so a
 * typo like '2025-2027' is rejected rather than guessed. Returns null when unparseable.
 */
export function parsePeriod(text: string): Period | null {
  const s = text.normalize('NFKC').trim();
  const academic = ACADEMIC_LABEL.exec(s);
  if (academic) {
    const first = Number(academic[1]);
    const second = Number(academic[2]);
    return second === first + 1 && first >= MIN_YEAR && first <= MAX_YEAR ? { kind: 'academic', startYear: first } : null;
  }
  const calendar = CALENDAR_LABEL.exec(s);
  if (calendar) {
    const year = Number(calendar[1]);
    return year >= MIN_YEAR && year <= MAX_YEAR ? { kind: 'calendar', year } : null;
  }
  return null;
}

/** Whether `isoDate` falls inside the period's inclusive range. */
export function isInPeriod(isoDate: string, p: Period, cfg: AcademicYearConfig = DEFAULT_ACADEMIC_YEAR): boolean {
  parseIsoDate(isoDate); // throws on malformed input instead of comparing garbage strings
  const { from, to } = periodRange(p, cfg);
  // ISO dates with 4-digit years sort lexicographically in calendar order.
  return from <= isoDate && isoDate <= to;
}
