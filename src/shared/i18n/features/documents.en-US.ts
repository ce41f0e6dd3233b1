import type { SameKeys } from '../sameKeys';
import type { documentsZhCN } from './documents.zh-CN';

export const documentsEnUS: SameKeys<typeof documentsZhCN> = {
  title: 'Agreement documents',
};
