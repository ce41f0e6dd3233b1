import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { organisationCodeCheckChar, usccCheckChar } from '../../src/shared/domain/rules/uscc';
import { HARNESS_SAVE_DIR } from '../harness/server';
import { expect, test } from './fixtures';
import { startOnSampleData } from './mainScreens';
import { AppPage } from './pages/AppPage';
import { ImportPage } from './pages/ImportPage';
import { PartnerListPage } from './pages/PartnerListPage';
import { chooseOption } from './pages/selectOption';

// The import wizard end to end on the sample data: an Excel roster with a title row, Chinese
// headers, three new partners, one USCC with a wrong check character (imported marked
// unverified, issue 10), one partner the database already has and one malformed USCC; then a GB18030 CSV from Chinese Excel (chosen with the keyboard, its
// mapping saved and picked again), imported all-or-nothing.

test.describe.configure({ timeout: 240_000 });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

/** A valid USCC (inner organisation code check included) from an 8-digit serial. */
function uscc(serial: number): string {
  const org = String(serial).padStart(8, '0');
  const first17 = `91440300${org}${organisationCodeCheckChar(org)}`;
  return first17 + usccCheckChar(first17);
}

/** The same code with a different, wrong last character. */
function withWrongCheck(code: string): string {
  return code.slice(0, 17) + (code.endsWith('1') ? '2' : '1');
}

async function samplePartnerWithUscc(page: Page): Promise<{ fullName: string; uscc: string }> {
  const found = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const list = (await api.invoke('partners:list', { pageSize: 100, sortBy: 'fullName' })).value as { items: { fullName: string; uscc: string | null }[] };
    return list.items.find((p) => p.uscc !== null) ?? null;
  });
  if (!found?.uscc) throw new Error('the sample data has no partner with a USCC');
  return { fullName: found.fullName, uscc: found.uscc };
}

/** axe-core (WCAG 2 A/AA) on the wizard as it is now: no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('[data-testid="import-page"]').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
}

const NEW_PARTNERS = ['深圳市晨光精密制造有限公司', '东莞市远航物流有限公司', '广州市云帆软件科技有限公司'];
const WRONG_USCC = withWrongCheck(uscc(20240004));
const MALFORMED_USCC = '91440300ABC';

async function rosterXlsx(existing: { fullName: string; uscc: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('合作企业');
  sheet.addRow(['2024年合作企业名册']);
  sheet.mergeCells('A1:D1');
  sheet.addRow(['单位名称', '统一社会信用代码', '联系人', '手机']);
  NEW_PARTNERS.forEach((name, i) => sheet.addRow([name, uscc(20240001 + i), `联系人${i + 1}`, `1381234567${i}`]));
  sheet.addRow(['佛山市错码机械有限公司', WRONG_USCC, '王五', '13900000000']);
  sheet.addRow([existing.fullName, existing.uscc, '赵六', '13700000000']);
  sheet.addRow(['韶关市格式错误有限公司', MALFORMED_USCC, '钱七', '13600000000']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

test('import an Excel roster: mapping, preview errors, only valid rows, error report', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const existing = await samplePartnerWithUscc(page);
  const wizard = new ImportPage(page);
  await wizard.open(running.url);
  await expect(page.getByTestId('import-title')).toHaveText('导入数据');

  await wizard.chooseFile('合作企业名册.xlsx', await rosterXlsx(existing));
  await expect(page.getByTestId('import-file-chosen')).toContainText('合作企业名册.xlsx');

  // Read: the title row is skipped and the header found on row 2.
  await wizard.nextTo('read');
  await expect(page.getByTestId('import-format')).toHaveText('Excel (.xlsx)');
  await expect(page.locator('#import-header-row')).toHaveValue('2');
  await expect(page.getByTestId('import-data-rows')).toHaveText('6');
  await expect(page.getByTestId('import-notes')).toContainText('第 1 行：已跳过标题行');
  await expectAccessible(page);

  // Map: every Chinese header got its field.
  await wizard.nextTo('map');
  await expect(page.getByTestId('import-map-header-0')).toHaveText('单位名称');
  await expect(wizard.mappingField(0)).toContainText('单位名称 *');
  await expect(wizard.mappingField(1)).toContainText('统一社会信用代码');
  await expect(wizard.mappingField(2)).toContainText('联系人姓名');
  await expect(wizard.mappingField(3)).toContainText('联系人手机');
  await expectAccessible(page);

  // Preview: rows 3–8 of the sheet; row 6 has the wrong check character (a warning: it is
  // imported unverified), row 7 is in the database, row 8's USCC is malformed (an error).
  await wizard.nextTo('preview');
  await expect(wizard.count('rows')).toHaveAttribute('data-value', '6');
  await expect(wizard.count('valid')).toHaveAttribute('data-value', '5');
  await expect(wizard.count('invalid')).toHaveAttribute('data-value', '1');
  await expect(wizard.count('duplicates')).toHaveAttribute('data-value', '1');
  await expect(wizard.previewRow(8)).toHaveAttribute('data-status', 'invalid');
  await expect(wizard.previewRow(7)).toHaveAttribute('data-status', 'duplicate');
  await expect(wizard.previewRow(6)).toHaveAttribute('data-warned', 'true');
  await expect(page.getByTestId('import-cell-8-uscc')).toHaveAttribute('data-invalid', 'true');
  await expect(page.getByTestId('import-cell-6-uscc')).toHaveAttribute('data-warned', 'true');
  await expect(page.getByTestId('import-cell-8-fullName')).not.toHaveAttribute('data-invalid', 'true');
  await expect(page.getByTestId('import-cell-3-uscc')).not.toHaveAttribute('data-invalid', 'true');
  const expected = usccCheckChar(WRONG_USCC.slice(0, 17));
  await expect(page.getByTestId('import-errors').locator('[data-testid="import-error"]')).toHaveCount(1);
  await expect(wizard.error(8, 'uscc')).toContainText('统一社会信用代码应为 18 位');
  await wizard.issuesTab('warnings');
  await expect(page.locator('[data-testid="import-warning"][data-row="6"][data-field="uscc"][data-code="USCC_UNVERIFIED"]')).toContainText(
    `校验位不正确（应为 ${expected}），将标记为“未核验”导入`,
  );
  await wizard.issuesTab('duplicates');
  await expect(page.getByTestId('import-duplicate-7')).toContainText(`已有记录：${existing.fullName}`);
  await expect(page.getByTestId('import-duplicate-action-7')).toContainText('跳过');
  await expectAccessible(page);
  await wizard.issuesTab('errors');

  // The error report: the original rows with an error column, saved where the user chose.
  await page.getByTestId('import-error-report').click();
  await expect(page.getByTestId('import-error-report-saved')).toBeVisible();
  const reportDir = path.join(running.dataDir, HARNESS_SAVE_DIR);
  const reportName = fs.readdirSync(reportDir).find((f) => f.endsWith('.xlsx'));
  expect(reportName).toBeDefined();
  const report = new ExcelJS.Workbook();
  await report.xlsx.readFile(path.join(reportDir, reportName ?? ''));
  const reportSheet = report.worksheets[0];
  const header = (reportSheet?.getRow(1).values as unknown[]).map(String);
  expect(header).toContain('错误');
  const reportText = JSON.stringify(reportSheet?.getSheetValues());
  expect(reportText).toContain(MALFORMED_USCC);
  expect(reportText).toContain('应为 18 位');

  // Confirm: all-or-nothing is refused while a row is invalid; only the valid rows go in.
  await wizard.nextTo('confirm');
  await expect(page.getByRole('radio', { name: /全部导入或全部不导入/ })).toBeDisabled();
  await expect(page.getByTestId('import-blocked')).toBeVisible();
  await expect(page.getByTestId('import-start')).toBeDisabled();
  await expectAccessible(page);
  await page.getByRole('radio', { name: /只导入有效行/ }).check();
  await expect(page.getByTestId('import-unverified-action-6')).toContainText('标记为未核验后导入');
  await expect(page.getByTestId('import-plan')).toHaveText('预计新建 4 条，更新 0 条，合并 0 条，跳过 2 条。');
  await wizard.start();
  await expect(wizard.resultCount('created')).toHaveAttribute('data-value', '4');
  await expect(wizard.resultCount('updated')).toHaveAttribute('data-value', '0');
  await expect(wizard.resultCount('skipped')).toHaveAttribute('data-value', '2');
  await expect(wizard.resultCount('duplicates')).toHaveAttribute('data-value', '1');
  await expect(wizard.resultCount('errors')).toHaveAttribute('data-value', '1');
  await expectAccessible(page);

  // The new partners are in the register, the unverified one too; the malformed one is not.
  await page.getByTestId('import-open-list').click();
  const partners = new PartnerListPage(page);
  await expect(partners.list()).toBeVisible();
  const app = new AppPage(page);
  for (const name of NEW_PARTNERS) {
    await app.headerSearch(name);
    await expect(partners.row(name)).toHaveCount(1);
  }
  await app.headerSearch('佛山市错码机械有限公司');
  await partners.expectTotal(1);
  await app.headerSearch('韶关市格式错误有限公司');
  await partners.expectTotal(0);
});

test('a GB18030 CSV: detected, a saved mapping reused, imported all-or-nothing; a file over 10 MB is refused in the page', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const wizard = new ImportPage(page);
  await wizard.open(running.url);

  await wizard.chooseFile('太大了.xlsx', Buffer.alloc(10 * 1024 * 1024 + 1));
  await expect(page.getByTestId('import-file-problem')).toContainText('超过 10 MB');
  await expect(page.getByTestId('import-next')).toBeDisabled();

  const csv = ['单位名称,统一社会信用代码,所在地区', `湖南省湘江数控设备有限公司,${uscc(20250001)},湖南省长沙市`, `株洲市动力轨道装备有限公司,${uscc(20250002)},湖南省株洲市`].join('\r\n');
  await expectAccessible(page);
  // Keyboard: the button inside the drop zone opens the file chooser.
  await page.getByTestId('import-choose-file').focus();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: '合作单位.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gb18030') });
  await expect(page.getByTestId('import-file-chosen')).toContainText('合作单位.csv');
  await expect(page.getByTestId('import-file-problem')).toHaveCount(0);
  await wizard.nextTo('read');
  await expect(page.getByTestId('import-format')).toHaveText('CSV');
  await expect(page.getByTestId('import-encoding')).toContainText('GB18030');
  await wizard.nextTo('map');
  await expect(page.getByTestId('import-map-header-0')).toHaveText('单位名称');
  await expect(wizard.mappingField(2)).toContainText('所在地区');

  // A saved mapping comes back: ignore 所在地区, save, map it again, then pick the saved one.
  const app = new AppPage(page);
  await wizard.chooseField(2, '（不导入此列）');
  await page.getByTestId('import-mapping-name').fill('湖南名册');
  await page.getByTestId('import-save-mapping').click();
  await expect(page.getByText('已保存对应方案“湖南名册”')).toBeVisible();
  await wizard.chooseField(2, '所在地区');
  await app.pickOption(page.getByTestId('import-saved-mapping'), '湖南名册');
  await expect(wizard.mappingField(2)).toContainText('不导入此列');
  await wizard.chooseField(2, '所在地区');
  await wizard.nextTo('preview');
  await expect(wizard.count('valid')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('import-errors-none')).toBeVisible();
  await expect(page.getByTestId('import-error-report')).toBeDisabled();
  await expect(page.getByTestId('import-cell-2-fullName')).toHaveText('湖南省湘江数控设备有限公司');

  await wizard.nextTo('confirm');
  await expect(page.getByRole('radio', { name: /全部导入或全部不导入/ })).toBeChecked();
  await expect(page.getByTestId('import-blocked')).toHaveCount(0);
  await wizard.start();
  await expect(wizard.resultCount('created')).toHaveAttribute('data-value', '2');
  await expect(wizard.resultCount('errors')).toHaveAttribute('data-value', '0');
  const names = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const list = (await api.invoke('partners:list', { pageSize: 10, q: '湘江数控' })).value as { items: { fullName: string; regionName: string | null }[] };
    return list.items.map((p) => `${p.fullName}|${p.regionName ?? ''}`);
  });
  expect(names).toEqual(['湖南省湘江数控设备有限公司|湖南省长沙市']);
});

/**
 * Holds the next import:analyze at the wire and answers it as the core answers a cancelled
 * job (a CANCELLED envelope) once the page has sent jobs:cancel. Holding it makes the test
 * independent of the machine's speed; the core side of Cancel (worker ended, nothing kept)
 * is tested in test/integration/import/importCancel.test.ts.
 */
async function holdAnalysisUntilCancel(page: Page): Promise<{ jobIds: Promise<{ analyze: string; cancel: string }> }> {
  let analyzeId: string | null = null;
  let cancelled!: (jobId: string) => void;
  const cancel = new Promise<string>((resolve) => (cancelled = resolve));
  const jobIds = new Promise<{ analyze: string; cancel: string }>((resolve) => {
    void cancel.then((c) => resolve({ analyze: analyzeId ?? '', cancel: c }));
  });
  await page.route('**/__ipc/invoke', async (route) => {
    const body = route.request().postDataJSON() as { channel: string; args: { value?: { jobId?: string } }[] };
    if (body.channel === 'jobs:cancel') cancelled(body.args[0]?.value?.jobId ?? '');
    // Only the first analysis is held; later calls (and every other channel) reach the core.
    if (body.channel !== 'import:analyze' || analyzeId !== null) return route.continue();
    analyzeId = body.args[0]?.value?.jobId ?? '';
    await cancel;
    await route.fulfill({ json: { outcome: 'resolved', value: { ok: false, error: { code: 'CANCELLED', message: 'cancelled by the user' } } } });
    await page.unroute('**/__ipc/invoke');
  });
  return { jobIds };
}

test('analysing shows progress with Cancel; Cancel keeps the wizard as it was and says so', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const wizard = new ImportPage(page);
  await wizard.open(running.url);
  const csv = ['单位名称,统一社会信用代码,所在地区', `湖南省湘江数控设备有限公司,${uscc(20250001)},湖南省长沙市`].join('\r\n');
  await wizard.chooseFile('合作单位.csv', Buffer.from(csv, 'utf8'), 'text/csv');

  // First analysis: progress and Cancel while it runs; Cancel stays on the file step, file kept, no error.
  const first = await holdAnalysisUntilCancel(page);
  await wizard.next();
  await expect(page.getByTestId('import-analyze-progress')).toBeVisible();
  await page.getByTestId('import-analyze-progress').getByTestId('job-cancel').click();
  const ids = await first.jobIds;
  expect(ids.cancel).toMatch(/^job-/);
  expect(ids.cancel).toBe(ids.analyze);
  await expect(page.getByTestId('import-analyze-cancelled')).toHaveText('已取消文件分析，之前的选择保持不变。');
  await expect(page.getByTestId('import-analyze-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-step-choose')).toBeVisible();
  await expect(page.getByTestId('import-file-chosen')).toContainText('合作单位.csv');
  await expect(page.locator('[data-testid="import-page"] .ant-alert-error')).toHaveCount(0);
  await expectAccessible(page);

  // Not held: the real analysis goes through and the note goes away.
  await wizard.nextTo('read');
  await expect(page.getByTestId('import-analyze-cancelled')).toHaveCount(0);
  await wizard.nextTo('map');
  await expect(wizard.mappingField(2)).toContainText('所在地区');

  // Re-analysis after a mapping change, cancelled: the old mapping is still shown.
  const again = await holdAnalysisUntilCancel(page);
  await chooseOption(page, wizard.mappingField(2), { search: '（不导入此列）', title: '（不导入此列）' });
  await expect(page.getByTestId('import-analyze-progress')).toBeVisible();
  await page.getByTestId('import-analyze-progress').getByTestId('job-cancel').click();
  await again.jobIds;
  await expect(page.getByTestId('import-analyze-cancelled')).toBeVisible();
  await expect(page.getByTestId('import-step-map')).toBeVisible();
  await expect(wizard.mappingField(2)).toContainText('所在地区');
  await expect(page.locator('[data-testid="import-page"] .ant-alert-error')).toHaveCount(0);
});
