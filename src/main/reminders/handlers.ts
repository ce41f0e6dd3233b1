import type { Handlers } from '../ipc/types';
import type { ReminderService } from './reminderService';

type ReminderChannels = 'reminders:list' | 'reminders:dismiss' | 'reminders:snooze' | 'reminders:followUpDone';

export function createReminderHandlers(reminders: ReminderService): Pick<Handlers, ReminderChannels> {
  return {
    'reminders:list': (input) => reminders.list(input),
    'reminders:dismiss': (input) => reminders.dismiss(input),
    'reminders:snooze': (input) => reminders.snooze(input),
    'reminders:followUpDone': (input) => reminders.followUpDone(input),
  };
}
