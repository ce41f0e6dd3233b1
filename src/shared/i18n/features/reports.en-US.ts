import type { SameKeys } from '../sameKeys';
import type { reportsZhCN } from './reports.zh-CN';

export const reportsEnUS: SameKeys<typeof reportsZhCN> = {
  title: 'Reports',
};
