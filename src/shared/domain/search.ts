import { z } from 'zod';
import { Id } from './common';

// Global search (header box, Ctrl+K palette, `partnerdesk search`) and the duplicate check.

export const SEARCH_TYPES = ['partner', 'contact', 'agreement', 'course'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_MAX_LIMIT = 50;

export const SearchQuery = z.object({
  q: z.string().trim().min(1, { message: 'required' }).max(200),
  /** Per type. */
  limit: z.int().min(1).max(SEARCH_MAX_LIMIT).default(8),
});

export const SearchHit = z.object({
  type: z.enum(SEARCH_TYPES),
  id: Id,
  title: z.string(),
  subtitle: z.string().nullable(),
  /** The partner a contact belongs to (where the palette navigates); null for other types. */
  partnerId: Id.nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchGroup = z.object({ type: z.enum(SEARCH_TYPES), items: z.array(SearchHit) });
/** Always the four groups in SEARCH_TYPES order, empty ones included. */
export const SearchResult = z.object({ groups: z.array(SearchGroup) });
export type SearchResult = z.infer<typeof SearchResult>;

export const DuplicateCheck = z.object({
  fullName: z.string().max(200),
  uscc: z.string().max(40).nullish(),
  /** The partner being edited, never reported as its own duplicate. */
  excludeId: Id.nullish(),
});

export const DUPLICATE_REASONS = ['uscc', 'name'] as const;

export const DuplicateMatch = z.object({
  id: Id,
  fullName: z.string(),
  uscc: z.string().nullable(),
  reason: z.enum(DUPLICATE_REASONS),
  /** A USCC twin may be in the trash (the unique index covers trashed rows). */
  inTrash: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;
export const DuplicateMatches = z.array(DuplicateMatch);
