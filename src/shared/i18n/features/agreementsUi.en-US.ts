import type { SameKeys } from '../sameKeys';
import type { agreementsUiZhCN } from './agreementsUi.zh-CN';

export const agreementsUiEnUS: SameKeys<typeof agreementsUiZhCN> = {};
