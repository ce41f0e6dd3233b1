import path from 'node:path';
import { expect, test } from './fixtures';
import { usccCheckChar } from '../../src/shared/domain/rules/uscc';
import { HARNESS_SAVE_DIR, readOpenedLog } from '../harness/server';
import { openScreen, startOnSampleData } from './mainScreens';

// Issue 12 proof: a framework agreement whose records are complete still lacks what no
// record holds. Every missing field leads to its input (学校信息 for the college contact,
// 文书填写项 on the page), the partner's main contact is named without asking, and the PDF
// is exported with 0 missing, named <协议名称>_v1.pdf, saved elsewhere and shown in its folder.

test.describe.configure({ timeout: 240_000 });
test.use({ viewport: { width: 1366, height: 768 } });

type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }> } };

const TITLE = '智能制造校企合作协议（测试）';
const USCC_BASE = '91440300MA5FUL8Q0';
const USCC = `${USCC_BASE}${usccCheckChar(USCC_BASE)}`;

test('fill every merge field from the UI and export the document with none missing', async ({ page, harness }) => {
  const { running, ids } = await startOnSampleData(page, harness);
  // The records side (partner register, agreement form) has its own specs: set it up directly.
  const agreementId = await page.evaluate(async ({ title, uscc }) => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const ok = async <T,>(channel: string, input: unknown): Promise<T> => {
      const r = await api.invoke(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value as T;
    };
    await ok('settings:update', { college: { fullName: '示例职业技术学院', legalRepresentative: '张校长', address: '广州市天河区', uscc: '12440000455858271M' } });
    const partner = await ok<{ id: string }>('partners:create', { kind: 'enterprise', fullName: '𠮷珺智能制造有限公司', uscc, legalRepresentative: '王总', address: '深圳市南山区科技园' });
    await ok('contacts:create', { organisationId: partner.id, name: '张明', mobile: '13812345678', isPrimary: true });
    const majors = await ok<{ id: string }[]>('majors:list', { includeDeleted: false });
    const agreement = await ok<{ id: string }>('agreements:create', {
      agreementNo: 'XQ-E2E-012',
      title,
      type: 'framework',
      majorIds: majors.slice(0, 1).map((m) => m.id),
      signDate: '2026-11-20',
      startDate: '2027-01-01',
      endDate: '2029-12-31',
      copiesTotal: 2,
      copiesEach: 1,
      parties: [
        { role: '甲', partyType: 'school' },
        { role: '乙', partyType: 'enterprise', organisationId: partner.id },
      ],
    });
    return agreement.id;
  }, { title: TITLE, uscc: USCC });
  // The app read its settings at start: reload so 学校信息 shows the profile set above.
  await page.reload();
  await expect(page.locator('[data-app-state="loaded"]')).toBeAttached({ timeout: 30_000 });

  const documentRoute = { name: 'agreement-document', route: `/agreements/${agreementId}/document` };
  await openScreen(page, running.url, documentRoute, ids);
  const missing = page.getByTestId('missing-field');
  // The partner's main contact fills 乙方联系人/电话 by itself.
  await expect(page.getByTestId('missing-fields')).toBeVisible();
  await expect(page.getByTestId('missing-fields')).not.toContainText('{乙方联系人}');
  await expect(page.getByTestId('doc-contact-乙')).toContainText('张明');

  // {甲方联系人} leads to 学校信息 with its input focused.
  await expect(page.getByTestId('missing-group-college')).toContainText('{甲方联系人}');
  await page.getByTestId('missing-group-college').getByRole('link', { name: '{甲方联系人}' }).click();
  const person = page.locator('#college_contactPerson');
  await expect(person).toBeFocused();
  await person.fill('李老师');
  await page.locator('#college_contactPhone').fill('020-38291234');
  await page.getByTestId('save-college').click();
  await expect(page.locator('.ant-message')).toContainText('已保存');

  await openScreen(page, running.url, documentRoute, ids);
  await expect(page.getByTestId('missing-group-college')).toHaveCount(0);
  // What no record holds is typed on this page: each missing entry focuses its input.
  await expect(page.getByTestId('missing-group-here')).toBeVisible();
  const fills: Record<string, string> = { 培养人数: '200', 每年接收人数: '30' };
  for (const [field, value] of Object.entries(fills)) {
    await page.getByTestId('missing-group-here').getByRole('button', { name: `{${field}}` }).click();
    const input = page.getByTestId(`doc-field-${field}`);
    await expect(input).toBeFocused();
    await input.fill(value);
  }
  await page.getByTestId('save-document-fields').click();
  await expect(page.getByTestId('missing-fields-none')).toBeVisible();
  await expect(missing).toHaveCount(0);
  const preview = page.getByTestId('document-preview');
  for (const text of ['李老师', '020-38291234', '张明', '13812345678', '200', '30']) await expect(preview).toContainText(text);

  // Export without a confirmation (nothing is missing); the file is named after the agreement.
  await page.getByTestId('export-pdf').click();
  await expect(page.getByTestId('export-confirm')).toHaveCount(0);
  const row = page.getByTestId('generated-row-pdf-1');
  await expect(row).toBeVisible({ timeout: 60_000 });
  await expect(row).toContainText(`${TITLE}_v1.pdf`);

  // 另存为 copies it where the officer chooses; 在文件夹中显示 shows it there.
  await page.getByTestId('save-copy-last').click();
  const notice = page.getByTestId('document-saved-copy');
  await expect(notice).toContainText(`${TITLE}_v1.pdf`);
  await notice.getByTestId('document-saved-copy-reveal').click();
  const saved = path.join(running.dataDir, HARNESS_SAVE_DIR, `${TITLE}_v1.pdf`);
  await expect.poll(() => readOpenedLog(running.dataDir).filter((r) => r.action === 'revealFile').map((r) => r.file)).toEqual([saved]);
});
