import type { SameKeys } from '../sameKeys';
import type { captureZhCN } from './capture.zh-CN';

export const captureEnUS: SameKeys<typeof captureZhCN> = {};
