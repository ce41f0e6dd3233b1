import { sortNewestFirst, type ParsedBackupName } from './backupNames';

// reliability.md §2 retention, decided over names and dates only (pure, fake-clock tested):
// - today: the 3 newest;
// - each of the 13 days before today (14 days with today): the newest of that day;
// - each of the 12 calendar months up to this one: the newest of that month;
// - pre-migration backups younger than 12 months are never deleted;
// - files dated in the future (clock changed) are kept: we cannot reason about them.
// Only names that parse as ours reach this function; anything else in the folder is left alone.

export const KEEP_TODAY = 3;
export const DAILY_DAYS = 14;
export const MONTHLY_MONTHS = 12;

const dayKey = (d: Date): string => `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
const monthKey = (d: Date): string => `${d.getFullYear()}-${d.getMonth()}`;

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The file names to delete. */
export function backupsToDelete(backups: readonly ParsedBackupName[], now: Date): string[] {
  const today = startOfDay(now);
  const dailyFrom = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (DAILY_DAYS - 1));
  const monthlyFrom = new Date(today.getFullYear(), today.getMonth() - (MONTHLY_MONTHS - 1), 1);
  const preMigrationFrom = new Date(now.getFullYear(), now.getMonth() - MONTHLY_MONTHS, now.getDate(), now.getHours(), now.getMinutes(), now.getSeconds());

  const keep = new Set<string>();
  const todayKept: string[] = [];
  const daySeen = new Set<string>();
  const monthSeen = new Set<string>();
  for (const b of sortNewestFirst(backups)) {
    if (b.date.getTime() > now.getTime()) {
      keep.add(b.fileName);
      continue;
    }
    if (b.reason === 'pre-migration' && b.date >= preMigrationFrom) keep.add(b.fileName);
    if (b.date >= today) {
      if (todayKept.length < KEEP_TODAY) {
        todayKept.push(b.fileName);
        keep.add(b.fileName);
      }
    } else if (b.date >= dailyFrom && !daySeen.has(dayKey(b.date))) {
      daySeen.add(dayKey(b.date));
      keep.add(b.fileName);
    }
    if (b.date >= monthlyFrom && !monthSeen.has(monthKey(b.date))) {
      monthSeen.add(monthKey(b.date));
      keep.add(b.fileName);
    }
  }
  return backups.map((b) => b.fileName).filter((name) => !keep.has(name));
}
