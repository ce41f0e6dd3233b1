import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementDraft } from '@shared/domain/agreement';
import { createServices } from '../../../src/main/services';
import { createTestDb, type TestDb } from '../../helpers/testDb';

// The dashboard's "N 天内到期" and the 提醒 page's 即将到期的协议 count the same agreements:
// active, ending between today and the longest reminder lead time (the status 即将到期). The
// reminders page leaves out what was dismissed or snoozed, and the dashboard says how many.

const NOW = new Date('2026-11-28T02:00:00Z'); // 2026-11-28 in Asia/Shanghai

let current: TestDb | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

async function fixture() {
  const t = await createTestDb({ now: () => NOW });
  current = t;
  const s = createServices(t.ctx, { info: () => ({ version: 'test', dataDir: t.dir, dbFile: 'partnerdesk.db', schemaVersion: 5 }) });
  const partner = await s.partners.create({ kind: 'enterprise', fullName: '深圳甲公司' });
  const parties: AgreementDraft['parties'] = [
    { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
    { role: '乙', partyType: 'enterprise', organisationId: partner.id },
  ];
  const draft = (title: string, endDate: string | null) => s.agreements.create({ title, type: 'framework', parties, startDate: '2024-01-01', endDate });
  const active = async (title: string, endDate: string | null) => {
    const a = await draft(title, endDate);
    await s.agreements.transition({ id: a.id, to: 'active' });
    return a;
  };

  const ids = {
    today: (await active('今天到期', '2026-11-28')).id,
    tenDays: (await active('十天', '2026-12-08')).id,
    sixtyDays: (await active('六十天', '2027-01-27')).id,
    lastDay: (await active('第一百八十天', '2027-05-27')).id,
    // Outside: past the window, already past, no end date, not in force, renewing, trashed.
    pastWindow: (await active('第一百八十一天', '2027-05-28')).id,
    yesterday: (await active('昨天到期', '2026-11-27')).id,
    noEnd: (await active('无期限', null)).id,
    draft: (await draft('草稿', '2026-12-20')).id,
    terminated: '',
    renewing: '',
    trashed: '',
  };
  const terminated = await active('已终止', '2026-12-15');
  await s.agreements.transition({ id: terminated.id, to: 'terminated', terminatedOn: '2026-11-20' });
  ids.terminated = terminated.id;
  // Renewed 40 days before its end: the old one is 'renewing' (being dealt with), the new one a draft.
  const renewing = await active('续签中', '2027-01-07');
  await s.agreements.renew({ agreementId: renewing.id, newEndDate: '2030-01-07' });
  ids.renewing = renewing.id;
  const trashed = await active('已删除', '2026-12-30');
  await s.agreements.delete(trashed.id);
  ids.trashed = trashed.id;
  return { s, ids };
}

async function counted(s: Awaited<ReturnType<typeof fixture>>['s']) {
  const d = await s.dashboard.summary();
  const reminders = await s.reminders.list({ kind: 'expiring' });
  const withSnoozed = await s.reminders.list({ kind: 'expiring', includeSnoozed: true });
  const listed = await s.agreements.list({ status: 'expiring', pageSize: 100 });
  return {
    dashboard: d.agreements.expiringSoon,
    statusSlice: d.agreements.byStatus.find((r) => r.status === 'expiring')?.count ?? 0,
    reminderIds: reminders.items.map((i) => i.entityId).sort(),
    reminderTotal: reminders.totals.expiring,
    snoozedIds: withSnoozed.items.filter((i) => i.snoozedUntil !== null).map((i) => i.entityId),
    listedIds: listed.items.map((a) => a.id).sort(),
  };
}

describe('"N 天内到期" on the dashboard and the expiring reminders', () => {
  it('count the same agreements: active, ending from today to the longest lead time', async () => {
    const { s, ids } = await fixture();
    const c = await counted(s);
    const inside = [ids.today, ids.tenDays, ids.sixtyDays, ids.lastDay].sort();

    expect(c.dashboard.days).toBe(180);
    expect(c.dashboard.count).toBe(4);
    expect(c.dashboard.items.map((i) => i.id).sort()).toEqual(inside);
    expect(c.dashboard.items.map((i) => i.daysLeft)).toEqual([0, 10, 60, 180]);
    expect(c.dashboard.remindersDue).toBe(4);
    expect(c.reminderIds).toEqual(inside);
    expect(c.reminderTotal).toBe(4);
    // The status chart's 即将到期 and the agreement list the figure opens: the same four.
    expect(c.statusSlice).toBe(4);
    expect(c.listedIds).toEqual(inside);
  });

  it('still counts a dismissed or snoozed reminder on the dashboard, and says how many the 提醒 page leaves out', async () => {
    const { s, ids } = await fixture();
    const before = await s.reminders.list({ kind: 'expiring' });
    const ref = (id: string) => {
      const item = before.items.find((i) => i.entityId === id);
      if (!item) throw new Error(`no reminder for ${id}`);
      return { kind: item.kind, entityId: item.entityId, dueDate: item.dueDate, leadDays: item.leadDays };
    };
    await s.reminders.dismiss(ref(ids.sixtyDays));
    await s.reminders.snooze({ ...ref(ids.lastDay), until: '2026-12-15' });

    const c = await counted(s);
    expect(c.dashboard.count).toBe(4);
    expect(c.dashboard.remindersDue).toBe(2);
    expect(c.reminderIds).toEqual([ids.today, ids.tenDays].sort());
    expect(c.reminderTotal).toBe(c.dashboard.remindersDue);
    expect(c.snoozedIds).toEqual([ids.lastDay]);
  });

  it('follows the reminder lead time set in Settings → 提醒', async () => {
    const { s, ids } = await fixture();
    await s.settings.update({ reminderLeadDays: [60, 30] });
    const c = await counted(s);
    const inside = [ids.today, ids.tenDays, ids.sixtyDays].sort();
    expect(c.dashboard.days).toBe(60);
    expect(c.dashboard.items.map((i) => i.id).sort()).toEqual(inside);
    expect(c.reminderIds).toEqual(inside);
    expect(c.statusSlice).toBe(3);
    expect(c.listedIds).toEqual(inside);
  });
});
