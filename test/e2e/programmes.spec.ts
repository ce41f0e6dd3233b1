import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/selectOption';
import { AppPage } from './pages/AppPage';

// Programmes end to end: an internship base with a yearly figure and an order class made
// through the forms, listed afterwards; the page and a form pass axe (WCAG 2 A/AA).

test.describe.configure({ timeout: 300_000 });

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** Types into a searchable select inside `field` and picks the first option; returns its label. */
async function pickFirst(page: Page, field: Locator, text: string): Promise<string> {
  return chooseOption(page, field.locator('.ant-select'), { search: text });
}

async function pickLabel(page: Page, field: Locator, label: string): Promise<void> {
  await chooseOption(page, field.locator('.ant-select'), { title: label });
}

test('an internship base with a yearly figure and an order class, made through the forms', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.loadSampleData();
  await app.nav('programmes');
  await expect(page.getByTestId('programmes-heading')).toHaveText('合作项目');
  await expect(page).toHaveURL(/\/programmes/);
  await expectNoSeriousViolations(page);

  // A new internship base.
  await page.getByTestId('new-internshipBases').click();
  const form = page.getByTestId('programme-form-internshipBases');
  await expect(form).toBeVisible();
  await page.getByTestId('save-programme').click();
  // Field-level messages from the shared schema before anything is sent.
  await expect(form.getByTestId('field-name')).toContainText('必填');
  await expectNoSeriousViolations(page);
  await form.getByTestId('field-name').locator('input').fill('智能制造校外实训基地');
  await pickLabel(page, form.getByTestId('field-kind'), '校外实习基地');
  const partner = await pickFirst(page, form.getByTestId('field-organisationId'), '有限公司');
  await form.getByTestId('field-capacity').locator('input').fill('60');
  await form.getByTestId('field-fundPerStudentFen').locator('input').fill('500');
  await page.getByTestId('save-programme').click();
  await expect(form).toBeHidden();

  const baseList = page.getByTestId('programme-list-internshipBases');
  const baseRow = baseList.locator('tbody tr', { hasText: '智能制造校外实训基地' });
  await expect(baseRow).toContainText(partner);
  await expect(baseRow).toContainText('500.00');
  await expect(baseRow).toContainText('在用');

  // Its figures for 学年 2025-2026, entered in the base's drawer.
  await baseRow.getByText('智能制造校外实训基地', { exact: true }).click();
  const detail = page.getByTestId('base-detail');
  await expect(detail).toContainText(partner);
  const statForm = page.getByTestId('base-stat-form');
  await pickLabel(page, statForm, '2025-2026');
  await statForm.locator('#base-year-stat_studentVisits').fill('120');
  await statForm.locator('#base-year-stat_halfYearInterns').fill('15');
  // Closing the drawer on unsaved figures asks first; 继续编辑 keeps them.
  await page.locator('.ant-drawer').getByRole('button', { name: /close|关闭/i }).first().click();
  await expect(page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' })).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(statForm.locator('#base-year-stat_halfYearInterns')).toHaveValue('15');
  await page.getByTestId('save-base-stat').click();
  const statRow = page.getByTestId('stat-row-2025');
  await expect(statRow).toContainText('2025-2026');
  await expect(statRow).toContainText('120');
  await expect(statRow).toContainText('15');
  await expectNoSeriousViolations(page);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // The 学年 filter finds the base by its figures.
  await chooseOption(page, page.getByTestId('programme-tab-internshipBases').getByLabel('按学年筛选'), { title: '2025-2026' });
  // The sample data has bases with 2025-2026 figures too; ours is among them.
  await expect(baseList.locator('tbody tr.ant-table-row', { hasText: '智能制造校外实训基地' })).toHaveCount(1);

  // An order class on its own tab (?tab=orderClasses).
  await page.getByTestId('tab-orderClasses').click();
  await expect(page).toHaveURL(/tab=orderClasses/);
  await page.getByTestId('new-orderClasses').click();
  const classForm = page.getByTestId('programme-form-orderClasses');
  await classForm.getByTestId('field-name').locator('input').fill('鲲鹏订单班');
  const classPartner = await pickFirst(page, classForm.getByTestId('field-organisationId'), '有限公司');
  await pickLabel(page, classForm.getByTestId('field-cohortYear'), '2025-2026');
  await classForm.getByTestId('field-enrolled').locator('input').fill('30');
  await classForm.getByTestId('field-employed').locator('input').fill('31');
  await page.getByTestId('save-programme').click();
  await expect(classForm.getByTestId('field-employed')).toContainText('就业人数不能多于在读人数');
  await classForm.getByTestId('field-employed').locator('input').fill('28');
  await page.getByTestId('save-programme').click();
  await expect(classForm).toBeHidden();
  const classRow = page.getByTestId('programme-list-orderClasses').locator('tbody tr', { hasText: '鲲鹏订单班' });
  await expect(classRow).toContainText(classPartner);
  await expect(classRow).toContainText('2025-2026');
  await expect(classRow).toContainText('28');

  // The tab survives a reload through the URL.
  await page.reload();
  await expect(page.getByTestId('programme-list-orderClasses').locator('tbody tr', { hasText: '鲲鹏订单班' })).toBeVisible();
});
