import type { SameKeys } from '../sameKeys';
import type { programmesZhCN } from './programmes.zh-CN';

export const programmesEnUS: SameKeys<typeof programmesZhCN> = {};
