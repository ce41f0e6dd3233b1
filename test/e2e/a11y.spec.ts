import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { MAIN_SCREENS, openScreen, startOnSampleData } from './mainScreens';

// Every main screen, on the sample data: axe-core (WCAG 2 A and AA) finds no serious or
// critical violation. Feature specs check their own dialogs; this sweep keeps the screens honest.

test.describe.configure({ timeout: 180_000 });

// Screens in groups of six, one test each, so a slow machine does not time out the sweep.
const GROUP_SIZE = 6;
const GROUPS = Array.from({ length: Math.ceil(MAIN_SCREENS.length / GROUP_SIZE) }, (_, i) =>
  MAIN_SCREENS.slice(i * GROUP_SIZE, (i + 1) * GROUP_SIZE),
);

for (const group of GROUPS) {
  const names = group.map((s) => s.name).join(', ');
  test(`no serious or critical accessibility violation on ${names}`, async ({ page, harness }) => {
    const { running, ids } = await startOnSampleData(page, harness);
    const failures: { screen: string; rule: string; impact: string | null | undefined; targets: string[] }[] = [];
    for (const screen of group) {
      await openScreen(page, running.url, screen, ids);
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of result.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        failures.push({ screen: screen.name, rule: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) });
      }
    }
    expect(failures).toEqual([]);
  });
}

test('the quick capture dialog and the search results are accessible', async ({ page, harness }) => {
  const { running, ids } = await startOnSampleData(page, harness);
  await openScreen(page, running.url, { name: 'dashboard', route: '/dashboard' }, ids);
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('dialog')).toBeVisible();
  const capture = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('[role="dialog"]').analyze();
  expect(capture.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('hw');
  await expect(page.getByRole('option').first()).toBeVisible();
  const search = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(search.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
