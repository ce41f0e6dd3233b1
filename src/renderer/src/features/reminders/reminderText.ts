import type { TFunction } from 'i18next';

/** "12 days left" / "Today" / "3 days overdue" / "No end date" for a reminder's daysLeft. */
export function whenText(t: TFunction, daysLeft: number | null): string {
  if (daysLeft === null) return t('reminders.noEndDate');
  if (daysLeft < 0) return t('reminders.overdue', { count: -daysLeft });
  if (daysLeft === 0) return t('reminders.today');
  return t('reminders.daysLeft', { count: daysLeft });
}
