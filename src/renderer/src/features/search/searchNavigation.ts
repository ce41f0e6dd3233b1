import type { SearchHit } from '@shared/domain/search';

/** Where a hit opens: partners and agreements have pages; a contact opens its partner; courses their list. */
export function pathOfHit(hit: SearchHit): string {
  switch (hit.type) {
    case 'partner':
      return `/partners/${hit.id}`;
    case 'contact':
      return hit.partnerId ? `/partners/${hit.partnerId}` : '/partners';
    case 'agreement':
      return `/agreements/${hit.id}`;
    case 'course':
      return '/courses';
  }
}

/** Ctrl+K (⌘K on macOS) opens the palette; Shift or Alt variants are left alone. */
export function isSearchShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k';
}

/** The next active index for an arrow key over `count` options, wrapping around. */
export function moveActive(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return current + 1 >= count ? 0 : current + 1;
  return current - 1 < 0 ? count - 1 : current - 1;
}
