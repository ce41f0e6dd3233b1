import type { Handlers } from '../ipc/types';
import type { SearchService } from './searchService';

export function createSearchHandlers(search: SearchService): Pick<Handlers, 'search:global' | 'partners:checkDuplicate'> {
  return {
    'search:global': (input) => search.global(input),
    'partners:checkDuplicate': (input) => search.checkDuplicate(input),
  };
}
