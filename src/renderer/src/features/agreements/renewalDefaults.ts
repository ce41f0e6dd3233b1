import dayjs from 'dayjs';
import { addDays } from '@shared/format/dates';

// The renewal dialog's suggestion; the core checks the dates it is given.

/**
 * The next term with the same length: it starts the day after `endDate`. A term of whole
 * months (2024-01-01 … 2026-12-31 = 36 months) is repeated in months so leap days do not
 * shift it; any other term is repeated in days. Null when the agreement has no end date.
 */
export function defaultRenewalEndDate(startDate: string | null, endDate: string | null): string | null {
  if (endDate === null) return null;
  const newStart = addDays(endDate, 1);
  if (startDate === null || startDate > endDate) return addDays(newStart, 364);
  const start = dayjs(startDate);
  const after = dayjs(newStart);
  const months = after.diff(start, 'month');
  if (months > 0 && start.add(months, 'month').isSame(after, 'day')) {
    return dayjs(newStart).add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD');
  }
  return addDays(newStart, after.diff(start, 'day') - 1);
}
