import path from 'node:path';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { PartnerListPage } from './pages/PartnerListPage';

// Screenshots of the main screens on the sample data, with the bundled font: a check that
// Chinese renders without system fonts. `npm run screenshots` writes them to docs/screenshots
// for the README; a normal test run keeps them in its own output folder.

test.describe.configure({ timeout: 120_000 });

test('main screens, in Chinese, on the sample data', async ({ page, harness }, testInfo) => {
  const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? path.resolve('docs/screenshots') : testInfo.outputPath();
  await page.setViewportSize({ width: 1366, height: 820 });
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.loadSampleData();
  const list = new PartnerListPage(page);
  await expect(list.rows().first()).toBeVisible();
  // The bundled Noto Sans SC is what renders the Chinese (this machine has no CJK font).
  type FontGlobals = { document: { fonts: { check(font: string, text: string): boolean } } };
  const fontReady = () => (globalThis as unknown as FontGlobals).document.fonts.check('16px "Noto Sans SC"', '合作单位');
  await expect.poll(() => page.evaluate(fontReady)).toBe(true);
  await page.screenshot({ path: path.join(OUT, 'partners.png') });
  const name = (await list.rows().first().getByRole('link').textContent()) ?? '';
  await list.openPartner(name);
  await expect(page.getByTestId('partner-title')).toContainText(name);
  await page.screenshot({ path: path.join(OUT, 'partner-detail.png') });
  await page.getByTestId('nav-agreements').click();
  await expect(page.getByTestId('agreement-list')).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'agreements.png') });
});
