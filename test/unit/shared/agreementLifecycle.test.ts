import { describe, expect, it } from 'vitest';
import { AGREEMENT_STATUSES } from '@shared/domain/enums';
import {
  allowedTransitions,
  canEdit,
  canRenew,
  canTransition,
  effectiveStatus,
} from '@shared/domain/rules/agreementLifecycle';

const TODAY = '2026-11-28';

describe('agreement lifecycle rules', () => {
  it('lets users move only along the allowed transitions', () => {
    expect(Object.fromEntries(AGREEMENT_STATUSES.map((s) => [s, [...allowedTransitions(s)]]))).toEqual({
      draft: ['signing', 'active', 'terminated'],
      signing: ['draft', 'active', 'terminated'],
      active: ['terminated'],
      renewing: ['terminated'],
      renewed: [],
      terminated: [],
    });
    expect(canTransition('active', 'renewed')).toBe(false);
    expect(canTransition('draft', 'active')).toBe(true);
  });

  it('renews only agreements in force, and closes renewed and terminated ones to edits', () => {
    expect(AGREEMENT_STATUSES.filter(canRenew)).toEqual(['active']);
    expect(AGREEMENT_STATUSES.filter((s) => !canEdit(s))).toEqual(['renewed', 'terminated']);
  });

  it.each([
    ['active', '2027-01-27', 'expiring'],
    ['active', '2027-05-27', 'expiring'],
    ['active', '2027-05-28', 'active'],
    ['active', TODAY, 'expiring'],
    ['active', '2026-11-27', 'expired'],
    ['active', null, 'active'],
    ['draft', '2026-01-01', 'draft'],
    ['terminated', '2026-01-01', 'terminated'],
  ] as const)('%s ending %s is %s today (lead times 180/90/30)', (status, endDate, expected) => {
    expect(effectiveStatus(status, endDate, TODAY)).toBe(expected);
  });

  it('uses the configured longest lead time', () => {
    expect(effectiveStatus('active', '2027-01-27', TODAY, [30])).toBe('active');
    expect(effectiveStatus('active', '2026-12-28', TODAY, [30])).toBe('expiring');
  });
});
