import type { SameKeys } from '../sameKeys';
import type { dataTransferZhCN } from './dataTransfer.zh-CN';

export const dataTransferEnUS: SameKeys<typeof dataTransferZhCN> = {
  title: 'Import, export and backup',
};
