import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, waitForApp } from './fixtures';
import { startOnSampleData } from './mainScreens';
import { HARNESS_PICKED_FOLDER, HARNESS_SAVE_DIR } from '../harness/server';

// The /data page (issue 6): back up now and to a picked folder, export everything, and a
// restore that the harness completes with its restart (Electron relaunches itself).

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

async function partnerTotal(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    return ((await api.invoke('partners:list', { pageSize: 1 })).value as { total: number }).total;
  });
}

test('back up now, back up to a folder, export all, restore after a change', async ({ page, harness }) => {
  test.setTimeout(180_000);
  const { running } = await startOnSampleData(page, harness);
  await page.goto(`${running.url}/index.html#/data`);
  await waitForApp(page);
  await expect(page.getByTestId('data-title')).toHaveText('导入导出与备份');
  await expect(page.getByTestId('data-import-link')).toHaveAttribute('href', /#\/data\/import$/);

  // 立即备份 → listed
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-created')).toBeVisible();
  const name = ((await page.getByTestId('backup-created').textContent()) ?? '').replace(/^.*已备份：/, '').trim();
  expect(name).toMatch(/^\d{8}-\d{6}-v\d+-manual\.sqlite$/);
  await expect(page.getByTestId('backup-list')).toContainText('手动');

  // 备份到… → a verified file in the folder the harness "picked", with the attachment file next to it
  const sha256 = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const partner = ((await api.invoke('partners:list', { pageSize: 1 })).value as { items: { id: string }[] }).items[0]!;
    const upload = { entityType: 'organisation', entityId: partner.id, kind: 'signed_scan', fileName: 'scan.pdf', dataBase64: btoa('%PDF-1.4\n% e2e scan\n%%EOF\n') };
    return ((await api.invoke('attachments:upload', upload)).value as { sha256: string }).sha256;
  });
  await page.getByTestId('backup-to').click();
  await expect(page.getByTestId('backup-copied')).toBeVisible();
  await expect(page.getByTestId('backup-written')).toContainText('和 1 个附件');
  const picked = path.join(running.dataDir, HARNESS_PICKED_FOLDER);
  expect(fs.readdirSync(picked).filter((n) => n.endsWith('.sqlite'))).toHaveLength(1);
  expect(fs.readdirSync(path.join(picked, 'PartnerDesk-attachments'))).toEqual([`${sha256}.pdf`]);

  // 从备份文件夹恢复… → the confirmation counts the attachment (already here); cancelled
  await page.getByTestId('restore-from-folder').click();
  await expect(page.getByTestId('restore-attachments')).toContainText('本机已有 1 个');
  await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.getByTestId('restore-attachments')).toBeHidden();

  // 导出全部数据 → one workbook in the save folder
  await page.getByTestId('data-export-all').click();
  await expect(page.getByTestId('data-export-saved')).toBeVisible({ timeout: 60_000 });
  const saved = fs.readdirSync(path.join(running.dataDir, HARNESS_SAVE_DIR)).filter((n) => n.endsWith('.xlsx'));
  expect(saved).toHaveLength(1);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(running.dataDir, HARNESS_SAVE_DIR, saved[0]!));
  expect(workbook.getWorksheet('organisation')?.rowCount).toBeGreaterThan(60);

  // A change after the backup, then restore the backup.
  const before = await partnerTotal(page);
  await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    await api.invoke('partners:create', { kind: 'enterprise', fullName: '恢复后应消失的有限公司' });
  });
  expect(await partnerTotal(page)).toBe(before + 1);
  await page.getByTestId(`backup-restore-${name}`).click();
  const counts = page.getByTestId('restore-counts');
  await expect(counts).toBeVisible();
  await expect(counts.getByRole('row', { name: /合作单位/ })).toBeVisible();
  await page.getByTestId('restore-confirm').click();
  await expect(page.getByTestId('restore-staged')).toContainText('请关闭并重新打开');
  await expect(page.getByTestId('restore-pre-backup')).toContainText('pre-restore');

  // The harness has no relaunch: its restart plays the app's.
  await harness.restart();
  await waitForApp(page);
  expect(await partnerTotal(page)).toBe(before);
  await page.goto(`${running.url}/index.html#/data`);
  await expect(page.getByTestId('data-last-restore')).toContainText(name);
});

test('the /data page is keyboard reachable and has no serious accessibility violation', async ({ page, harness }) => {
  test.setTimeout(120_000);
  const { running } = await startOnSampleData(page, harness);
  await page.goto(`${running.url}/index.html#/data`);
  await waitForApp(page);
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backup-list')).toContainText('手动');
  const result = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.getByTestId('backup-now').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('backup-to')).toBeFocused();
});
