import type { SearchResult } from '@shared/domain/search';

const HEADINGS = { partner: 'partners', contact: 'contacts', agreement: 'agreements', course: 'courses' } as const;

/** Text output of `partnerdesk search`: a heading per non-empty group, then "  title  (subtitle)  id". */
export function searchLines(result: SearchResult): string[] {
  const lines: string[] = [];
  for (const group of result.groups) {
    if (group.items.length === 0) continue;
    lines.push(`${HEADINGS[group.type]}:`);
    for (const hit of group.items) {
      lines.push(`  ${hit.title}${hit.subtitle ? `  (${hit.subtitle})` : ''}  ${hit.id}`);
    }
  }
  return lines.length > 0 ? lines : ['no matches'];
}
