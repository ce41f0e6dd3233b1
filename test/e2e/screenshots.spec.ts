import path from 'node:path';
import { expect, test } from './fixtures';
import { MAIN_SCREENS, openScreen, startOnSampleData } from './mainScreens';

// Screenshots of the main screens on the sample data, with the bundled font: a check that
// Chinese renders without system fonts. `npm run screenshots` writes them to docs/screenshots
// for the README; a normal test run keeps them in its own output folder.

const README_SCREENS = ['dashboard', 'reminders', 'partners', 'partner-detail', 'agreements', 'agreement-detail', 'programmes', 'funding-txns'];

test.describe.configure({ timeout: 180_000 });

test('main screens, in Chinese, on the sample data', async ({ page, harness }, testInfo) => {
  const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : testInfo.outputPath();
  // The officer's laptop: 1366×768.
  await page.setViewportSize({ width: 1366, height: 768 });
  const { running, ids } = await startOnSampleData(page, harness);
  // The bundled Noto Sans SC is what renders the Chinese (this machine has no CJK font).
  type FontGlobals = { document: { fonts: { check(font: string, text: string): boolean } } };
  const fontReady = () => (globalThis as unknown as FontGlobals).document.fonts.check('16px "Noto Sans SC"', '合作单位');
  await expect.poll(() => page.evaluate(fontReady)).toBe(true);
  for (const screen of MAIN_SCREENS.filter((s) => README_SCREENS.includes(s.name))) {
    await openScreen(page, running.url, screen, ids);
    await page.screenshot({ path: path.join(OUT, `${screen.name}.png`) });
  }
  // The in-app help beside the agreements list (F1).
  await page.getByTestId('nav-agreements').click();
  await expect(page.getByRole('heading', { name: '合作协议', level: 1 })).toBeVisible();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: '帮助' })).toBeVisible();
  await expect(page.getByTestId('help-drawer')).toContainText('合作协议');
  await expect(page.getByTestId('help-drawer')).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: path.join(OUT, 'help.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '帮助' })).toBeHidden();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('dialog')).toBeVisible();
  // Let the dialog's zoom-in animation finish before the picture.
  await expect(page.locator('.ant-zoom-appear, .ant-zoom-enter')).toHaveCount(0);
  await page.screenshot({ path: path.join(OUT, 'quick-capture.png') });
});
