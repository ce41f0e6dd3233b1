import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { startOnSampleData } from './mainScreens';
import { PartnerListPage } from './pages/PartnerListPage';

// Issue 12 on a 1366×768 laptop in zh-CN: bulk delete of two partners, two order classes (a
// programme tab) and two contacts with Undo (the same batch comes back), a staff phone masked
// like a contact's, and 清除示例数据 on /data leaving an empty list with the college kept.

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 240_000 });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

async function invoke<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([c, i]) => {
      const answer = await (globalThis as unknown as Invoke).partnerdesk.invoke(c as string, i);
      if (!answer.ok) throw new Error(`${String(c)} failed`);
      return answer.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

/** Ticks two rows, trashes them, checks the list's total drops by two, and undoes it. */
async function trashTwoThenUndo(page: Page, scope: Locator, rows: Locator): Promise<void> {
  const totalText = scope.locator('.ant-pagination-total-text');
  await expect(rows.nth(1)).toBeVisible();
  await expect(totalText).toHaveText(/\d+/);
  const total = Number(/\d+/.exec((await totalText.textContent()) ?? '')?.[0]);
  for (const i of [0, 1]) await rows.nth(i).locator('input[type="checkbox"]').check();
  await expect(scope.getByTestId('bulk-count')).toHaveText('已选 2 项');

  await scope.getByTestId('bulk-trash').click();
  await page.getByTestId('bulk-trash-confirm').click();
  const undo = page.getByTestId('bulk-undo');
  await expect(undo).toBeVisible();
  await undo.hover();
  await expect(totalText).toHaveText(`共 ${total - 2} 条`);
  // The trashed rows left the selection with the list.
  await expect(scope.getByTestId('bulk-count')).toHaveCount(0);
  await undo.click();
  await expect(totalText).toHaveText(`共 ${total} 条`);
}

async function collegeName(page: Page): Promise<string | null> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    return ((await api.invoke('settings:get', {})).value as { college: { fullName: string | null } }).college.fullName;
  });
}

test('select two partners, move them to the trash, undo brings both back', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  await page.goto(`${running.url}/index.html#/partners`);
  await waitForApp(page);
  const list = new PartnerListPage(page);
  const total = await list.total();
  const rows = list.rows();
  await expect(rows.nth(1)).toBeVisible();
  for (const i of [0, 1]) await rows.nth(i).locator('input[type="checkbox"]').check();
  await expect(page.getByTestId('bulk-count')).toHaveText('已选 2 项');

  await page.getByTestId('bulk-trash').click();
  await page.getByTestId('bulk-trash-confirm').click();
  const undo = page.getByTestId('bulk-undo');
  await expect(undo).toBeVisible();
  // Point at the notice: its countdown pauses while hovered (as in partners.spec).
  await undo.hover();
  await list.expectTotal(total - 2);
  await undo.click();
  await list.expectTotal(total);
});

test('a programme tab: select two order classes, move them to the trash, undo brings both back', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  await page.goto(`${running.url}/index.html#/programmes?tab=orderClasses`);
  await waitForApp(page);
  const tab = page.getByTestId('programme-tab-orderClasses');
  await trashTwoThenUndo(page, tab, tab.locator('[data-testid^="programme-row-"]'));
});

test("a partner's contacts: select two, move them to the trash, undo brings both back", async ({ page, harness }) => {
  const { running, ids } = await startOnSampleData(page, harness);
  for (const name of ['批量甲', '批量乙']) await invoke(page, 'contacts:create', { organisationId: ids.partner, name });
  await page.goto(`${running.url}/index.html#/partners/${ids.partner}`);
  await waitForApp(page);
  await page.getByRole('tab', { name: '联系人' }).click();
  const list = page.getByTestId('contact-list');
  const scope = list.locator('xpath=..');
  await trashTwoThenUndo(page, scope, list.locator('[data-testid^="contact-row-"]'));
});

test("a staff member's phone in 设置 → 教职工 is masked like a contact's and revealed by a click", async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const staff = await invoke<{ id: string }>(page, 'staff:create', { name: '陈老师', phone: '13900001234' });
  await page.goto(`${running.url}/index.html#/settings?tab=staff`);
  await waitForApp(page);
  const phone = page.getByTestId(`staff-phone-${staff.id}`).getByTestId('phone-value');
  await expect(phone).toHaveText('139****1234');
  await phone.click();
  await expect(phone).toHaveText('139 0000 1234');
});

test('清除示例数据 on /data: confirm, the backup is named, the partner list is empty, the college stays', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const college = await collegeName(page);
  expect(college).not.toBeNull();
  await page.goto(`${running.url}/index.html#/data`);
  await waitForApp(page);
  await page.getByTestId('clear-sample').click();
  await page.getByTestId('clear-sample-confirm').click();
  const done = page.getByTestId('clear-sample-done');
  await expect(done).toContainText('已清除', { timeout: 60_000 });
  await expect(done).toContainText('pre-delete.sqlite');
  await expect(done.locator('xpath=..').getByTestId('clear-sample')).toHaveCount(0);

  await page.goto(`${running.url}/index.html#/partners`);
  await waitForApp(page);
  await new PartnerListPage(page).expectTotal(0);
  expect(await collegeName(page)).toBe(college);
});
