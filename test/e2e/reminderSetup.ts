import type { Page } from '@playwright/test';

// Test data for the reminders and dashboard flows, created through the real preload bridge
// (window.partnerdesk.invoke), the same door the renderer uses.

type Bridge = { partnerdesk: { invoke(channel: string, input: unknown): Promise<unknown> } };
type Envelope = { ok: true; value: Record<string, unknown> } | { ok: false; error: unknown };

export async function invoke(page: Page, channel: string, input: unknown): Promise<Record<string, unknown>> {
  const result = (await page.evaluate(
    ([c, i]) => (globalThis as unknown as Bridge).partnerdesk.invoke(c as string, i),
    [channel, input] as const,
  )) as Envelope;
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export interface ReminderData {
  partnerId: string;
  sixtyDaysId: string;
  twentyDaysId: string;
  followUpId: string;
}

/** With the clock at 2026-11-28: agreements ending in 60 and 20 days, and a follow-up 8 days overdue. */
export async function createReminderData(page: Page): Promise<ReminderData> {
  const partner = await invoke(page, 'partners:create', {
    kind: 'enterprise',
    fullName: '深圳市南山精密制造有限公司',
    industrySection: 'C',
    regionName: '广东省深圳市',
    status: 'active',
  });
  const partnerId = String(partner['id']);
  const parties = [
    { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
    { role: '乙', partyType: 'enterprise', organisationId: partnerId },
  ];
  const activeAgreement = async (title: string, endDate: string): Promise<string> => {
    const a = await invoke(page, 'agreements:create', { title, type: 'internship_base', parties, startDate: '2024-01-01', endDate });
    await invoke(page, 'agreements:transition', { id: a['id'], to: 'active' });
    return String(a['id']);
  };
  const sixtyDaysId = await activeAgreement('南山精密实习基地协议', '2027-01-27');
  const twentyDaysId = await activeAgreement('南山精密订单班协议', '2026-12-18');
  const followUp = await invoke(page, 'interactions:create', {
    organisationId: partnerId,
    kind: 'visit',
    date: '2026-11-01',
    followUpDate: '2026-11-20',
    nextAction: '寄送实习方案',
  });
  return { partnerId, sixtyDaysId, twentyDaysId, followUpId: String(followUp['id']) };
}
