import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/selectOption';
import { AppPage } from './pages/AppPage';

// Merging two duplicates through the real core: every link of the duplicate (contacts, an
// agreement party, interactions) ends up on the survivor; then Undo puts them back.

test.describe.configure({ timeout: 180_000 });

interface PageGlobals {
  partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> };
}

async function expectAccessible(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Two duplicates; the second has two contacts, an agreement and an interaction. Through the real IPC. */
async function seedDuplicates(page: Page): Promise<{ survivorId: string; mergedId: string }> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as PageGlobals).partnerdesk;
    const value = async (channel: string, input: unknown): Promise<{ id: string }> => {
      const r = await api.invoke(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r)}`);
      return r.value as { id: string };
    };
    const survivor = await value('partners:create', { kind: 'enterprise', fullName: '深圳市鹏城智造科技有限公司' });
    const merged = await value('partners:create', { kind: 'enterprise', fullName: '深圳鹏城智造科技公司' });
    await value('contacts:create', { organisationId: merged.id, name: '周建华', mobile: '13800001111', isPrimary: true });
    await value('contacts:create', { organisationId: merged.id, name: '吴晓梅' });
    await value('agreements:create', {
      title: '鹏城智造订单培养协议',
      type: 'order_class',
      parties: [
        { role: '甲', partyType: 'school', displayName: '示例职业技术学院' },
        { role: '乙', partyType: 'enterprise', organisationId: merged.id },
      ],
    });
    await value('interactions:create', { organisationId: merged.id, kind: 'visit', date: '2026-11-01' });
    return { survivorId: survivor.id, mergedId: merged.id };
  });
}

test('merge two duplicates, find all links on the survivor, then undo', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.startEmpty();
  const { survivorId } = await seedDuplicates(page);

  await app.nav('partners');
  await page.getByRole('link', { name: '深圳市鹏城智造科技有限公司' }).click();
  await expect(page.getByTestId('partner-title')).toContainText('深圳市鹏城智造科技有限公司');
  await expect(page.getByTestId('merge-history')).toHaveCount(0);

  await page.getByTestId('merge-partner').click();
  const modal = page.getByTestId('merge-modal');
  await expect(modal).toBeVisible();
  // Pinyin initials of the duplicate (szpczzkjgs), typed into the picker.
  await chooseOption(page, modal.getByRole('combobox'), { search: 'szpc', title: '深圳鹏城智造科技公司' });
  const preview = modal.getByTestId('merge-preview');
  await expect(preview.getByTestId('merge-count-contact')).toHaveText('联系人：2 条');
  await expect(preview.getByTestId('merge-count-agreement_party')).toHaveText('协议签约方：1 条');
  await expect(preview.getByTestId('merge-count-interaction')).toHaveText('走访与联络：1 条');
  await expectAccessible(page);
  await page.getByTestId('merge-confirm').click();
  await expect(modal).toHaveCount(0);

  // The survivor now has the duplicate's name as an alias, its contacts, agreement and visit.
  await expect(page.getByTestId('partner-profile')).toContainText('深圳鹏城智造科技公司');
  await page.getByRole('tab', { name: '联系人' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('周建华');
  await expect(page.getByRole('tabpanel')).toContainText('吴晓梅');
  await page.getByRole('tab', { name: '合作协议' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('鹏城智造订单培养协议');
  await page.getByRole('tab', { name: '往来记录' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('2026-11-01');

  // The duplicate is in the trash; the merge is listed with Undo.
  await page.getByTestId('merge-history').click();
  const history = page.getByTestId('merge-history-modal');
  await expect(history).toContainText('深圳鹏城智造科技公司');
  await expect(history).toContainText('联系人：2 条');
  await expectAccessible(page);
  await history.getByTestId('undo-merge').click();
  await page.getByTestId('confirm-undo-merge').click();
  await expect(history).toHaveCount(0);
  await expect(page.getByTestId('merge-history')).toHaveCount(0);

  // Undone: the contacts are back on the duplicate, which is live again.
  const contacts = await page.evaluate(async (id) => {
    const api = (globalThis as unknown as PageGlobals).partnerdesk;
    const r = await api.invoke('contacts:list', { organisationId: id });
    return r.value as { total: number };
  }, survivorId);
  expect(contacts.total).toBe(0);
  await app.nav('partners');
  await expect(page.getByRole('link', { name: '深圳鹏城智造科技公司' })).toBeVisible();
});
