import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementDraft } from '@shared/domain/agreement';
import type { ReminderItem } from '@shared/domain/reminders';
import { createAgreementService } from '../../../src/main/agreements/agreementService';
import { DomainError } from '../../../src/main/errors';
import { createAuditService } from '../../../src/main/history/auditService';
import { createInteractionService } from '../../../src/main/interactions/interactionService';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { createReminderService } from '../../../src/main/reminders/reminderService';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// Fixed clock: 2026-11-28T02:00Z is 10:00 on 2026-11-28 in Asia/Shanghai. `at()` moves it.
let now = new Date('2026-11-28T02:00:00Z');
const at = (iso: string): void => {
  now = new Date(`${iso}T02:00:00Z`);
};

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
  at('2026-11-28');
});

async function setup() {
  const t = await createTestDb({ now: () => now });
  current = t;
  const partners = createPartnerService(t.ctx);
  const agreements = createAgreementService(t.ctx);
  const interactions = createInteractionService(t.ctx);
  const reminders = createReminderService(t.ctx, { interactions });
  const org = await partners.create({ kind: 'enterprise', fullName: '深圳市甲科技有限公司' });
  const parties: AgreementDraft['parties'] = [
    { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
    { role: '乙', partyType: 'enterprise', organisationId: org.id },
  ];
  const activeAgreement = async (title: string, endDate: string | null, extra: Partial<AgreementDraft> = {}) => {
    const a = await agreements.create({ title, type: 'framework', parties, startDate: '2024-01-01', endDate, ...extra });
    await agreements.transition({ id: a.id, to: 'active' });
    return a;
  };
  return { t, org, agreements, interactions, reminders, activeAgreement };
}

const brief = (items: ReminderItem[]) =>
  items.map((i) => ({ kind: i.kind, title: i.title, dueDate: i.dueDate, daysLeft: i.daysLeft, leadDays: i.leadDays, urgency: i.urgency }));

describe('expiry reminders', () => {
  it('puts an agreement ending in 60 days in the 90-day window, and others in theirs', async () => {
    const { reminders, activeAgreement, agreements } = await setup();
    await activeAgreement('六十天', '2027-01-27'); // 60 days
    await activeAgreement('三十天', '2026-12-28'); // 30 days: still the 30-day window
    await activeAgreement('一百八十天', '2027-05-27'); // 180 days
    await activeAgreement('一百八十一天', '2027-05-28'); // 181 days: not yet
    const draft = await agreements.create({ title: '草稿', type: 'other', parties: [
      { role: '甲', partyType: 'school', displayName: '学院' },
      { role: '乙', partyType: 'other', displayName: '某单位' },
    ], endDate: '2026-12-10' }); // not in force: no reminder
    expect(draft.status).toBe('draft');

    const list = await reminders.list({ kind: 'expiring' });
    expect(list.today).toBe('2026-11-28');
    expect(brief(list.items)).toEqual([
      { kind: 'expiring', title: '三十天', dueDate: '2026-12-28', daysLeft: 30, leadDays: 30, urgency: 'upcoming' },
      { kind: 'expiring', title: '六十天', dueDate: '2027-01-27', daysLeft: 60, leadDays: 90, urgency: 'upcoming' },
      { kind: 'expiring', title: '一百八十天', dueDate: '2027-05-27', daysLeft: 180, leadDays: 180, urgency: 'upcoming' },
    ]);
    expect(list.totals).toEqual({ expiring: 3, expired: 0, noEndDate: 0, followup: 0, obligation: 0 });
  });

  it('follows the configured lead times', async () => {
    const { t, reminders, activeAgreement } = await setup();
    await createSettingsService(t.ctx).update({ reminderLeadDays: [60, 14] });
    await activeAgreement('六十天', '2027-01-27');
    await activeAgreement('九十天', '2027-02-26');
    expect(brief((await reminders.list({ kind: 'expiring' })).items)).toEqual([
      { kind: 'expiring', title: '六十天', dueDate: '2027-01-27', daysLeft: 60, leadDays: 60, urgency: 'upcoming' },
    ]);
  });

  it('brings a reminder dismissed at the 90-day window back at the 30-day window, audited', async () => {
    const { t, reminders, activeAgreement } = await setup();
    const a = await activeAgreement('续签提醒', '2027-01-27');
    const state = await reminders.dismiss({ kind: 'expiring', entityId: a.id, dueDate: '2027-01-27', leadDays: 90 });
    expect(state).toMatchObject({ entityType: 'agreement', entityId: a.id, kind: 'expiry', leadDays: 90, dismissedAt: '2026-11-28T02:00:00.000Z' });
    expect((await reminders.list({ kind: 'expiring' })).items).toEqual([]);

    at('2026-12-27'); // 31 days left: still the dismissed 90-day window
    expect((await reminders.list({ kind: 'expiring' })).items).toEqual([]);
    at('2026-12-28'); // 30 days left
    expect(brief((await reminders.list({ kind: 'expiring' })).items)).toEqual([
      { kind: 'expiring', title: '续签提醒', dueDate: '2027-01-27', daysLeft: 30, leadDays: 30, urgency: 'upcoming' },
    ]);

    const history = await createAuditService(t.ctx).history('reminder', state.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ actor: 'tester', action: 'insert' });
    expect(history[0]?.changes).toContainEqual({ field: 'leadDays', before: null, after: 90 });
  });

  it('hides a snoozed reminder until the chosen date, then shows it again', async () => {
    const { t, reminders, activeAgreement } = await setup();
    const a = await activeAgreement('暂缓', '2027-01-27');
    const ref = { kind: 'expiring' as const, entityId: a.id, dueDate: '2027-01-27', leadDays: 90 };
    const state = await reminders.snooze({ ...ref, until: '2026-12-05' });
    expect(state).toMatchObject({ snoozedUntil: '2026-12-05', dismissedAt: null });
    expect((await reminders.list({ kind: 'expiring' })).totals.expiring).toBe(0);
    const withSnoozed = await reminders.list({ kind: 'expiring', includeSnoozed: true });
    expect(withSnoozed.items.map((i) => i.snoozedUntil)).toEqual(['2026-12-05']);

    at('2026-12-04');
    expect((await reminders.list({ kind: 'expiring' })).items).toEqual([]);
    at('2026-12-05');
    expect((await reminders.list({ kind: 'expiring' })).items.map((i) => i.title)).toEqual(['暂缓']);

    // Snoozing again updates the same row: one insert and one update in the audit log.
    await reminders.snooze({ ...ref, until: '2026-12-20' });
    const history = await createAuditService(t.ctx).history('reminder', state.id);
    expect(history.map((h) => h.action)).toEqual(['update', 'insert']);
    expect(history[0]?.changes).toContainEqual({ field: 'snoozedUntil', before: '2026-12-05', after: '2026-12-20' });
  });

  it('refuses a snooze date that is not after today, and a reminder that is not due', async () => {
    const { reminders, activeAgreement } = await setup();
    const a = await activeAgreement('暂缓', '2027-01-27');
    const ref = { kind: 'expiring' as const, entityId: a.id, dueDate: '2027-01-27', leadDays: 90 };
    await expect(reminders.snooze({ ...ref, until: '2026-11-28' })).rejects.toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['until'], message: 'reminder.snoozeNotFuture' }],
    });
    // The 30-day stage is not due yet, so there is nothing to dismiss.
    const err = await reminders.dismiss({ ...ref, leadDays: 30 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DomainError);
    expect((err as DomainError).code).toBe('NOT_FOUND');
  });

  it('lists agreements expired but still active, and agreements in force without an end date', async () => {
    const { reminders, activeAgreement } = await setup();
    await activeAgreement('已过期', '2026-11-27');
    await activeAgreement('无期限', null, { startDate: '2025-03-01' });
    const list = await reminders.list();
    expect(brief(list.items)).toEqual([
      { kind: 'expired', title: '已过期', dueDate: '2026-11-27', daysLeft: -1, leadDays: 0, urgency: 'overdue' },
      { kind: 'noEndDate', title: '无期限', dueDate: '2025-03-01', daysLeft: null, leadDays: null, urgency: 'open' },
    ]);
    expect(list.totals).toEqual({ expiring: 0, expired: 1, noEndDate: 1, followup: 0, obligation: 0 });
  });
});

describe('follow-up and obligation reminders', () => {
  it('lists follow-ups due today or overdue, and marks one done through the interactions service', async () => {
    const { org, interactions, reminders } = await setup();
    const overdue = await interactions.create({ organisationId: org.id, kind: 'visit', date: '2026-11-01', followUpDate: '2026-11-20', nextAction: '寄送合作方案' });
    await interactions.create({ organisationId: org.id, kind: 'call', date: '2026-11-02', followUpDate: '2026-11-28' });
    await interactions.create({ organisationId: org.id, kind: 'call', date: '2026-11-03', followUpDate: '2026-11-29' }); // tomorrow
    await interactions.create({ organisationId: org.id, kind: 'call', date: '2026-11-04', followUpDate: '2026-11-10', followUpDoneAt: '2026-11-11' });

    const list = await reminders.list({ kind: 'followup' });
    expect(list.items.map((i) => [i.dueDate, i.daysLeft, i.urgency, i.title, i.detail, i.organisationId])).toEqual([
      ['2026-11-20', -8, 'overdue', '深圳市甲科技有限公司', '寄送合作方案', org.id],
      ['2026-11-28', 0, 'today', '深圳市甲科技有限公司', null, org.id],
    ]);

    expect(await reminders.followUpDone({ interactionId: overdue.id })).toEqual({ interactionId: overdue.id, followUpDoneAt: '2026-11-28' });
    expect((await interactions.get(overdue.id)).followUpDoneAt).toBe('2026-11-28');
    expect((await reminders.list({ kind: 'followup' })).items.map((i) => i.dueDate)).toEqual(['2026-11-28']);
  });

  it('refuses to mark done an interaction without a follow-up date', async () => {
    const { org, interactions, reminders } = await setup();
    const plain = await interactions.create({ organisationId: org.id, kind: 'visit', date: '2026-11-01' });
    await expect(reminders.followUpDone({ interactionId: plain.id })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('lists open obligations due within 30 days (and overdue) of agreements in force', async () => {
    const { reminders, activeAgreement } = await setup();
    const obligations: AgreementDraft['obligations'] = [
      { partyRole: '乙', text: '接收实习生 20 人', dueDate: '2026-12-28' }, // 30 days
      { partyRole: '乙', text: '捐赠设备', dueDate: '2026-12-29' }, // 31 days: not yet
      { partyRole: '甲', text: '提交年度报告', dueDate: '2026-11-01' }, // overdue
      { partyRole: '甲', text: '已完成', dueDate: '2026-11-15', doneAt: '2026-11-16' },
    ];
    await activeAgreement('框架协议', '2028-01-01', { obligations });
    const list = await reminders.list({ kind: 'obligation' });
    expect(list.items.map((i) => [i.title, i.detail, i.dueDate, i.daysLeft, i.urgency])).toEqual([
      ['提交年度报告', '框架协议', '2026-11-01', -27, 'overdue'],
      ['接收实习生 20 人', '框架协议', '2026-12-28', 30, 'upcoming'],
    ]);
    expect(list.totals.obligation).toBe(2);
  });
});
