import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { createReminderData } from './reminderSetup';

// First start on the primary screen (1366×768, zh-CN): what PartnerDesk is in both languages,
// 学校信息 checked and kept, an empty start; the dashboard's first steps, every list saying
// what to do next with 新建 / 导入 leading to the right screen, and the charts drawn in the
// bundled font (this machine has no CJK system font).

test.use({ viewport: { width: 1366, height: 768 } });
// One long walk through a dozen screens on a loaded 2-core machine.
test.describe.configure({ timeout: 300_000 });

const NOW = '2026-11-28T02:00:00Z';
const COLLEGE = '深圳示范职业技术学院';
const USCC = '91350100M000100Y43';
// The same code with its check character changed (expects 3).
const USCC_BAD_CHECK = '91350100M000100Y44';

type Doc = { document: { documentElement: { scrollHeight: number; clientHeight: number } } };
const pageScrolls = (page: Page) =>
  page.evaluate(() => {
    const el = (globalThis as unknown as Doc).document.documentElement;
    return el.scrollHeight > el.clientHeight;
  });

async function expectAccessible(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The import wizard, opened on `entity`. */
async function expectImportOf(page: Page, entity: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`#/data/import\\?entity=${entity}$`));
  await expect(page.getByTestId('import-entity').locator(`input[value="${entity}"]`)).toBeChecked();
}

test('first start: language, 学校信息, empty start, first steps, empty lists, charts in the bundled font', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: NOW });
  await app.expectState('onboarding');

  // Step 1: what PartnerDesk is, in both languages, before any is chosen.
  await expect(page.getByTestId('onboarding-about-zh-CN')).toContainText('校企合作办公室');
  await expect(page.getByTestId('onboarding-about-en-US')).toContainText('cooperation office');
  await expect(page.getByTestId('onboarding-about-en-US')).toHaveAttribute('lang', 'en-US');
  await app.chooseLanguage('zh');

  // Step 2: what it does, 学校信息 (optional), the two starts; all on one screen.
  const form = page.getByTestId('onboarding-college');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('onboarding-does').getByRole('listitem')).toHaveCount(4);
  await expect(page.getByTestId('onboarding-college-hint')).toContainText('可稍后在 设置 → 学校信息 中填写');
  await expect(page.getByTestId('onboarding-empty')).toBeInViewport();
  expect(await pageScrolls(page)).toBe(false);
  await expectAccessible(page);

  // A wrong USCC check character is named on leaving the field, and stops the start.
  await form.locator('#onboarding-college_fullName').fill(COLLEGE);
  await form.locator('#onboarding-college_uscc').fill(USCC_BAD_CHECK);
  await form.locator('#onboarding-college_schoolCode').click();
  await expect(form).toContainText('统一社会信用代码校验位不正确（应为 3）');
  await page.getByTestId('onboarding-empty').click();
  await expect(page.getByTestId('onboarding-college-invalid')).toBeVisible();
  await app.expectState('onboarding');
  expect(await pageScrolls(page)).toBe(false);

  await form.locator('#onboarding-college_uscc').fill(USCC);
  await form.locator('#onboarding-college_schoolCode').fill('12345');
  await form.locator('#onboarding-college_legalRepresentative').fill('张校长');
  await form.locator('#onboarding-college_contactPerson').fill('李老师');
  await form.locator('#onboarding-college_contactPhone').fill('020-38291234');
  await expect(form).not.toContainText('校验位不正确');
  await app.startEmpty();

  // The empty dashboard leads: 学校信息 is ticked, partners are next.
  const steps = page.getByTestId('first-steps');
  await expect(steps).toBeVisible();
  await expect(steps.getByTestId('first-step-college')).toHaveAttribute('data-done', 'true');
  await expect(steps.getByTestId('first-step-partners')).toHaveAttribute('data-done', 'false');
  await expect(steps.getByTestId('first-step-agreements')).toHaveAttribute('data-done', 'false');
  await expectAccessible(page);
  await steps.getByTestId('first-step-link-import-partners').click();
  await expectImportOf(page, 'partners');
  await app.nav('dashboard');
  await page.getByTestId('first-step-link-college').click();
  await expect(page).toHaveURL(/#\/settings\?tab=college$/);

  // 学校信息 as entered on the first screen.
  const college = page.getByTestId('college-form');
  await expect(college.locator('#college_fullName')).toHaveValue(COLLEGE);
  await expect(college.locator('#college_uscc')).toHaveValue(USCC);
  await expect(college.locator('#college_schoolCode')).toHaveValue('12345');
  await expect(college.locator('#college_legalRepresentative')).toHaveValue('张校长');
  await expect(college.locator('#college_contactPerson')).toHaveValue('李老师');
  await expect(college.locator('#college_contactPhone')).toHaveValue('020-38291234');

  // Partners: nothing yet → 新建 / 导入; a search that matches nothing → 清除筛选.
  await app.nav('partners');
  const partnersEmpty = page.getByTestId('partner-list').getByTestId('empty-state');
  await expect(partnersEmpty).toHaveAttribute('data-empty', 'none');
  await expect(partnersEmpty).toContainText('还没有合作单位');
  await partnersEmpty.getByTestId('empty-state-create').click();
  await expect(page).toHaveURL(/#\/partners\/new$/);
  await app.nav('partners');
  await page.getByTestId('partner-list').getByTestId('empty-state-import').click();
  await expectImportOf(page, 'partners');
  await app.nav('partners');
  await page.getByTestId('filter-q').fill('不存在的单位');
  await page.getByTestId('filter-apply').click();
  await expect(partnersEmpty).toHaveAttribute('data-empty', 'noMatch');
  await expect(partnersEmpty.getByTestId('empty-state-create')).toHaveCount(0);
  await partnersEmpty.getByTestId('empty-state-clear').click();
  await expect(partnersEmpty).toHaveAttribute('data-empty', 'none');
  await expect(page.getByTestId('filter-q')).toHaveValue('');

  // Agreements, courses and funding import their own kind.
  await app.nav('agreements');
  await page.getByTestId('agreement-list').getByTestId('empty-state-import').click();
  await expectImportOf(page, 'agreements');
  await app.nav('agreements');
  await page.getByTestId('agreement-list').getByTestId('empty-state-create').click();
  await expect(page).toHaveURL(/#\/agreements\/new$/);

  await app.nav('courses');
  await page.getByTestId('course-list').getByTestId('empty-state-import').click();
  await expectImportOf(page, 'courses');

  await app.nav('funding');
  await page.getByTestId('funding-txn-list').getByTestId('empty-state-import').click();
  await expectImportOf(page, 'fundingTxns');

  // Programmes: 兼职教师 can be imported; 实习基地 only created (its form opens).
  await app.nav('programmes');
  const bases = page.getByTestId('programme-list-internshipBases').getByTestId('empty-state');
  await expect(bases).toContainText('还没有实习基地记录');
  await expect(bases.getByTestId('empty-state-import')).toHaveCount(0);
  await bases.getByTestId('empty-state-create').click();
  await expect(page.getByTestId('programme-form-internshipBases')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('tab-partTimeTeachers').click();
  await page.getByTestId('programme-list-partTimeTeachers').getByTestId('empty-state-import').click();
  await expectImportOf(page, 'partTimeTeachers');

  // The trash says it is empty rather than showing a bare table.
  await app.nav('trash');
  await expect(page.getByTestId('trash-empty')).toContainText('回收站是空的');

  // With records, the charts are drawn only once the bundled face is loaded for their text.
  await createReminderData(page);
  await page.reload();
  await app.expectState('loaded');
  await app.nav('dashboard');
  await expect(page.getByTestId('first-steps')).toHaveCount(0);
  const chart = page.getByTestId('dash-echart-agreementStatus');
  await expect(chart).toHaveAttribute('data-font-ready', 'true');
  await expect(chart.locator('svg text').first()).toBeAttached();
  type FontGlobals = {
    document: { fonts: Iterable<{ family: string; status: string }> & { check(font: string, text: string): boolean } };
  };
  const bundledFace = () => {
    const fonts = (globalThis as unknown as FontGlobals).document.fonts;
    const loaded = [...fonts].some((f) => f.family.replace(/["']/g, '') === 'Noto Sans SC' && f.status === 'loaded');
    return loaded && fonts.check('12px "Noto Sans SC"', '即将到期生效');
  };
  expect(await page.evaluate(bundledFace)).toBe(true);
  // The chart's text names the font stack that ends in the bundled face.
  expect(await chart.locator('svg text').first().evaluate((el) => (el as unknown as { outerHTML: string }).outerHTML)).toContain('Noto Sans SC');
});
