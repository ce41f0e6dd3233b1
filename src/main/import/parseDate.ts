// Dates as spreadsheets deliver them (reliability.md §9): Excel serials in the 1900 or
// 1904 system, Date objects (UTC) from date-formatted cells, and text in the four usual
// styles. Out: YYYY-MM-DD or null. 1990–2100 only, so a serial is never taken for a year.

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromUtcMs(ms: number): string | null {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Serial → date. 1900 system: serial 1 = 1900-01-01, and Excel (copying Lotus 1-2-3)
 * counts a 1900-02-29 that never existed as serial 60, so from 61 on the epoch is
 * 1899-12-30; 60 itself is no date. 1904 system: serial 0 = 1904-01-01. The time of
 * day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  const days = Math.floor(serial);
  if (date1904) return fromUtcMs(Date.UTC(1904, 0, 1) + days * DAY_MS);
  if (days === 60 || days === 0) return null;
  const epoch = days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return fromUtcMs(epoch + days * DAY_MS);
}

/** Date cells arrive as UTC instants; their UTC calendar day is the date the user saw. */
export function jsDateToIso(ms: number): string | null {
  return fromUtcMs(ms);
}

// 2021.3.5, 2021/3/5, 2021-03-05, 2021年3月5日 (an optional time after it is ignored).
const TEXT_DATE = /^(\d{4})\s*(?:[./-]|年)\s*(\d{1,2})\s*(?:[./-]|月)\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/** Text date in one of the accepted styles (after NFKC, so full-width digits work). */
export function parseTextDate(raw: string): string | null {
  const m = TEXT_DATE.exec(raw.normalize('NFKC').trim());
  if (!m) return null;
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}
