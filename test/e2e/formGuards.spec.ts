import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { fillDate } from './pages/dateField';
import { PartnerFormPage } from './pages/PartnerFormPage';

// Issue 12, "forms that guard the user", on a 1366×768 laptop in zh-CN: leaving a form with
// unsaved changes asks first (page and dialog), the USCC is checked when leaving the field,
// and dates are picked in a Chinese calendar rather than the browser's mm/dd/yyyy input.

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 180_000 });

const NOW = '2026-11-28T02:00:00Z';
const UNSAVED = '有未保存的修改，确定离开？';

test('unsaved changes ask before leaving; USCC checked on blur; dates in a zh-CN picker', async ({ page, harness }) => {
  const app = new AppPage(page);
  const form = new PartnerFormPage(page);
  await harness.start({ now: NOW });
  await app.chooseLanguage('zh');
  await app.startEmpty();

  // A new partner with a name typed: the menu asks before leaving; "继续编辑" keeps the text.
  await app.nav('partners');
  await page.getByTestId('new-partner').click();
  await form.fill('fullName', '深圳鹏城智造科技有限公司');
  await app.nav('agreements');
  const ask = page.getByRole('dialog').filter({ hasText: UNSAVED });
  await expect(ask).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(ask).toBeHidden();
  await expect(form.field('fullName').getByRole('textbox')).toHaveValue('深圳鹏城智造科技有限公司');

  // The USCC is checked on leaving the field, with the save's own message; nothing is saved.
  await form.fill('uscc', '914403001922038217');
  await form.field('uscc').getByRole('textbox').press('Tab');
  await expect(form.fieldError('uscc')).toHaveText('统一社会信用代码校验位不正确（应为 6）');
  await expect(form.usccOverride()).toBeVisible();
  await form.fill('uscc', '91440300192203821');
  await form.field('uscc').getByRole('textbox').blur();
  // The previous message may still be animating out: wait for the new one itself.
  await expect(form.fieldError('uscc').filter({ hasText: '18 位' })).toBeVisible();

  // A valid code saves without being asked (the save's own navigation is not a "leave").
  await form.fill('uscc', '914403001922038216');
  await form.saveAndExpectDetail('深圳鹏城智造科技有限公司');
  await expect(ask).toHaveCount(0);

  // Editing and then leaving asks again; "离开" leaves and keeps the old value.
  await page.getByTestId('edit-partner').click();
  await form.fill('fullName', '深圳鹏城智造科技股份有限公司');
  await app.nav('dashboard');
  await expect(ask).toBeVisible();
  await page.getByTestId('unsaved-leave').click();
  await expect(page).toHaveURL(/#\/dashboard/);

  // An untouched form leaves without a question.
  await page.goto(page.url().replace(/#.*$/, '#/agreements/new'));
  await expect(page.getByTestId('agreement-form')).toBeVisible();
  await app.nav('partners');
  await expect(page).toHaveURL(/#\/partners(\?|$)/);
  await expect(ask).toHaveCount(0);

  // Dates: antd's picker in Chinese (今天, 年/月 headings), storing YYYY-MM-DD; no native date input anywhere.
  await page.goto(page.url().replace(/#.*$/, '#/agreements/new'));
  const start = page.getByTestId('agreement-start-date');
  await expect(start).toHaveAttribute('placeholder', '请选择日期');
  await start.click();
  const calendar = page.locator('.ant-picker-dropdown:visible');
  await expect(calendar).toBeVisible();
  await expect(calendar.locator('.ant-picker-header-view')).toContainText('年');
  await expect(calendar.getByText('今天')).toBeVisible();
  const box = await calendar.boundingBox();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
  await page.keyboard.press('Escape');
  await fillDate(start, '2026-01-01');
  await expect(page.locator('input[type="date"]')).toHaveCount(0);

  // A dialog form: Esc with a typed entry asks; an untouched one closes at once.
  await page.getByTestId('cancel-agreement').click();
  await expect(ask).toBeVisible();
  await page.getByTestId('unsaved-leave').click();
  await app.nav('courses');
  await page.getByTestId('add-course').click();
  await page.getByTestId('course-name').fill('工业机器人应用');
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(page.getByTestId('course-name')).toHaveValue('工业机器人应用');
  // A second Esc asks again, and 继续编辑 again keeps the entry; emptied again, Esc closes at once.
  await expect(ask).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('course-name')).toHaveValue('工业机器人应用');
  await page.getByTestId('course-name').fill('');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('course-name')).toBeHidden();
  await expect(ask).toHaveCount(0);
  // An untouched dialog closes on Esc without a question.
  await page.getByTestId('add-course').click();
  await expect(page.getByTestId('course-name')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('course-name')).toBeHidden();
  await expect(ask).toHaveCount(0);
});
