import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { HARNESS_SAVE_DIR, readOpenedLog } from '../harness/server';
import { startOnSampleData } from './mainScreens';
import { AppPage } from './pages/AppPage';
import { ReportsPage } from './pages/ReportsPage';

// The Reports page end to end on the sample data: pick 协议台账 (R10), see known agreements in
// the preview, export Excel and PDF through the harness's save dialog and read the files back,
// open the file and its folder, follow an R1 figure to its source records, and switch to
// English (labels translate; report titles are official names and stay Chinese).

test.describe.configure({ timeout: 360_000 });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

/**
 * A numbered sample agreement whose term overlaps the 2026-2027 学年 (so R10 lists it), and the
 * official titles of R10 and R1, read from the core the way any client would.
 */
async function knownFacts(page: Page) {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const agreements = (await api.invoke('agreements:list', { pageSize: 200, sortBy: 'agreementNo', sortDir: 'asc' })).value as {
      items: { agreementNo: string | null; startDate: string | null; endDate: string | null }[];
    };
    const inYear = agreements.items.find(
      (a) => a.agreementNo && a.startDate && a.startDate <= '2027-08-31' && (a.endDate === null || a.endDate >= '2026-09-01'),
    );
    const reports = (await api.invoke('reports:list', {})).value as { id: string; title: string }[];
    return {
      agreementNo: inYear?.agreementNo ?? '',
      r10Title: reports.find((r) => r.id === 'R10')?.title ?? '',
      r1Title: reports.find((r) => r.id === 'R1')?.title ?? '',
    };
  });
}

function savedFile(dataDir: string, extension: string, nameHas = ''): string {
  const dir = path.join(dataDir, HARNESS_SAVE_DIR);
  const name = fs.readdirSync(dir).find((f) => f.endsWith(extension) && f.includes(nameHas));
  if (!name) throw new Error(`no ${extension} in ${dir}: ${fs.readdirSync(dir).join(', ')}`);
  return path.join(dir, name);
}

async function sheetTexts(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts;
}

test('pick 协议台账, preview, export Excel and PDF, open them, trace an R1 figure, switch to English', async ({ page, harness }) => {
  const { running } = await startOnSampleData(page, harness);
  const facts = await knownFacts(page);
  expect(facts.agreementNo).not.toBe('');
  expect(facts.r10Title).not.toBe('');
  const reports = new ReportsPage(page);
  await reports.open();
  await expect(page.getByTestId('reports-title')).toHaveText('统计报表');
  await expect(page.getByTestId('report-picker')).toContainText('管理台账');
  await expect(reports.item('R10')).toContainText(facts.r10Title);

  // R10 for the 学年 that contains the harness's today (2026-11-28): active agreements are in it.
  await reports.pick('R10');
  await reports.choosePeriod('2026-2027学年');
  await expect(page).toHaveURL(/report=R10/);
  await expect(page).toHaveURL(/period=academic-2026/);
  await expect(page.getByTestId('report-preview-title')).toHaveText(facts.r10Title);
  await expect(reports.preview()).toContainText(facts.agreementNo);

  // A reload keeps the report and period (they live in the URL).
  await page.reload();
  await reports.waitForPreview();
  await expect(reports.item('R10')).toHaveAttribute('aria-current', 'page');
  await expect(reports.preview()).toContainText(facts.agreementNo);

  // Excel: the harness's save dialog writes into <dataDir>/harness-saved.
  expect(await reports.export('xlsx')).toContain('.xlsx');
  const xlsx = savedFile(running.dataDir, '.xlsx');
  const texts = await sheetTexts(xlsx);
  expect(texts.some((text) => text.includes(facts.r10Title))).toBe(true);
  expect(texts).toContain(facts.agreementNo);

  // PDF, then open it and show it in its folder (recorded, not launched).
  expect(await reports.export('pdf')).toContain('.pdf');
  const pdf = savedFile(running.dataDir, '.pdf');
  expect(fs.readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await page.getByTestId('report-open-file').click();
  await page.getByTestId('report-reveal-file').click();
  await expect
    .poll(() => readOpenedLog(running.dataDir).filter((r) => r.action === 'openFile' || r.action === 'revealFile'))
    .toEqual([
      { action: 'openFile', file: pdf },
      { action: 'revealFile', file: pdf },
    ]);

  // R1: a figure opens the records behind it.
  await expect(page.getByTestId('report-picker')).toContainText('状态数据与年报');
  await reports.pick('R1');
  await reports.choosePeriod('2025-2026学年');
  await expect(page.getByTestId('report-preview-title')).toHaveText(facts.r1Title);
  await expect(reports.figures().first()).toBeVisible();
  await reports.figures().first().click();
  const drawer = reports.provenanceDrawer();
  await expect(drawer.getByTestId('provenance-item').first()).toBeVisible();
  expect(((await drawer.getByTestId('provenance-item').first().textContent()) ?? '').trim()).not.toBe('');
  await page.keyboard.press('Escape');
  await expect(drawer.getByTestId('provenance-item').first()).toBeHidden();

  // Only the filters a report applies are offered: R1 takes a major, R17 (data quality) none;
  // switching to R17 clears the major, so coming back shows R1 unfiltered.
  const major = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const majors = (await api.invoke('majors:list', { includeDeleted: false })).value as { code: string; name: string }[];
    return majors[0] ? `${majors[0].code} ${majors[0].name}` : '';
  });
  expect(major).not.toBe('');
  await new AppPage(page).pickOption(page.getByTestId('report-filter-major').locator('.ant-select'), major);
  await reports.waitForPreview();
  await expect(page).toHaveURL(/major=/);
  await reports.pick('R17');
  await expect(page.getByTestId('report-filter-major')).toHaveCount(0);
  await expect(page.getByTestId('report-filter-unit')).toHaveCount(0);
  // R17 describes now: no period picker, "截至 <today>" instead, and no period in the URL.
  await expect(page.getByTestId('report-period')).toHaveCount(0);
  await expect(page.getByTestId('report-as-of')).toContainText('截至');
  await expect(page).not.toHaveURL(/period=/);
  await expect(page.getByTestId('report-layout')).toHaveCount(0);
  await expect(page).not.toHaveURL(/major=/);
  await reports.pick('R1');
  await expect(page.getByTestId('report-filter-major')).toBeVisible();
  await expect(page.getByTestId('report-filter-major')).not.toContainText(major);

  // R3 has an upload layout: the switch shows the platform's sheet, exports only xlsx/csv, and the
  // file's row 1 is the platform's header (主键数据唯一性标识 first), with no title row.
  await reports.pick('R3');
  await reports.choosePeriod('2025-2026学年');
  await expect(page.getByTestId('report-layout')).toBeVisible();
  await page.getByTestId('report-layout-upload').click();
  await reports.waitForPreview();
  await expect(page).toHaveURL(/layout=upload/);
  await expect(page.getByTestId('report-preview-layout')).toContainText('上报版');
  await expect(reports.preview().locator('thead')).toContainText('主键数据唯一性标识');
  await expect(page.getByTestId('report-export-pdf')).toHaveCount(0);
  expect(await reports.export('xlsx')).toContain('上报版');
  const upload = new ExcelJS.Workbook();
  await upload.xlsx.readFile(savedFile(running.dataDir, '.xlsx', '上报版'));
  expect(upload.worksheets[0]?.getCell('A1').value).toBe('主键数据唯一性标识');
  expect(upload.worksheets[0]?.getCell('B1').value).toBe('学校代码');
  // Back to the review layout: the URL drops layout=, the title row returns.
  await page.getByTestId('report-layout-review').click();
  await reports.waitForPreview();
  await expect(page).not.toHaveURL(/layout=/);
  await expect(page.getByTestId('report-preview-layout')).toHaveCount(0);

  // English: the page's labels translate, the official report names do not.
  await new AppPage(page).nav('settings');
  await page.getByTestId('settings-tab-general').click();
  await page.getByTestId('settings-language').locator('label', { has: page.locator('input[value="en-US"]') }).click();
  await reports.open();
  await expect(page.getByTestId('reports-title')).toHaveText('Reports');
  await expect(page.getByTestId('report-picker')).toContainText('Management registers');
  await expect(reports.item('R10')).toContainText(facts.r10Title);
  await reports.pick('R10');
  await expect(page.getByTestId('report-export-xlsx')).toHaveText('Export Excel');
  await expect(page.getByTestId('report-filters')).toContainText('Academic year');
  await expect(page.getByTestId('report-preview-title')).toHaveText(facts.r10Title);
});
