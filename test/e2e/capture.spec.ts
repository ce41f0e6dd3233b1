import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// Trade-fair quick capture, keyboard only: Ctrl+N, type, Tab, Enter. The core's clock is
// fixed at 10:00 on 28 November 2026 in Beijing, so the follow-up defaults to 2026-12-05.

const NEW_PARTNER = '青岛海鲸智能装备有限公司';

test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('captures a new partner, contact and interest with the keyboard only', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.loadSampleData();

  await page.keyboard.press('Control+n');
  const form = page.getByTestId('capture-form');
  await expect(form).toBeVisible();
  const partnerBox = page.getByRole('combobox', { name: '合作单位' });
  await expect(partnerBox).toBeFocused();
  await expect(page.getByTestId('capture-followUpDate')).toHaveValue('2026-12-05');
  expect(await seriousViolations(page, '.ant-modal')).toEqual([]);

  await page.keyboard.type(NEW_PARTNER);
  await expect(page.getByTestId('capture-partner-state')).toContainText(`将新建合作单位“${NEW_PARTNER}”`);
  await page.keyboard.press('Tab'); // USCC (optional, left blank)
  await expect(page.getByTestId('capture-uscc')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('周经理');
  await page.keyboard.press('Tab');
  await page.keyboard.type('人力资源总监');
  await page.keyboard.press('Tab');
  await page.keyboard.type('13812345678');
  await page.keyboard.press('Tab');
  await page.keyboard.type('zhou@example.cn');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('capture-notes')).toBeFocused();
  await page.keyboard.type('需要软件技术专业实习生，下月来校宣讲');
  await page.keyboard.press('Tab');
  await page.keyboard.type('软件技术');
  await page.keyboard.press('Enter'); // picks the major in the open list, which then closes
  await expect(page.getByTestId('capture-majors')).toContainText('510203 软件技术');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('capture-positions')).toBeFocused();
  await page.keyboard.type('Java 开发、测试');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('capture-followUpDate')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('capture-saved')).toContainText(`已新建合作单位并保存：${NEW_PARTNER}`);
  // Ready for the next visitor: cleared, cursor back in the partner box, default date again.
  await expect(partnerBox).toBeFocused();
  await expect(partnerBox).toHaveValue('');
  await expect(page.getByTestId('capture-contactName')).toHaveValue('');
  await expect(page.getByTestId('capture-followUpDate')).toHaveValue('2026-12-05');

  // The second visitor is from a partner we know: arrow keys pick it, no contact needed.
  await page.keyboard.type('海鲸');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').first()).toHaveText(NEW_PARTNER);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('capture-partner-state')).toHaveText(`已有单位：${NEW_PARTNER}`);
  await expect(page.getByTestId('capture-uscc')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('capture-contactName')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('capture-saved')).toHaveText(`已保存：${NEW_PARTNER} 打开合作单位`);

  // Esc closes; the records are on the partner page.
  await page.getByTestId('capture-open-partner').click();
  await expect(page.getByTestId('capture-form')).toHaveCount(0);
  await expect(page.getByTestId('partner-title')).toContainText(NEW_PARTNER);
  await expect(page.getByTestId('partner-title')).toContainText('洽谈中');
  await page.getByRole('tab', { name: '联系人' }).click();
  await expect(page.getByTestId('contact-list')).toContainText('周经理');
  await expect(page.getByTestId('contact-list')).toContainText('138****5678'); // masked in the list
  await page.getByRole('tab', { name: '往来记录' }).click();
  const timeline = page.getByTestId('interaction-timeline');
  await expect(timeline.locator('article')).toHaveCount(2);
  const captured = timeline.locator('article').filter({ hasText: '需要软件技术专业实习生' });
  await expect(captured.getByTestId('interaction-kind')).toHaveText('展会 / 招聘会');
  await expect(captured.getByTestId('interaction-follow-up')).toHaveText('跟进：2026-12-05');
  await expect(captured.getByTestId('follow-up-state')).toHaveAttribute('data-state', 'due');
  await captured.getByRole('button', { name: '访企拓岗信息' }).click();
  const details = captured.getByTestId('interaction-details');
  await expect(details).toContainText('510203');
  await expect(details).toContainText('Java 开发、测试');
  await expect(details).toContainText('6');
});

test('Esc closes the capture form; a bad USCC is refused until overridden', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.startEmpty();

  await page.getByTestId('quick-capture').click();
  await expect(page.getByTestId('capture-form')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('capture-form')).toHaveCount(0);

  await page.keyboard.press('Control+n');
  await expect(page.getByRole('combobox', { name: '合作单位' })).toBeFocused();
  await page.keyboard.type('华为技术有限公司');
  await page.keyboard.press('Tab');
  await page.keyboard.type('914403001922038217');
  await page.keyboard.press('Tab');
  // Checked on leaving the field, and the Tab still lands on the contact's name.
  const usccError = page.locator('.ant-form-item').filter({ has: page.getByTestId('capture-uscc') }).locator('.ant-form-item-explain-error');
  await expect(usccError).toHaveText('统一社会信用代码校验位不正确（应为 6）');
  await expect(page.getByTestId('capture-contactName')).toBeFocused();
  await page.keyboard.type('李经理');
  await page.keyboard.press('Enter');
  await expect(page.locator('.ant-form-item').filter({ has: page.getByTestId('capture-uscc') }).locator('.ant-form-item-explain-error')).toHaveText('统一社会信用代码校验位不正确（应为 6）');
  await expect(page.getByTestId('capture-saved')).toHaveCount(0);
  await page.getByTestId('capture-uscc-override').check();
  await page.getByTestId('capture-save').click();
  await expect(page.getByTestId('capture-saved')).toContainText('已新建合作单位并保存：华为技术有限公司');
});
