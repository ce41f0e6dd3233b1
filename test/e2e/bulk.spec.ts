import type { Page } from '@playwright/test';
import { expect, test, waitForApp } from './fixtures';
import { startOnSampleData } from './mainScreens';
import { PartnerListPage } from './pages/PartnerListPage';

// Issue 12 on a 1366×768 laptop in zh-CN: bulk delete of two partners with Undo (the same
// batch comes back), and 清除示例数据 on /data leaving an empty list with the college kept.

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 240_000 });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

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
