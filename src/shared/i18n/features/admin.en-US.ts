import type { SameKeys } from '../sameKeys';
import type { adminZhCN } from './admin.zh-CN';

export const adminEnUS: SameKeys<typeof adminZhCN> = {};
