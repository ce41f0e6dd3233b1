import dayjs, { type Dayjs } from 'dayjs';

// Dates are stored and sent as 'YYYY-MM-DD' strings; antd's DatePicker works in dayjs.
// These two conversions are the whole bridge (unit-tested), used by DateField.

export const DATE_FORMAT = 'YYYY-MM-DD';

/** The picker's value for a stored date; null for blanks and for anything not a real calendar date. */
export function dateToPicker(value: string | null | undefined): Dayjs | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const d = dayjs(value);
  // dayjs rolls 2025-02-30 over to 2025-03-02; a date that does not round-trip is not real.
  return d.isValid() && d.format(DATE_FORMAT) === value ? d : null;
}

/** The stored value of a picked date: 'YYYY-MM-DD', or null once cleared. */
export function dateFromPicker(value: Dayjs | null | undefined): string | null {
  return value && value.isValid() ? value.format(DATE_FORMAT) : null;
}
