// Calendar-date helpers for ISO `YYYY-MM-DD` strings, the only date form stored
// in the database. All arithmetic runs on UTC midnights so that a local DST
// change can never make a day 23 or 25 hours long.

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`, Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parseIsoParts(s: string): YearMonthDay | null {
  const match = ISO_DATE_PATTERN.exec(s);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Year 0000 does not exist in the proleptic Gregorian calendar ISO 8601 users expect.
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Parses an ISO date or throws, so callers cannot silently compute with NaN. */
export function parseIsoDate(iso: string): YearMonthDay {
  const parts = parseIsoParts(iso);
  if (!parts) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return parts;
}

/** True only for a real calendar date written exactly as `YYYY-MM-DD` (rejects 2025-02-30). */
export function isIsoDate(s: unknown): s is string {
  return typeof s === 'string' && parseIsoParts(s) !== null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatIsoParts({ year, month, day }: YearMonthDay): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Date.UTC maps years 0–99 to 1900–1999, so set the full year explicitly.
function toUtcMillis({ year, month, day }: YearMonthDay): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

function fromUtcMillis(ms: number): YearMonthDay {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Builds an ISO date from numeric parts, validating them (month 1–12, day within the month). */
export function isoDateOf(year: number, month: number, day: number): string {
  const iso = formatIsoParts({ year, month, day });
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || !isIsoDate(iso)) {
    throw new RangeError(`Not a calendar date: ${year}-${month}-${day}`);
  }
  return iso;
}

/** '2026-11-28' → '202611': the 6-digit 年月 the state-data platform requires (domain.md §2.4). */
export function toYearMonth(iso: string): string {
  const { year, month } = parseIsoDate(iso);
  return `${pad(year, 4)}${pad(month, 2)}`;
}

/** '2026-03-05' → '2026年3月5日' (Chinese documents write month and day without leading zeros). */
export function formatDateZh(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${year}年${month}月${day}日`;
}

/**
 * The calendar date of the instant `now` in `timeZone` (default: China, UTC+8).
 * `now` is a parameter so tests and the app's injected clock decide what "today" is.
 */
export function todayIso(now: Date, timeZone = 'Asia/Shanghai'): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('todayIso: invalid Date');
  // formatToParts rather than format(): the order of parts differs between locales and ICU versions.
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(now);
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return isoDateOf(field('year'), field('month'), field('day'));
}

/** Adds `n` calendar days (negative to go back): addDays('2024-02-28', 1) → '2024-02-29'. */
export function addDays(iso: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addDays: n must be an integer, got ${n}`);
  const result = fromUtcMillis(toUtcMillis(parseIsoDate(iso)) + n * MS_PER_DAY);
  return isoDateOf(result.year, result.month, result.day);
}

/** Signed number of calendar days from `a` to `b`: daysBetween('2025-01-01', '2025-01-31') → 30. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMillis(parseIsoDate(b)) - toUtcMillis(parseIsoDate(a))) / MS_PER_DAY);
}
