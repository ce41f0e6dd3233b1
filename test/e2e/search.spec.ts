import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { PartnerFormPage } from './pages/PartnerFormPage';
import { PartnerListPage } from './pages/PartnerListPage';

// Global search and the duplicate warning through the real core: 华为 is created in the
// form, then found by its pinyin initials from the header box and from Ctrl+K.

const HUAWEI = '华为技术有限公司';
const HUAWEI_USCC = '914403001922038216';

test.describe.configure({ timeout: 180_000 });

/** axe on the page, or only inside `scope` (the partner form itself is checked by its own spec). */
async function expectAccessible(page: Page, scope?: string): Promise<void> {
  await page.mouse.move(0, 0);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  const result = await (scope ? builder.include(scope) : builder).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('duplicate warning while typing, then "hw" finds 华为 from the header box and Ctrl+K', async ({ page, harness }) => {
  const app = new AppPage(page);
  const list = new PartnerListPage(page);
  const form = new PartnerFormPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.loadSampleData();

  await app.nav('partners');
  await list.newPartner();
  await form.fill('fullName', HUAWEI);
  await form.fill('uscc', HUAWEI_USCC);
  await form.saveAndExpectDetail(HUAWEI);

  // Same name with other brackets, spaces and suffix: warned, with a link to the record.
  await app.nav('partners');
  await list.newPartner();
  await form.fill('fullName', '华为技术 股份有限公司');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText(`名称相同（忽略空格、括号和公司后缀）：${HUAWEI}`);
  await expect(warning.getByTestId('duplicate-name')).toHaveCount(1);
  // Same USCC: the stronger warning.
  await form.fill('uscc', HUAWEI_USCC.replace(/(.{4})/g, '$1 '));
  await expect(warning.getByTestId('duplicate-uscc')).toContainText(`统一社会信用代码相同：${HUAWEI}`);
  await expectAccessible(page, '[data-testid="duplicate-warning"]');
  await warning.getByTestId('duplicate-open').first().click();
  // The form has typed text: leaving it for the existing record asks first (issue 12 guard).
  await page.getByTestId('unsaved-leave').click();
  await expect(page.getByTestId('partner-title')).toContainText(HUAWEI);

  // Header box: grouped results while typing; ↓ + Enter opens the partner. (Going to another
  // page empties the box, so type once the list page is there.)
  await app.nav('partners');
  await expect(page.getByTestId('partner-list')).toBeVisible();
  const box = page.getByTestId('header-search').getByRole('searchbox');
  await box.fill('hw');
  const palette = page.getByTestId('search-palette');
  const partners = palette.getByTestId('search-group-partner');
  await expect(partners.getByRole('option').first()).toContainText(HUAWEI);
  await expect(partners.getByRole('option').first()).toContainText(HUAWEI_USCC);
  await expect(partners).toContainText('合作单位');
  // The palette and its box (the list page around it is the partners spec's business).
  await expectAccessible(page, '[data-testid="header-search"]');
  await box.press('ArrowDown');
  await expect(partners.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', 'global-search-option-0');
  await box.press('Enter');
  await expect(page.getByTestId('partner-title')).toContainText(HUAWEI);
  await expect(palette).toHaveCount(0);

  // Ctrl+K from anywhere focuses the box; full pinyin works too.
  await app.nav('agreements');
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('huawei');
  await expect(partners.getByRole('option')).toHaveCount(1);
  await expect(partners.getByRole('option')).toContainText(HUAWEI);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('partner-title')).toContainText(HUAWEI);

  // Enter with nothing chosen keeps the old behaviour: the filtered partner list.
  await box.fill('华为');
  await box.press('Enter');
  await expect(list.list()).toBeVisible();
  await expect(list.row(HUAWEI)).toBeVisible();

  // Esc closes; nothing found says so.
  await box.fill('没有这样的单位名称');
  await expect(palette.getByTestId('search-empty')).toBeVisible();
  await box.press('Escape');
  await expect(palette).toHaveCount(0);
});
