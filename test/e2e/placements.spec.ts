import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/selectOption';
import { AppPage } from './pages/AppPage';
import { PartnerListPage } from './pages/PartnerListPage';

// Placement statistics on the partner page: an officer enters 订单培养 / 顶岗实习 / 就业
// figures for a major and 学年, sees them listed, and a second row for the same major and
// 学年 is refused on the 学年 field.

test.describe.configure({ timeout: 180_000 });

async function pickOption(page: Page, field: Locator, search: string, title: string): Promise<void> {
  await chooseOption(page, field.locator('.ant-select'), { search, title });
}

test('figures entered for a partner, major and 学年 are listed', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.loadSampleData();
  const list = new PartnerListPage(page);
  await list.open();
  await list.search('晨光酒店');
  await list.openPartner('深圳市晨光酒店管理有限公司');
  await page.getByRole('tab', { name: '订单培养与实习就业' }).click();
  const section = page.getByTestId('partner-placements');
  // The sample's own row for this 学年.
  await expect(section.getByTestId('placement-row-2026-540106')).toContainText('2026-2027');

  const form = page.getByTestId('placement-form');
  await pickOption(page, form.getByTestId('placement-field-academicYear'), '2025', '2025-2026');
  await pickOption(page, form.getByTestId('placement-field-majorId'), '540106', '540106 酒店管理与数字化运营');
  await form.getByTestId('placement-field-orderTrainees').locator('input').fill('25');
  await form.getByTestId('placement-field-interns').locator('input').fill('18');
  // Figures typed but not saved: leaving the partner asks first; 继续编辑 keeps them.
  await page.getByTestId('nav-agreements').click();
  await expect(page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' })).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(form.getByTestId('placement-field-interns').locator('input')).toHaveValue('18');
  await page.getByTestId('save-placement').click();

  const row = section.getByTestId('placement-row-2025-540106');
  await expect(row).toBeVisible();
  await expect(row.locator('td')).toHaveText(['2025-2026', '540106 酒店管理与数字化运营', '25', '18', '', /修\s?改/]);

  // The same major and 学年 again: the core's CONFLICT shows on the 学年 field.
  await pickOption(page, form.getByTestId('placement-field-academicYear'), '2025', '2025-2026');
  await pickOption(page, form.getByTestId('placement-field-majorId'), '540106', '540106 酒店管理与数字化运营');
  await form.getByTestId('placement-field-interns').locator('input').fill('3');
  await page.getByTestId('save-placement').click();
  await expect(form.getByTestId('placement-field-academicYear')).toContainText('该合作单位、专业和学年已有数据');
});
