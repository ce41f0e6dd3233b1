import type { AGREEMENT_STATUSES, EFFECTIVE_AGREEMENT_STATUSES } from '../enums';
import { daysBetween } from '../../format/dates';

export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export type EffectiveAgreementStatus = (typeof EFFECTIVE_AGREEMENT_STATUSES)[number];

/** Default reminder lead times before an end date, longest first. */
export const DEFAULT_LEAD_DAYS = [180, 90, 30] as const;

/**
 * Transitions a user may ask for. 'renewing' and 'renewed' are reached only through
 * renewal (the service sets them), so they are not user targets.
 */
const USER_TRANSITIONS: Record<AgreementStatus, readonly AgreementStatus[]> = {
  draft: ['signing', 'active', 'terminated'],
  signing: ['draft', 'active', 'terminated'],
  active: ['terminated'],
  renewing: ['terminated'],
  renewed: [],
  terminated: [],
};

export function canTransition(from: AgreementStatus, to: AgreementStatus): boolean {
  return USER_TRANSITIONS[from].includes(to);
}

export function allowedTransitions(from: AgreementStatus): readonly AgreementStatus[] {
  return USER_TRANSITIONS[from];
}

/** Renewed and terminated agreements are closed records: their terms can no longer change. */
export function canEdit(status: AgreementStatus): boolean {
  return status !== 'renewed' && status !== 'terminated';
}

/** Only agreements in force can be renewed; one renewal at a time. */
export function canRenew(status: AgreementStatus): boolean {
  return status === 'active';
}

/**
 * What the user sees today. An agreement in force whose end date is past is 'expired';
 * within the longest lead time it is 'expiring'. Never stored, so it cannot go stale.
 */
export function effectiveStatus(
  status: AgreementStatus,
  endDate: string | null,
  today: string,
  leadDays: readonly number[] = DEFAULT_LEAD_DAYS,
): EffectiveAgreementStatus {
  if (status !== 'active' || endDate === null) return status;
  const remaining = daysBetween(today, endDate);
  if (remaining < 0) return 'expired';
  const longest = leadDays.length > 0 ? Math.max(...leadDays) : 0;
  return remaining <= longest ? 'expiring' : 'active';
}
