import { INDUSTRY_SECTIONS, ORG_KINDS, PARTNER_STATUSES } from '@shared/domain/enums';
import { PARTNER_SORT_KEYS, type PartnerQuery } from '@shared/domain/partner';

// The partner list's state lives in the URL query (#/partners?kind=enterprise&page=2) so
// a link can point at a filtered list and Back restores it. Values that are not valid
// are dropped rather than sent, so a hand-edited URL cannot make the list fail.

export type PartnerSortKey = (typeof PARTNER_SORT_KEYS)[number];

export interface PartnerListParams {
  q?: string;
  kind?: (typeof ORG_KINDS)[number];
  status?: (typeof PARTNER_STATUSES)[number];
  industrySection?: (typeof INDUSTRY_SECTIONS)[number];
  region?: string;
  page: number;
  pageSize: number;
  sortBy?: PartnerSortKey;
  sortDir?: 'asc' | 'desc';
}

export const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100] as const;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function text(raw: string | null): string | undefined {
  const v = raw?.trim();
  return v ? v.slice(0, 100) : undefined;
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

export function parsePartnerListParams(search: URLSearchParams): PartnerListParams {
  const pageSize = positiveInt(search.get('pageSize'));
  const params: PartnerListParams = {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  const q = text(search.get('q'));
  if (q) params.q = q;
  const kind = oneOf(ORG_KINDS, search.get('kind'));
  if (kind) params.kind = kind;
  const status = oneOf(PARTNER_STATUSES, search.get('status'));
  if (status) params.status = status;
  const industrySection = oneOf(INDUSTRY_SECTIONS, search.get('industrySection'));
  if (industrySection) params.industrySection = industrySection;
  const region = text(search.get('region'));
  if (region) params.region = region;
  const sortBy = oneOf(PARTNER_SORT_KEYS, search.get('sortBy'));
  const sortDir = oneOf(['asc', 'desc'] as const, search.get('sortDir'));
  if (sortBy) {
    params.sortBy = sortBy;
    params.sortDir = sortDir ?? 'asc';
  }
  return params;
}

/** The URL query for `params`; defaults are left out to keep links short. */
export function partnerListSearch(params: PartnerListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.kind) search.set('kind', params.kind);
  if (params.status) search.set('status', params.status);
  if (params.industrySection) search.set('industrySection', params.industrySection);
  if (params.region) search.set('region', params.region);
  if (params.sortBy) {
    search.set('sortBy', params.sortBy);
    search.set('sortDir', params.sortDir ?? 'asc');
  }
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** The partners:list input; without a chosen sort the core's default (updatedAt desc) applies. */
export function toPartnerQuery(params: PartnerListParams): PartnerQuery {
  const query: PartnerQuery = { page: params.page, pageSize: params.pageSize };
  if (params.q) query.q = params.q;
  if (params.kind) query.kind = params.kind;
  if (params.status) query.status = params.status;
  if (params.industrySection) query.industrySection = params.industrySection;
  if (params.region) query.region = params.region;
  if (params.sortBy) {
    query.sortBy = params.sortBy;
    query.sortDir = params.sortDir ?? 'asc';
  }
  return query;
}

/** A filter change starts again at page 1 (the old page may not exist any more). */
export function withFilter(params: PartnerListParams, change: Partial<Omit<PartnerListParams, 'page' | 'pageSize'>>): PartnerListParams {
  const next: PartnerListParams = { ...params, ...change, page: 1 };
  for (const key of Object.keys(change) as (keyof typeof change)[]) {
    if (change[key] === undefined || change[key] === '') delete next[key];
  }
  return next;
}
