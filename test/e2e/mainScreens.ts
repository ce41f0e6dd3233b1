import { expect, type Page } from '@playwright/test';
import type { HarnessFixture } from './fixtures';
import { AppPage } from './pages/AppPage';

// The main screens of the app, opened on the sample data with a fixed clock. Shared by the
// accessibility sweep and the README screenshots, so both always cover the same screens.

export interface MainScreen {
  name: string;
  /** Hash route; `{partner}` and `{agreement}` are replaced with a sample record's id. */
  route: string;
}

export const MAIN_SCREENS: readonly MainScreen[] = [
  { name: 'dashboard', route: '/dashboard' },
  { name: 'reminders', route: '/reminders' },
  { name: 'followups', route: '/followups' },
  { name: 'partners', route: '/partners' },
  { name: 'partner-detail', route: '/partners/{partner}' },
  { name: 'partner-form', route: '/partners/new' },
  { name: 'agreements', route: '/agreements' },
  { name: 'agreement-detail', route: '/agreements/{agreement}' },
  { name: 'agreement-form', route: '/agreements/new' },
  { name: 'programmes', route: '/programmes' },
  { name: 'courses', route: '/courses' },
  { name: 'funding-sources', route: '/funding?tab=sources' },
  { name: 'funding-txns', route: '/funding?tab=txns' },
  { name: 'funding-contributions', route: '/funding?tab=contributions' },
  { name: 'reports', route: '/reports?report=R1&period=academic-2025' },
  { name: 'settings', route: '/settings' },
  { name: 'trash', route: '/trash' },
  { name: 'data-import', route: '/data/import' },
  // [backup] main screens
  { name: 'data', route: '/data' },
  // [documents] main screens
  { name: 'agreement-document', route: '/agreements/{agreement}/document' },
  { name: 'document-templates', route: '/documents/templates' },
];

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

/** Starts on the sample data in Chinese and returns ids of a sample partner and an active agreement. */
export async function startOnSampleData(page: Page, harness: HarnessFixture) {
  const running = await harness.start({ now: '2026-11-28T02:00:00Z' });
  const app = new AppPage(page);
  await app.chooseLanguage('zh');
  await app.loadSampleData();
  const ids = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const partners = (await api.invoke('partners:list', { pageSize: 1, sortBy: 'fullName' })).value as { items: { id: string }[] };
    const agreements = (await api.invoke('agreements:list', { pageSize: 1, status: 'active' })).value as { items: { id: string }[] };
    return { partner: partners.items[0]?.id ?? '', agreement: agreements.items[0]?.id ?? '' };
  });
  return { running, ids };
}

/** Opens a screen by its route and waits until its data has arrived (no spinner, network quiet). */
export async function openScreen(page: Page, baseUrl: string, screen: MainScreen, ids: { partner: string; agreement: string }) {
  const route = screen.route.replace('{partner}', ids.partner).replace('{agreement}', ids.agreement);
  // Park the pointer: a hover left over from the last screen would change colours under test.
  await page.mouse.move(0, 0);
  await page.goto(`${baseUrl}/index.html#${route}`);
  await expect(page.locator('[data-app-state="loaded"]')).toBeAttached({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
}
