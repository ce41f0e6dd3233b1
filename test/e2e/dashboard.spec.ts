import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { PartnerListPage } from './pages/PartnerListPage';
import { createReminderData } from './reminderSetup';

// The dashboard with a fixed clock (2026-11-28 in China): an agreement ending in 60 days is
// counted and listed, and counts and chart figures open their filtered lists.

test.describe.configure({ timeout: 180_000 });

test('an agreement expiring in 60 days is on the dashboard, and its figures click through', async ({ page, harness }) => {
  const app = new AppPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.startEmpty();
  // The dashboard is the landing page.
  await expect(page.getByTestId('dashboard-title')).toHaveText('工作台');
  await createReminderData(page);
  await page.reload();
  await app.expectState('loaded');

  await expect(page.getByTestId('dash-count-expiringSoon')).toContainText('2');
  await expect(page.getByTestId('dash-count-agreements')).toContainText('2');
  await expect(page.getByTestId('dash-count-followUps')).toContainText('1');
  await expect(page.getByTestId('dash-count-partners')).toContainText('1');
  const expiring = page.getByTestId('dash-expiring-list');
  await expect(expiring.getByRole('listitem')).toHaveCount(2);
  await expect(expiring.getByRole('listitem').nth(0)).toContainText('南山精密订单班协议');
  await expect(expiring.getByRole('listitem').nth(1)).toContainText('南山精密实习基地协议');
  await expect(expiring.getByRole('listitem').nth(1)).toContainText('剩 60 天');
  await expect(page.getByTestId('dash-echart-agreementStatus').locator('svg')).toBeVisible();
  await expect(page.getByTestId('dash-figures-agreementStatus')).toContainText('即将到期 2');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A count opens the agreement list of the same agreements: status 即将到期.
  await page.getByTestId('dash-count-expiringSoon').click();
  await expect(page).toHaveURL(/#\/agreements\?status=expiring$/);
  await expect(page.getByTestId('agreement-count')).toHaveText('2');
  await expect(page.getByTestId('agreement-list')).toContainText('南山精密实习基地协议');

  // A chart figure opens the partner list filtered by industry, showing the partner.
  await app.nav('dashboard');
  await page.getByTestId('dash-figures-industry').getByRole('link', { name: /^C / }).click();
  await expect(page).toHaveURL(/#\/partners\?industrySection=C$/);
  const partners = new PartnerListPage(page);
  await partners.expectTotal(1);
  await expect(partners.rows().first()).toContainText('深圳市南山精密制造有限公司');

  // The region figure uses the province prefix.
  await app.nav('dashboard');
  await page.getByTestId('dash-figures-region').getByRole('link', { name: '广东省' }).click();
  await expect(page).toHaveURL(/#\/partners\?region=%E5%B9%BF%E4%B8%9C%E7%9C%81$/);
  await partners.expectTotal(1);

  // Follow-ups due open the reminders of that kind.
  await app.nav('dashboard');
  await page.getByTestId('dash-count-followUps').click();
  await expect(page).toHaveURL(/#\/reminders\?kind=followup$/);
  await expect(page.getByTestId('reminders-group-followup')).toContainText('深圳市南山精密制造有限公司');
});
