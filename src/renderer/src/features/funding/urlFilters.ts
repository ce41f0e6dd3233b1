import { FUNDING_DIRECTIONS, FUNDING_SOURCE_KINDS, CONTRIBUTION_KINDS } from '@shared/domain/enums';
import { Id } from '@shared/domain/common';
import { isIsoDate } from '@shared/format/dates';

// The funding screen's filters live in the URL so the dashboard can link to a filtered
// list (/funding?tab=txns&sourceKind=fiscal_special&year=2026). Unknown values are ignored.

const oneOf = <T extends string>(list: readonly T[], raw: string | null): T | undefined =>
  raw !== null && (list as readonly string[]).includes(raw) ? (raw as T) : undefined;

function yearOf(raw: string | null): number | undefined {
  if (raw === null || !/^\d{4}$/.test(raw)) return undefined;
  const year = Number(raw);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

const dateOf = (raw: string | null): string | undefined => (raw !== null && isIsoDate(raw) ? raw : undefined);

export function txnFiltersFrom(params: URLSearchParams) {
  return {
    sourceId: Id.safeParse(params.get('sourceId')).success ? (params.get('sourceId') ?? undefined) : undefined,
    direction: oneOf(FUNDING_DIRECTIONS, params.get('direction')),
    sourceKind: oneOf(FUNDING_SOURCE_KINDS, params.get('sourceKind')),
    year: yearOf(params.get('year')),
    from: dateOf(params.get('from')),
    to: dateOf(params.get('to')),
  };
}

export function contributionFiltersFrom(params: URLSearchParams) {
  return {
    kind: oneOf(CONTRIBUTION_KINDS, params.get('kind')),
    year: yearOf(params.get('year')),
  };
}

/** A copy of the params with one filter set (or removed when empty). */
export function withParam(params: URLSearchParams, key: string, value: string | number | undefined | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value === undefined || value === null || value === '') next.delete(key);
  else next.set(key, String(value));
  return next;
}
