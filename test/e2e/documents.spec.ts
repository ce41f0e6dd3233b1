import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openScreen, startOnSampleData } from './mainScreens';

// Agreement documents end to end on the sample data: open an agreement, generate its
// document, see the parties in the preview and the missing merge fields, export a PDF
// after confirming the blanks, find the version in the list, then give the agreement its
// own wording of a clause and see it in the preview.

test.describe.configure({ timeout: 240_000 });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('generate an agreement document, export a PDF with confirmation, edit a clause', async ({ page, harness }) => {
  const { running, ids } = await startOnSampleData(page, harness);
  const parties = await page.evaluate(async (id) => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const agreement = (await api.invoke('agreements:get', { id })).value as { parties: { name: string }[] };
    return agreement.parties.map((p) => p.name);
  }, ids.agreement);
  expect(parties.length).toBeGreaterThanOrEqual(2);

  await openScreen(page, running.url, { name: 'agreement-detail', route: '/agreements/{agreement}' }, ids);
  await page.getByTestId('generate-document').click();
  await expect(page).toHaveURL(new RegExp(`#/agreements/${ids.agreement}/document$`));

  const preview = page.getByTestId('document-preview');
  for (const name of parties) await expect(preview).toContainText(name);

  // The sample agreement lacks some data: the fields are listed before any export.
  const missing = page.getByTestId('missing-field');
  await expect(missing.first()).toBeVisible();
  const missingCount = await missing.count();
  expect(missingCount).toBeGreaterThan(0);
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // Export asks for confirmation because of the blanks; the new version appears in the list.
  await expect(page.getByTestId('generated-none')).toBeVisible();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('export-confirm')).toContainText(`{${(await missing.first().innerText()).replace(/[{}]/g, '')}}`);
  await page.getByTestId('confirm-export').click();
  const row = page.getByTestId('generated-row-pdf-1');
  await expect(row).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText('_v1.pdf');
  await row.getByTestId('open-generated-pdf-1').click();
  // The file is an attachment of the agreement too (where the signed scan goes later).
  await page.getByTestId('back-to-agreement').click();
  await expect(page.getByTestId('agreement-attachments')).toContainText('_v1.pdf');
  await page.getByTestId('generate-document').click();

  // The agreement's own wording of the first clause shows in the preview.
  await page.getByTestId('edit-clauses').click();
  const body = page.getByTestId('clause-body-0');
  await body.fill('双方约定每年共同举办一次**校园专场招聘会**。');
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await page.getByTestId('save-clauses').click();
  await expect(page.getByTestId('clauses-state')).toHaveText('本协议使用自己的条款文字');
  await expect(preview).toContainText('双方约定每年共同举办一次校园专场招聘会。');
  await expect(preview.locator('strong', { hasText: '校园专场招聘会' })).toBeVisible();

  // Reset brings the template's wording back.
  await page.getByTestId('reset-clauses').click();
  await page.getByTestId('confirm-reset-clauses').click();
  await expect(page.getByTestId('clauses-state')).toHaveText('条款文字来自模板');
  await expect(preview).not.toContainText('校园专场招聘会');
});

test('copy a built-in template, save a new version, use it for a document', async ({ page, harness }) => {
  const { running, ids } = await startOnSampleData(page, harness);
  await openScreen(page, running.url, { name: 'document-templates', route: '/documents/templates' }, ids);
  await expect(page.getByTestId('template-row-builtin-mou-en')).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await page.getByTestId('copy-template-builtin-framework-zh').click();
  await expect(page.getByTestId('template-edit-page')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('template-name').fill('我校框架协议');
  await page.getByTestId('template-title').fill('校企深度合作协议书');
  expect(await seriousViolations(page, 'main')).toEqual([]);
  // Leaving the edited template asks first; 继续编辑 keeps the text.
  await page.getByTestId('nav-agreements').click();
  await expect(page.getByRole('dialog').filter({ hasText: '有未保存的修改，确定离开？' })).toBeVisible();
  await page.getByTestId('unsaved-stay').click();
  await expect(page.getByTestId('template-title')).toHaveValue('校企深度合作协议书');
  await page.getByTestId('save-template').click();
  await expect(page.getByTestId('template-versions')).toContainText('v2');
  await expect(page.getByTestId('document-preview')).toContainText('校企深度合作协议书');
});
