import type { SameKeys } from '../sameKeys';
import type { remindersZhCN } from './reminders.zh-CN';

export const remindersEnUS: SameKeys<typeof remindersZhCN> = {};
