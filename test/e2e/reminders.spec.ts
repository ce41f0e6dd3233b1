import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { createReminderData, invoke } from './reminderSetup';

// Reminders with a fixed clock (2026-11-28 in China): expiring agreements in their lead
// windows, a follow-up overdue; dismiss, snooze and mark done, each confirmed and recorded.

test.describe.configure({ timeout: 180_000 });

test('reminders: dismiss, snooze and mark a follow-up done', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.startEmpty();
  const data = await createReminderData(page);
  await page.getByTestId('nav-reminders').click();

  const sixty = page.getByTestId(`reminder-row-expiring-${data.sixtyDaysId}`);
  const twenty = page.getByTestId(`reminder-row-expiring-${data.twentyDaysId}`);
  const followUp = page.getByTestId(`reminder-row-followup-${data.followUpId}`);
  await expect(sixty).toContainText('南山精密实习基地协议');
  await expect(sixty).toContainText('剩 60 天');
  await expect(sixty).toContainText('90 天提醒');
  await expect(twenty).toContainText('30 天提醒');
  await expect(followUp).toContainText('逾期 8 天');
  await expect(followUp).toContainText('寄送实习方案');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // Dismiss asks first, then shows what was recorded.
  await sixty.getByTestId('reminder-dismiss').click();
  await page.locator('.ant-popconfirm:visible').getByTestId('reminder-confirm-ok').click();
  const result = page.getByTestId('reminder-result');
  await expect(result).toContainText('已忽略“南山精密实习基地协议”');
  await expect(result).toContainText('已记录：');
  await expect(sixty).toHaveCount(0);

  // Snooze until a chosen date (the picker starts a week ahead: 2026-12-05).
  await twenty.getByTestId('reminder-snooze').click();
  await expect(page.getByTestId('reminder-snooze-date')).toHaveValue('2026-12-05');
  await page.getByTestId('reminder-snooze-ok').click();
  await expect(result).toContainText('已暂缓“南山精密订单班协议”至 2026-12-05');
  await expect(twenty).toHaveCount(0);
  await page.getByTestId('reminders-include-snoozed').click();
  await expect(twenty).toContainText('暂缓至 2026-12-05');

  // Mark the follow-up done: it leaves the list and the interaction records today.
  await followUp.getByTestId('reminder-followup-done').click();
  await page.locator('.ant-popconfirm:visible').getByTestId('reminder-confirm-ok').click();
  await expect(result).toContainText('已将“深圳市南山精密制造有限公司”标记为已跟进（2026-11-28）');
  await expect(followUp).toHaveCount(0);
  const interaction = await invoke(page, 'interactions:get', { id: data.followUpId });
  expect(interaction['followUpDoneAt']).toBe('2026-11-28');

  // The core agrees: nothing is due any more except the snoozed reminder.
  const list = await invoke(page, 'reminders:list', { includeSnoozed: true });
  expect(list['totals']).toEqual({ expiring: 1, expired: 0, noEndDate: 0, followup: 0, obligation: 0 });
  const visible = await invoke(page, 'reminders:list', {});
  expect(visible['totals']).toEqual({ expiring: 0, expired: 0, noEndDate: 0, followup: 0, obligation: 0 });
});
