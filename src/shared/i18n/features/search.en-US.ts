import type { SameKeys } from '../sameKeys';
import type { searchZhCN } from './search.zh-CN';

export const searchEnUS: SameKeys<typeof searchZhCN> = {};
