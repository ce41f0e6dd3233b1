import { normalizeCode, normalizeForMatching } from '@shared/domain/rules/normalizeText';
import { normalizeUscc } from '@shared/domain/rules/uscc';
import {
  DuplicateCheck,
  type DuplicateMatch,
  SEARCH_TYPES,
  SearchQuery,
  type SearchResult,
} from '@shared/domain/search';
import type { z } from 'zod';
import type { ServiceContext } from '../services/context';
import { parseInput } from '../services/validate';
import { livePartnersWithNameKey, partnersWithUscc } from './duplicateRepository';
import { partnerPrefixHits, searchTerms, searchType } from './searchRepository';

const MAX_NAME_MATCHES = 5;

/**
 * The query as the index sees it: NFKC (full-width ＨＷ → HW, as IMEs type it), no invisible
 * characters, lower case. The trigram index is case-insensitive already; lower case keeps
 * the prefix ranking consistent with the lower-case pinyin columns.
 */
export function normalizeQuery(q: string): string {
  return q
    .split(/\s+/u)
    .map((term) => normalizeCode(term).toLowerCase())
    .filter((term) => term.length > 0)
    .join(' ');
}

export function createSearchService(ctx: ServiceContext) {
  return {
    /** Partners, contacts, agreements and courses matching every term; live rows only. */
    async global(input: z.input<typeof SearchQuery>): Promise<SearchResult> {
      const { q, limit } = parseInput(SearchQuery, input);
      const normalized = normalizeQuery(q);
      const terms = searchTerms(normalized);
      const groups: SearchResult['groups'] = [];
      for (const type of SEARCH_TYPES) {
        if (terms.first === '') {
          groups.push({ type, items: [] });
          continue;
        }
        // Partners: prefix hits first (one-term queries), then contains-hits to fill the group.
        const first = type === 'partner' && !normalized.includes(' ') ? await partnerPrefixHits(ctx.db, terms.first, limit) : [];
        const seen = new Set(first.map((h) => h.id));
        const rest = (await searchType(ctx.db, type, terms, limit + first.length)).filter((h) => !seen.has(h.id));
        groups.push({ type, items: [...first, ...rest].slice(0, limit) });
      }
      return { groups };
    },

    /** Same USCC (any row) or same normalised name (live rows): the partner form warns, never blocks. */
    async checkDuplicate(input: z.input<typeof DuplicateCheck>): Promise<DuplicateMatch[]> {
      const { fullName, uscc, excludeId } = parseInput(DuplicateCheck, input);
      const exclude = excludeId ?? null;
      const code = uscc ? normalizeUscc(uscc) : '';
      const byUscc = code.length === 18 ? await partnersWithUscc(ctx.db, code, exclude) : [];
      const key = normalizeForMatching(fullName);
      const byName = key.length > 0 ? await livePartnersWithNameKey(ctx.db, key, exclude, MAX_NAME_MATCHES) : [];
      const seen = new Set(byUscc.map((m) => m.id));
      return [...byUscc, ...byName.filter((m) => !seen.has(m.id))];
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
