import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { effectiveStatus } from '@shared/domain/rules/agreementLifecycle';
import {
  expiryStage,
  expiryStageBounds,
  isSnoozed,
  provinceOf,
  sortedLeadDays,
  urgencyOf,
} from '@shared/domain/rules/reminderRules';
import { addDays } from '@shared/format/dates';

// Pure rules; they live beside the reminder service tests because they are its specification.
const TODAY = '2026-11-28';
const LEADS = [180, 90, 30];

describe('expiryStage', () => {
  it.each([
    ['2026-11-27', 0], // yesterday: expired
    ['2026-11-28', 30], // today
    ['2026-12-28', 30], // 30 days
    ['2026-12-29', 90], // 31 days
    ['2027-01-27', 90], // 60 days
    ['2027-02-26', 90], // 90 days
    ['2027-02-27', 180], // 91 days
    ['2027-05-27', 180], // 180 days
    ['2027-05-28', null], // 181 days
  ])('%s → %s', (endDate, stage) => {
    expect(expiryStage(endDate, TODAY, LEADS)).toBe(stage);
  });

  it('agrees with effectiveStatus and with the SQL bounds for every end date', () => {
    const bounds = expiryStageBounds(TODAY, LEADS);
    expect(bounds).toEqual([
      { lead: 30, from: '2026-11-28', to: '2026-12-28' },
      { lead: 90, from: '2026-12-29', to: '2027-02-26' },
      { lead: 180, from: '2027-02-27', to: '2027-05-27' },
    ]);
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const end = addDays(TODAY, offset);
        const stage = expiryStage(end, TODAY, LEADS);
        const status = effectiveStatus('active', end, TODAY, LEADS);
        expect(stage === 0).toBe(status === 'expired');
        expect(stage !== null && stage > 0).toBe(status === 'expiring');
        const inBounds = bounds.find((b) => b.from <= end && end <= b.to)?.lead ?? null;
        expect(stage === 0 ? null : stage).toBe(inBounds);
      }),
    );
  });

  it('sorts and cleans configured lead times', () => {
    expect(sortedLeadDays([90, 30, 180, 30, 0])).toEqual([30, 90, 180]);
  });
});

describe('snooze and urgency', () => {
  it('hides a snoozed reminder until the snooze date itself', () => {
    expect(isSnoozed('2026-12-05', '2026-12-04')).toBe(true);
    expect(isSnoozed('2026-12-05', '2026-12-05')).toBe(false);
    expect(isSnoozed(null, TODAY)).toBe(false);
  });

  it('tells overdue, today and upcoming apart', () => {
    expect([urgencyOf('2026-11-27', TODAY), urgencyOf(TODAY, TODAY), urgencyOf('2026-11-29', TODAY)]).toEqual([
      'overdue',
      'today',
      'upcoming',
    ]);
  });
});

describe('provinceOf', () => {
  it.each([
    ['广东省深圳市', '广东省'],
    ['上海市浦东新区', '上海市'],
    ['新疆维吾尔自治区乌鲁木齐市', '新疆维吾尔自治区'],
    ['香港特别行政区', '香港特别行政区'],
    ['四川省阿坝藏族羌族自治州', '四川省'],
    ['深圳', '深圳'],
  ])('%s → %s', (region, province) => {
    expect(provinceOf(region)).toBe(province);
  });
});
