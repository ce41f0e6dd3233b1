import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';

// In-app help on a 1366×768 laptop: F1 on the partner list opens its topic, a guide opens from
// it, Esc closes, the header's 帮助 button and the heading's 本页帮助 link open the screen's topic,
// the drawer fits the screen and passes axe. Then the header in zh-CN and en-US: 待跟进事项, the
// search, 快速录入 and 帮助 never overlap, the search clears on another page, and no sidebar
// label is cut short.

const VIEWPORT = { width: 1366, height: 768 };
test.use({ viewport: VIEWPORT });
test.describe.configure({ timeout: 180_000 });

const NAV_SECTIONS = ['dashboard', 'reminders', 'partners', 'agreements', 'programmes', 'courses', 'funding', 'reports', 'data', 'settings', 'trash'];

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not visible)');
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function insideViewport(box: Box): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= VIEWPORT.width && box.y + box.height <= VIEWPORT.height;
}

/** The drawer slides in: wait until it has come to rest fully on screen. */
async function expectFullyVisible(page: Page, locator: Locator): Promise<void> {
  await expect.poll(async () => insideViewport(await boxOf(locator)), { timeout: 10_000 }).toBe(true);
  const box = await boxOf(locator);
  expect(box.width).toBeGreaterThan(300);
  expect(box.width).toBeLessThan(VIEWPORT.width / 2);
  expect(box.height).toBeGreaterThan(VIEWPORT.height - 2);
}

async function startIn(page: Page, harness: { start(o?: { now?: string }): Promise<unknown> }, language: 'zh' | 'en'): Promise<AppPage> {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage(language);
  await app.startEmpty();
  return app;
}

test('F1, the header button and the heading link open help on the screen’s topic; Esc closes it', async ({ page, harness }, testInfo) => {
  const app = await startIn(page, harness, 'zh');
  await app.nav('partners');
  await expect(page.getByTestId('partner-list-title')).toBeVisible();

  // F1 on the partner list: the partners topic, in a labelled dialog that fits the screen.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: '帮助' });
  await expect(help).toBeVisible();
  const title = help.getByTestId('help-topic-title');
  await expect(title).toHaveText('合作单位');
  await expect(help.getByRole('heading', { level: 3, name: '合作单位' })).toBeVisible();
  await expectFullyVisible(page, page.getByTestId('help-drawer'));
  await page.mouse.move(0, 0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="help-drawer"]').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // A guide from the topic: its steps in the screens' own words; the heading takes focus.
  await help.getByTestId('help-guide-link-importRoster').click();
  await expect(title).toHaveText('导入企业名册');
  await expect(title).toBeFocused();
  const steps = help.getByTestId('help-steps');
  await expect(steps.getByRole('listitem')).toHaveCount(8);
  await expect(steps.getByRole('listitem').first()).toHaveText('在左侧菜单点击“导入导出与备份”，再点击“打开导入向导”。');
  await expectFullyVisible(page, page.getByTestId('help-drawer'));
  // For a person to look at: the guide beside the screen at 1366×768.
  await page.screenshot({ path: testInfo.outputPath('help-guide.png') });
  // The guide's screen opens beside it, and help stays open to follow the steps.
  await help.getByTestId('help-open-page').click();
  await expect(page.getByTestId('import-title')).toBeVisible();
  await expect(help).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The header's 帮助: the topic of the screen the user is on (the import wizard now).
  await page.getByTestId('help-button').click();
  await expect(help).toBeVisible();
  await expect(title).toHaveText('导入数据');
  await expectFullyVisible(page, page.getByTestId('help-drawer'));
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // The heading's 本页帮助 on the partner list; the index lists every guide.
  await app.nav('partners');
  await expect(page.getByTestId('partner-list-title')).toBeVisible();
  await page.getByTestId('page-help').click();
  await expect(help).toBeVisible();
  await expect(title).toHaveText('合作单位');
  await help.getByTestId('help-index-link').click();
  await expect(help.getByTestId('help-index')).toBeVisible();
  for (const guide of ['导入企业名册', '生成年度报表（状态数据、质量年报）', '生成合作协议', '备份到U盘并恢复']) {
    await expect(help.getByTestId('help-index').getByRole('button', { name: guide })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

for (const language of ['zh', 'en'] as const) {
  test(`the header never overlaps and the search clears on another page (${language})`, async ({ page, harness }) => {
    await startIn(page, harness, language);
    await expect(page.getByTestId('dashboard-title')).toBeVisible();

    const parts = {
      followUps: page.getByTestId('nav-followups'),
      search: page.getByTestId('header-search'),
      capture: page.getByTestId('quick-capture'),
      help: page.getByTestId('help-button'),
    };
    await expect(parts.help).toHaveText(language === 'zh' ? '帮助' : 'Help');
    const boxes = Object.entries(parts);
    for (const [name, locator] of boxes) {
      await expect(locator, name).toBeVisible();
      const box = await boxOf(locator);
      expect(insideViewport(box), `${name} ${JSON.stringify(box)}`).toBe(true);
      expect(box.y + box.height, `${name} stays in the 64px header`).toBeLessThanOrEqual(64);
    }
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const [a, la] = boxes[i] ?? [];
        const [b, lb] = boxes[j] ?? [];
        if (!la || !lb) continue;
        expect(overlaps(await boxOf(la), await boxOf(lb)), `${a} and ${b} overlap`).toBe(false);
      }
    }

    // Text typed in the search is gone once another page opens from the sidebar.
    const box = parts.search.getByRole('searchbox');
    await box.fill('abc');
    await expect(box).toHaveValue('abc');
    await page.getByTestId('nav-agreements').click();
    await expect(page.getByTestId('agreement-list-title')).toBeVisible();
    await expect(box).toHaveValue('');

    // Every sidebar label shows in full at the sider's 208px (no "Import, export & b…").
    for (const section of NAV_SECTIONS) {
      const cut = await page.getByTestId(`nav-${section}`).evaluate((link) => {
        // The e2e tsconfig has no DOM library: the two members used here.
        type El = { scrollWidth: number; clientWidth: number; closest(selector: string): El | null };
        const label = (link as unknown as El).closest('.ant-menu-title-content') ?? (link as unknown as El);
        return label.scrollWidth > label.clientWidth + 1;
      });
      expect(cut, `nav-${section} is cut short`).toBe(false);
    }
  });
}
