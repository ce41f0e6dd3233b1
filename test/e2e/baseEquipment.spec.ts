import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/selectOption';
import { AppPage } from './pages/AppPage';

// 校内实践基地 equipment (R6) through the base's yearly-figures form: shown for an on-campus
// base only, typed in 元, listed back, and the "new ≤ total" rule shown on its field.

test.describe.configure({ timeout: 180_000 });

async function pickLabel(page: Page, field: Locator, label: string): Promise<void> {
  await chooseOption(page, field.locator('.ant-select'), { title: label });
}

test('an on-campus base records its equipment per 学年', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.loadSampleData();
  await app.nav('programmes');

  await page.getByTestId('new-internshipBases').click();
  const form = page.getByTestId('programme-form-internshipBases');
  await form.getByTestId('field-name').locator('input').fill('工业互联网校内实训中心');
  await pickLabel(page, form.getByTestId('field-kind'), '校内共建基地');
  await chooseOption(page, form.getByTestId('field-organisationId').locator('.ant-select'), { search: '有限公司' });
  await page.getByTestId('save-programme').click();
  await expect(form).toBeHidden();

  const baseRow = page.getByTestId('programme-list-internshipBases').locator('tbody tr', { hasText: '工业互联网校内实训中心' });
  await baseRow.getByText('工业互联网校内实训中心', { exact: true }).click();
  const statForm = page.getByTestId('base-stat-form');
  const equipment = page.getByTestId('base-equipment-fields');
  await expect(equipment).toContainText('设备总值（元）');
  await pickLabel(page, statForm, '2025-2026');
  await statForm.locator('#base-year-stat_equipmentTotalFen').fill('500000');
  await statForm.locator('#base-year-stat_equipmentNewFen').fill('500000.01');
  await page.getByTestId('save-base-stat').click();
  await expect(statForm).toContainText('当年新增设备值不能大于设备总值');
  await expect(page.getByTestId('stat-row-2025')).toHaveCount(0);

  await statForm.locator('#base-year-stat_equipmentNewFen').fill('120000.5');
  await statForm.locator('#base-year-stat_equipmentCount').fill('40');
  await page.getByTestId('save-base-stat').click();
  const statRow = page.getByTestId('stat-row-2025');
  await expect(statRow).toContainText('500,000.00');
  await expect(statRow).toContainText('120,000.50');
  await expect(statRow).toContainText('40');
});
