// When an automatic backup is due (pure; the service calls `dueBackup` from a timer and at
// start, tests call it with a fake clock). Changes are counted with SQLite's
// total_changes() on the one live connection: PRAGMA data_version does not see the
// connection's own writes, and every write in PartnerDesk goes through that connection.

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;
/** How often the shell asks; the decision above is what matters. */
export const SCHEDULER_TICK_MS = 60 * 1000;

export interface SchedulerState {
  /** Time of the newest backup of this database (any reason), null when there is none. */
  lastBackupAt: Date | null;
  /** total_changes() when that backup was taken in this session (0 at start). */
  changesAtLastBackup: number;
}

export type DueBackup = 'start' | 'auto' | null;

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/**
 * - no backup yet today → 'start' (the first start of a day; also the first tick after midnight);
 * - changed since the last backup and 15 minutes have passed → 'auto';
 * - otherwise nothing.
 */
export function dueBackup(state: SchedulerState, now: Date, changes: number): DueBackup {
  if (state.lastBackupAt === null || !sameLocalDay(state.lastBackupAt, now)) return 'start';
  const changed = changes !== state.changesAtLastBackup;
  if (changed && now.getTime() - state.lastBackupAt.getTime() >= AUTO_BACKUP_INTERVAL_MS) return 'auto';
  return null;
}

/** On quit: only when something changed since the last backup (else the newest backup already holds it). */
export function backupOnQuit(state: SchedulerState, changes: number): boolean {
  return state.lastBackupAt === null || changes !== state.changesAtLastBackup;
}
