import type { AgreementQuery } from '@shared/domain/agreement';
import { addDays } from '@shared/format/dates';
import type { z } from 'zod';
import type { AgreementListFilter, AgreementStatus } from './agreementRepository';

type ParsedQuery = z.output<typeof AgreementQuery>;

// 'expiring' and 'expired' are never stored (agreementLifecycle.ts derives them from the end
// date), so the list turns them into the same rule over end_date: this must agree with
// effectiveStatus() or a row would be listed under a status it does not show.

/** Intersects two optional status sets; undefined means "no constraint". */
function intersect(
  a: readonly AgreementStatus[] | undefined,
  b: readonly AgreementStatus[],
): readonly AgreementStatus[] {
  return a === undefined ? b : a.filter((s) => b.includes(s));
}

const later = (a: string | undefined, b: string): string => (a === undefined || b > a ? b : a);
const earlier = (a: string | undefined, b: string): string => (a === undefined || b < a ? b : a);

export function agreementListFilter(q: ParsedQuery, today: string, leadDays: readonly number[]): AgreementListFilter {
  const filter: AgreementListFilter = { trashed: q.trashed };
  if (q.q) filter.q = q.q;
  if (q.organisationId !== undefined) filter.organisationId = q.organisationId;
  if (q.type !== undefined) filter.type = q.type;
  if (q.orgUnitId !== undefined) filter.orgUnitId = q.orgUnitId;
  if (q.majorId !== undefined) filter.majorId = q.majorId;

  if (q.status === 'expiring') {
    const longest = leadDays.length > 0 ? Math.max(...leadDays) : 0;
    filter.statuses = ['active'];
    filter.endDateFrom = today;
    filter.endDateTo = addDays(today, longest);
  } else if (q.status === 'expired') {
    filter.statuses = ['active'];
    filter.endDateTo = addDays(today, -1);
  } else if (q.status !== undefined) {
    filter.statuses = [q.status];
  }

  if (q.expiringWithinDays !== undefined) {
    filter.statuses = intersect(filter.statuses, ['active', 'renewing']);
    filter.endDateFrom = later(filter.endDateFrom, today);
    filter.endDateTo = earlier(filter.endDateTo, addDays(today, q.expiringWithinDays));
  }
  return filter;
}
