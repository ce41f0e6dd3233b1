import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseOption } from './pages/selectOption';
import { fillDate } from './pages/dateField';
import { pickOption, SettingsPage } from './pages/AdminPages';
import { AppPage } from './pages/AppPage';
import { TrashPage } from './pages/TrashPage';

// Settings, courses, funding and the trash through the real core and preload (harness):
// the college profile survives a restart, master data, a course, a transaction typed in
// 元, a contact and an order class trashed, restored and purged; axe on every one of these screens.

// One long walk through four screens; on a loaded 2-core machine it has taken over three minutes.
test.describe.configure({ timeout: 300_000 });

/** The part of the DOM's Animation that is read here (the node tsconfig has no DOM types). */
interface PageAnimation {
  playState: string;
  effect: { getComputedTiming(): { iterations?: number } } | null;
}

async function expectAccessible(page: Page): Promise<void> {
  // A hovered primary button is lighter (antd's hover colour); scan the page at rest.
  await page.mouse.move(0, 0);
  // Wait for the hover-out transitions to finish rather than a fixed time (infinite
  // animations, such as a spinner, never finish and are left out).
  await page.waitForFunction(() => {
    const doc = (globalThis as unknown as { document: { getAnimations(): PageAnimation[] } }).document;
    return doc.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity);
  });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('settings, courses, funding and trash', async ({ page, harness }) => {
  const app = new AppPage(page);
  const settings = new SettingsPage(page);
  await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.expectState('onboarding');
  await app.chooseLanguage('zh');
  await app.loadSampleData();

  // College profile, kept across a real restart on the same data folder.
  await settings.open('college');
  await settings.collegeField('fullName').fill('深圳示范职业技术学院');
  await settings.collegeField('legalRepresentative').fill('张校长');
  await page.getByTestId('save-college').click();
  await expect(page.getByTestId('history-panel')).toContainText('深圳示范职业技术学院');
  await expectAccessible(page);
  await harness.restart();
  await app.expectState('loaded');
  await settings.open('college');
  await expect(settings.collegeField('fullName')).toHaveValue('深圳示范职业技术学院');
  await expect(settings.collegeField('legalRepresentative')).toHaveValue('张校长');

  // A college unit, then a major in it.
  await settings.open('units');
  await settings.addReference('unit', { name: '航空维修学院', code: 'HK01' });
  await expect(page.getByTestId('unit-list')).toContainText('航空维修学院');
  await expectAccessible(page);
  await settings.open('majors');
  await settings.addReference('major', { code: '500405', name: '飞机机电设备维修' }, { orgUnitId: '航空维修学院' });
  const majorRow = page.getByTestId('major-list').locator('tr').filter({ hasText: '飞机机电设备维修' });
  await expect(majorRow).toContainText('500405');
  await expect(majorRow).toContainText('航空维修学院');
  // The unit is now in use: deleting it is refused and says by what.
  await settings.open('units');
  const unitRow = page.getByTestId('unit-list').locator('tr').filter({ hasText: '航空维修学院' });
  await unitRow.locator('[data-testid^="delete-unit-"]').click();
  await page.getByTestId('confirm-delete-unit').click();
  await expect(page.getByTestId('unit-in-use')).toContainText('专业 1 条');

  // A course for a sample partner.
  await app.nav('courses');
  await page.getByTestId('add-course').click();
  await page.getByTestId('course-name').fill('工业机器人编程');
  await pickOption(page, page.getByTestId('course-partner'), '');
  await page.getByTestId('save-course').click();
  await expect(page.getByTestId('course-list')).toContainText('工业机器人编程');
  await expectAccessible(page);

  // A transaction typed in 元 and shown in 元 with two decimals.
  await app.nav('funding');
  await page.getByTestId('add-txn').click();
  await pickOption(page, page.getByTestId('txn-sourceId'), '');
  await page.getByTestId('txn-amountYuan').fill('12,345.6');
  await fillDate(page.getByTestId('txn-date'), '2026-11-20');
  await page.getByTestId('txn-summary').fill('实训设备采购');
  await page.getByTestId('save-txn').click();
  const txnRow = page.getByTestId('funding-txn-list').locator('tr').filter({ hasText: '实训设备采购' });
  await expect(txnRow).toContainText('12,345.60');
  await expectAccessible(page);
  // The transaction's history: its insert, with the fields it set.
  await txnRow.locator('[data-testid^="history-txn-"]').click();
  const txnHistory = page.getByTestId('history-panel');
  await expect(txnHistory.getByTestId('history-entry-insert')).toBeVisible();
  await expect(txnHistory.getByTestId('history-entry-insert')).toContainText('实训设备采购');
  await expectAccessible(page);
  await page.keyboard.press('Escape');
  await expect(txnHistory).toBeHidden();
  await page.goto(page.url().replace(/#.*$/, '#/funding?tab=txns&year=2025'));
  await expect(page.getByTestId('funding-txn-list')).not.toContainText('实训设备采购');

  // A contact trashed, restored from the trash, trashed again and purged.
  await app.nav('partners');
  await page.locator('[data-testid^="partner-row-"]').first().getByRole('link').click();
  await expect(page.getByTestId('partner-title')).toBeVisible();
  const partnerUrl = page.url();
  await page.getByRole('tab', { name: '联系人' }).click();
  await page.getByTestId('add-contact').click();
  await page.getByTestId('field-name').locator('input').fill('临时联系人甲');
  await page.getByTestId('save-contact').click();
  const contactRow = page.getByTestId('contact-list').locator('tr').filter({ hasText: '临时联系人甲' });
  await contactRow.locator('[data-testid^="delete-contact-"]').click();
  await page.getByTestId('confirm-delete-contact').click();
  await expect(contactRow).toHaveCount(0);
  const trash = new TrashPage(page);
  await trash.open();
  await trash.row('临时联系人甲').getByTestId('restore-contact').click();
  await expect(trash.row('临时联系人甲')).toHaveCount(0);
  await page.goto(partnerUrl);
  await page.getByRole('tab', { name: '联系人' }).click();
  await contactRow.locator('[data-testid^="delete-contact-"]').click();
  await page.getByTestId('confirm-delete-contact').click();
  await trash.open();
  await trash.row('临时联系人甲').getByTestId('purge-contact').click();
  await expect(page.getByTestId('confirm-purge')).toBeDisabled();
  await page.getByTestId('purge-confirm-input').fill('临时联系人甲');
  await expectAccessible(page);
  await page.getByTestId('confirm-purge').click();
  await expect(trash.row('临时联系人甲')).toHaveCount(0);
  await page.getByTestId('trash-entity-filter').click();
  await expectAccessible(page);
  await page.keyboard.press('Escape');

  // A programme record (an order class) trashed on its tab, restored from the trash, trashed and purged.
  await app.nav('programmes');
  await page.getByTestId('tab-orderClasses').click();
  await page.getByTestId('new-orderClasses').click();
  const classForm = page.getByTestId('programme-form-orderClasses');
  await classForm.getByTestId('field-name').locator('input').fill('临时订单班乙');
  await chooseOption(page, classForm.getByTestId('field-organisationId').locator('.ant-select'), { search: '有限公司' });
  await page.getByTestId('save-programme').click();
  await expect(classForm).toBeHidden();
  const classRow = page.getByTestId('programme-list-orderClasses').locator('tbody tr', { hasText: '临时订单班乙' });
  const trashClass = async () => {
    await classRow.locator('[data-testid^="delete-"]').click();
    await page.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect(classRow).toHaveCount(0);
  };
  await trashClass();
  await trash.open();
  await expect(trash.row('临时订单班乙')).toContainText('订单班');
  await trash.row('临时订单班乙').getByTestId('restore-orderClass').click();
  await expect(trash.row('临时订单班乙')).toHaveCount(0);
  // The success message links to the tab that lists the restored record.
  await page.getByRole('button', { name: '查看所在列表' }).click();
  await expect(page).toHaveURL(/\/programmes\?tab=orderClasses/);
  await expect(classRow).toBeVisible();
  await trashClass();
  await trash.open();
  await trash.row('临时订单班乙').getByTestId('purge-orderClass').click();
  await page.getByTestId('purge-confirm-input').fill('临时订单班乙');
  await page.getByTestId('confirm-purge').click();
  await expect(trash.row('临时订单班乙')).toHaveCount(0);
  // The kind filter (?entityType=) knows the programme kinds and their labels.
  await page.goto(page.url().replace(/#.*$/, '#/trash?entityType=orderClass'));
  await expect(page.getByTestId('trash-entity-filter')).toContainText('订单班');
  await expect(trash.list()).not.toContainText('临时订单班乙');
});
