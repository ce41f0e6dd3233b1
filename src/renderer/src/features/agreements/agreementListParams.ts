import type { AgreementQuery } from '@shared/domain/agreement';
import { AGREEMENT_TYPES, EFFECTIVE_AGREEMENT_STATUSES } from '@shared/domain/enums';

// The agreement list's state lives in the URL (#/agreements?status=expiring&expiringWithinDays=90),
// with exactly these parameter names: the dashboard and reminders link to them. Invalid values
// are dropped, so a hand-edited link shows the unfiltered list instead of failing.

export const EXPIRY_WINDOWS = [30, 90, 180] as const;
export const AGREEMENT_SORT_KEYS = ['endDate', 'startDate', 'title', 'updatedAt', 'agreementNo'] as const;
export type AgreementSortKey = (typeof AGREEMENT_SORT_KEYS)[number];

export interface AgreementFilterValues {
  type?: (typeof AGREEMENT_TYPES)[number];
  status?: (typeof EFFECTIVE_AGREEMENT_STATUSES)[number];
  orgUnitId?: string;
  majorId?: string;
  organisationId?: string;
  expiringWithinDays?: (typeof EXPIRY_WINDOWS)[number];
}

export interface AgreementListParams extends AgreementFilterValues {
  page: number;
  pageSize: number;
  sortBy?: AgreementSortKey;
  sortDir?: 'asc' | 'desc';
}

const DEFAULT_PAGE_SIZE = 20;
const PAGE_SIZES = [10, 20, 50, 100];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | undefined {
  return raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : undefined;
}
const uuid = (raw: string | null): string | undefined => (raw !== null && UUID.test(raw) ? raw : undefined);
function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,6}$/.test(raw)) return undefined;
  const n = Number(raw);
  return n >= 1 ? n : undefined;
}

export function parseAgreementListParams(search: URLSearchParams): AgreementListParams {
  const pageSize = positiveInt(search.get('pageSize'));
  const params: AgreementListParams = {
    page: positiveInt(search.get('page')) ?? 1,
    pageSize: pageSize !== undefined && PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
  const type = oneOf(AGREEMENT_TYPES, search.get('type'));
  if (type) params.type = type;
  const status = oneOf(EFFECTIVE_AGREEMENT_STATUSES, search.get('status'));
  if (status) params.status = status;
  const orgUnitId = uuid(search.get('orgUnitId'));
  if (orgUnitId) params.orgUnitId = orgUnitId;
  const majorId = uuid(search.get('majorId'));
  if (majorId) params.majorId = majorId;
  const organisationId = uuid(search.get('organisationId'));
  if (organisationId) params.organisationId = organisationId;
  const days = positiveInt(search.get('expiringWithinDays'));
  const window = EXPIRY_WINDOWS.find((w) => w === days);
  if (window !== undefined) params.expiringWithinDays = window;
  const sortBy = oneOf(AGREEMENT_SORT_KEYS, search.get('sortBy'));
  if (sortBy) {
    params.sortBy = sortBy;
    params.sortDir = oneOf(['asc', 'desc'] as const, search.get('sortDir')) ?? 'asc';
  }
  return params;
}

const FILTER_KEYS = ['type', 'status', 'orgUnitId', 'majorId', 'organisationId', 'expiringWithinDays'] as const;

/** The URL query for `params`; defaults are left out to keep links short. */
export function agreementListSearch(params: AgreementListParams): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value !== undefined) search.set(key, String(value));
  }
  if (params.sortBy) {
    search.set('sortBy', params.sortBy);
    search.set('sortDir', params.sortDir ?? 'asc');
  }
  if (params.page > 1) search.set('page', String(params.page));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

/** The agreements:list input; without a chosen sort the core's default (updatedAt desc) applies. */
export function toAgreementQuery(params: AgreementListParams): AgreementQuery {
  const query: AgreementQuery = { page: params.page, pageSize: params.pageSize };
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value !== undefined) Object.assign(query, { [key]: value });
  }
  if (params.sortBy) {
    query.sortBy = params.sortBy;
    query.sortDir = params.sortDir ?? 'asc';
  }
  return query;
}

/** A filter change starts again at page 1; undefined removes the filter. */
export function withAgreementFilter(params: AgreementListParams, change: AgreementFilterValues): AgreementListParams {
  const next: AgreementListParams = { ...params, ...change, page: 1 };
  for (const key of Object.keys(change) as (keyof AgreementFilterValues)[]) {
    if (change[key] === undefined) delete next[key];
  }
  return next;
}

export function isAgreementSortKey(key: string): key is AgreementSortKey {
  return (AGREEMENT_SORT_KEYS as readonly string[]).includes(key);
}
