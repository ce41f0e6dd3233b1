import { createHash } from 'node:crypto';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readOpenedLog } from '../harness/server';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { AgreementDetailPage } from './pages/AgreementDetailPage';
import { AgreementFormPage } from './pages/AgreementFormPage';
import { AgreementListPage } from './pages/AgreementListPage';

// Agreements end to end: a three-party agreement through the form, activated and renewed
// (the renewal opens pre-filled and linked, the chain shows both), a signed scan uploaded
// and opened through the harness's desktop recorder, and axe on list, form and detail.
// The core's clock is 10:00 on 28 November 2026 in Beijing.

test.describe.configure({ timeout: 180_000 });

async function seriousViolations(page: Page, selector: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('create a three-party agreement, renew it, attach and open its signed scan', async ({ page, harness }) => {
  const app = new AppPage(page);
  const list = new AgreementListPage(page);
  const form = new AgreementFormPage(page);
  const detail = new AgreementDetailPage(page);
  // The page counts "days left" with its own clock: fix it to the core's, or the count drifts daily.
  await page.clock.setFixedTime(new Date('2026-11-28T02:00:00Z'));
  const running = await harness.start({ now: '2026-11-28T02:00:00Z' });
  await app.chooseLanguage('zh');
  await app.loadSampleData();

  await list.open();
  await expect(list.rows().first()).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // The filters live in the URL under the names the dashboard links to.
  await app.pickOption(page.locator('#agreement-filter-expiry'), '90 天内到期');
  await expect(page).toHaveURL(/[?&]expiringWithinDays=90(&|$)/);
  await page.getByTestId('agreement-filter-reset').click();
  await expect(page).not.toHaveURL(/expiringWithinDays/);

  await list.newAgreement();
  await form.fillBasics({ title: '三方实习协议（e2e）', agreementNo: 'E2E-2024-001', type: '实习基地', startDate: '2024-01-01', endDate: '2026-12-31' });
  await form.fillParty(0, { name: '示例职业技术学院', signatory: '王校长', signedDate: '2023-12-20', sealed: true });
  const enterprise = await form.pickPartner(1, '有限公司');
  await form.fillParty(1, { signatory: '李总' });
  await form.addParty();
  await form.setPartyType(2, '学生');
  await form.fillParty(2, { name: '张三' });
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await form.save();

  const firstId = await detail.id();
  await expect(detail.title()).toHaveText('三方实习协议（e2e）');
  await expect(detail.status()).toHaveText('草稿');
  await expect(detail.partyRows()).toHaveCount(3);
  await expect(detail.party('甲')).toContainText('示例职业技术学院');
  await expect(detail.party('甲')).toContainText('王校长');
  await expect(detail.party('乙')).toContainText(enterprise);
  await expect(detail.party('丙')).toContainText('张三');
  await expect(detail.party('丙')).toContainText('学生');
  await expect(page.getByTestId('attachment-list-empty')).toBeVisible();
  expect(await seriousViolations(page, 'main')).toEqual([]);

  // draft → active, confirmed; 33 days before its end it is "expiring".
  await detail.transition('active');
  await expect(detail.status()).toHaveText('即将到期');
  await expect(page.getByTestId('agreement-end-date')).toHaveText('2026-12-31（剩 33 天）');

  // Renew: the same 36-month term again is suggested.
  const endInput = await detail.openRenewDialog();
  await expect(endInput).toHaveValue('2029-12-31');
  await page.getByTestId('renew-agreement-no').fill('E2E-2027-001');
  await page.getByTestId('confirm-renew').click();

  // The new agreement opens, pre-filled from the old one and linked to it.
  // Renewing writes two agreements and their audit rows; allow for a busy machine.
  await expect(detail.root()).not.toHaveAttribute('data-agreement-id', firstId, { timeout: 15_000 });
  const secondId = await detail.id();
  await expect(detail.title()).toHaveText('三方实习协议（e2e）');
  await expect(detail.status()).toHaveText('草稿');
  await expect(detail.partyRows()).toHaveCount(3);
  await expect(detail.party('乙')).toContainText(enterprise);
  await expect(detail.party('丙')).toContainText('张三');
  await expect(page.getByTestId('agreement-fields')).toContainText('E2E-2027-001');
  await expect(page.getByTestId('agreement-fields')).toContainText('2027-01-01');
  await expect(page.getByTestId('agreement-end-date')).toHaveText('2029-12-31');
  await expect(detail.chainVersions()).toHaveCount(2);
  await expect(detail.chainVersion(0)).toHaveAttribute('data-agreement-id', firstId);
  await expect(detail.chainVersion(0)).toContainText('E2E-2024-001');
  await expect(detail.chainVersion(1)).toHaveAttribute('data-agreement-id', secondId);
  await expect(detail.chainVersion(1)).toContainText('当前');

  // The old one, reached through the chain, is now "renewing" and shows the same chain.
  await detail.chainVersion(0).getByRole('link').click();
  await expect(detail.root()).toHaveAttribute('data-agreement-id', firstId);
  await expect(detail.status()).toHaveText('续签中');
  await expect(detail.chainVersions()).toHaveCount(2);
  await expect(detail.chainVersion(1)).toHaveAttribute('data-agreement-id', secondId);

  // Upload the signed scan by setting the drop zone's file input, then open it.
  await detail.uploadFile({ name: '三方协议签字盖章版.pdf', mimeType: 'application/pdf', buffer: PDF });
  await expect(detail.attachmentRows()).toHaveCount(1);
  const row = detail.attachmentRows().first();
  await expect(row).toContainText('三方协议签字盖章版.pdf');
  await row.locator('[data-testid^="mark-signed-scan-"]').click();
  await expect(row).toContainText('签署扫描件');
  expect(readOpenedLog(running.dataDir)).toEqual([]);
  // antd spaces out two-character Chinese button labels ("打 开"), so the test id is used.
  await row.locator('[data-testid^="open-attachment-"]').click();
  const sha = createHash('sha256').update(PDF).digest('hex');
  await expect.poll(() => readOpenedLog(running.dataDir)).toEqual([
    { action: 'openFile', file: path.join(running.dataDir, 'attachments', `${sha}.pdf`) },
  ]);
  expect(await seriousViolations(page, 'main')).toEqual([]);
});
