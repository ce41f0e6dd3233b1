import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { fillDate } from './pages/dateField';

// The interaction timeline on the partner page: a captured conversation shows up with its
// follow-up state, is edited (访企拓岗 fields, money in 元), its follow-up marked done, and
// deleted with undo. The follow-ups page lists it while it is open. Clock: 2026-11-28 (Beijing).

const PARTNER = '苏州云帆物流科技有限公司';

test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

async function captureNewPartner(page: Page): Promise<void> {
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('combobox', { name: '合作单位' })).toBeFocused();
  await page.keyboard.type(PARTNER);
  await page.getByTestId('capture-contactName').fill('钱主管');
  await page.getByTestId('capture-notes').fill('招聘会上洽谈仓储实习岗位');
  await fillDate(page.getByTestId('capture-followUpDate'), '2026-12-01');
  await page.getByTestId('capture-save').click();
  await expect(page.getByTestId('capture-saved')).toContainText(PARTNER);
  await page.getByTestId('capture-open-partner').click();
  await expect(page.getByTestId('partner-title')).toContainText(PARTNER);
}

test('timeline shows the captured interaction; edit, follow-up done, delete and undo', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.startEmpty();
  await captureNewPartner(page);

  // Open follow-ups due within 7 days list it, linked to the partner.
  await page.getByTestId('nav-followups').click();
  await expect(page.getByTestId('follow-ups-title')).toHaveText('待跟进事项');
  const followUps = page.getByTestId('follow-up-list');
  await expect(followUps.locator('[data-testid^="follow-up-row-"]')).toHaveCount(1);
  await expect(followUps).toContainText(PARTNER);
  await expect(followUps).toContainText('2026-12-01');
  expect(await seriousViolations(page, '#main-content')).toEqual([]);
  await followUps.getByRole('link', { name: PARTNER }).click();

  await page.getByRole('tab', { name: '往来记录' }).click();
  const timeline = page.getByTestId('interaction-timeline');
  await expect(timeline.getByTestId('timeline-month-2026-11')).toContainText('2026年11月');
  const entry = timeline.locator('article');
  await expect(entry).toHaveCount(1);
  await expect(entry.getByTestId('interaction-kind')).toHaveText('展会 / 招聘会');
  await expect(entry.getByTestId('interaction-summary')).toHaveText('招聘会上洽谈仓储实习岗位');
  await expect(entry.getByTestId('follow-up-state')).toHaveAttribute('data-state', 'due');
  await expect(entry.getByTestId('follow-up-state')).toHaveText('待跟进');
  expect(await seriousViolations(page, '#main-content')).toEqual([]);

  // Edit: the form holds every field, grouped; money is entered in 元.
  await entry.getByTestId('edit-interaction').click();
  const form = page.getByTestId('interaction-form');
  await expect(form.getByTestId('interaction-summary')).toHaveValue('招聘会上洽谈仓储实习岗位');
  await expect(form).toContainText('访企拓岗');
  await form.getByTestId('interaction-positionsOffered').fill('5');
  await form.getByTestId('interaction-averageSalaryYuan').fill('6500.50');
  await form.getByTestId('interaction-outcomeForm').fill('达成实习合作意向');
  expect(await seriousViolations(page, '.ant-modal')).toEqual([]);
  await page.getByTestId('save-interaction').click();
  await expect(form).toHaveCount(0);
  await entry.getByRole('button', { name: '访企拓岗信息' }).click();
  const details = entry.getByTestId('interaction-details');
  await expect(details).toContainText('可提供岗位数5');
  await expect(details).toContainText('平均薪酬（元）6500.50');
  await expect(details).toContainText('达成实习合作意向');

  // Mark the follow-up done, then it leaves the follow-ups page.
  await entry.getByTestId('mark-follow-up-done').click();
  await expect(entry.getByTestId('follow-up-state')).toHaveAttribute('data-state', 'done');
  await expect(entry.getByTestId('reopen-follow-up')).toBeVisible();

  // Delete to the trash, then undo.
  await entry.getByTestId('delete-interaction').click();
  await page.getByTestId('confirm-delete-interaction').click();
  // The Undo notice counts down 10 s and pauses while pointed at; the timeline's reload can
  // take longer than that on a loaded machine, so point at it first, as a user would.
  const undo = page.getByTestId('undo-delete-interaction');
  await undo.hover();
  await expect(timeline.locator('article')).toHaveCount(0);
  await undo.click();
  await expect(timeline.locator('article')).toHaveCount(1);
  await expect(timeline.getByTestId('follow-up-state')).toHaveAttribute('data-state', 'done');

  // By keyboard: the undo toast still covers the header.
  await page.getByTestId('nav-followups').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('follow-ups-title')).toBeVisible();
  await expect(page.getByTestId('follow-up-list')).not.toContainText(PARTNER);
});
