import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { resources } from '../../src/shared/i18n';
import { expect, test } from './fixtures';
import { openScreen, startOnSampleData } from './mainScreens';
import { ImportPage } from './pages/ImportPage';

// Every list at 1366×768 (the sider takes 208 px), on the sample data, in Chinese and in
// English: the page never scrolls sideways, each list's key column headers are on screen
// inside the table's own viewport, no cell's content spills out of it, a long text ends in
// an ellipsis with the whole text in a tooltip, and no button shows antd's "删 除" spacing.

test.use({ viewport: { width: 1366, height: 768 } });
test.describe.configure({ timeout: 360_000 });

type Lang = 'zh-CN' | 'en-US';
/** Sample ids: a partner, an agreement, and the partner whose placement figures the sample fills. */
type Ids = { partner: string; agreement: string; placements?: string };
type Invoke = { partnerdesk: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> } };

interface ListCase {
  name: string;
  /** Hash route; `{partner}` is a sample partner's id. */
  route: string;
  /** The element holding the list's table. */
  testId: string;
  /** i18n keys of the key column headers; `^key` matches a header that starts with the label. */
  keys: readonly string[];
  /** A partner-detail tab to open first (its label's i18n key). */
  tab?: string;
  /** The sample data has a text too long for its column here: its tooltip must show it whole. */
  clipped?: boolean;
}

const PROGRAMME_KEYS: Record<string, readonly string[]> = {
  internshipBases: ['programmes.fields.baseName', 'programmes.fields.organisationId', 'programmes.fields.status', 'common.actions'],
  orderClasses: ['programmes.fields.className', 'programmes.fields.organisationId', 'programmes.fields.employed', 'common.actions'],
  apprenticeships: ['programmes.fields.organisationId', 'programmes.fields.cohortYear', 'programmes.fields.mentors', 'common.actions'],
  industryColleges: ['programmes.fields.name', 'programmes.fields.partnerIds', 'programmes.fields.establishedDate', 'common.actions'],
  coBuiltMajors: ['programmes.fields.majorId', 'programmes.fields.partnerIds', 'programmes.fields.content', 'common.actions'],
  partTimeTeachers: ['programmes.fields.organisationId', 'programmes.fields.payFen', 'programmes.fields.qualification', 'common.actions'],
  teacherPractices: ['programmes.fields.organisationId', 'programmes.fields.endDate', 'programmes.fields.days', 'common.actions'],
  cert1x: ['programmes.fields.certName', 'programmes.fields.certOrganisationId', 'programmes.fields.passed', 'common.actions'],
};

const MAIN_LISTS: readonly ListCase[] = [
  { name: 'partners', route: '/partners', testId: 'partner-list', keys: ['partners.fields.fullName', 'partners.fields.status', 'partners.fields.updatedAt'] },
  {
    name: 'agreements',
    route: '/agreements',
    testId: 'agreement-list',
    keys: ['agreements.fields.title', 'agreements.fields.status', 'agreements.fields.parties', 'agreements.fields.endDate'],
    clipped: true,
  },
  { name: 'courses', route: '/courses', testId: 'course-list', keys: ['courses.fields.name', 'courses.fields.startDate', 'courses.fields.endDate', 'common.actions'] },
  { name: 'funding-txns', route: '/funding?tab=txns', testId: 'funding-txn-list', keys: ['funding.fields.date', 'funding.fields.amount', 'funding.fields.summary', 'common.actions'] },
  { name: 'funding-sources', route: '/funding?tab=sources', testId: 'source-list', keys: ['admin.funding.sources.fields.name', 'admin.funding.sources.fields.kind', 'common.actions'] },
  {
    name: 'contributions',
    route: '/funding?tab=contributions',
    testId: 'contribution-list',
    keys: ['admin.funding.contributions.fields.date', 'admin.funding.contributions.fields.kind', 'admin.funding.contributions.fields.valueYuan', 'common.actions'],
  },
  {
    name: 'reminders',
    route: '/reminders',
    testId: 'reminders-group-expiring',
    keys: ['reminders.columns.title', 'reminders.columns.dueDate', 'reminders.columns.when', 'reminders.columns.actions'],
  },
  {
    name: 'follow-ups',
    route: '/followups',
    testId: 'follow-up-list',
    keys: ['capture.followUps.columns.followUpDate', 'capture.followUps.columns.partner', 'capture.followUps.columns.state', 'common.actions'],
  },
  { name: 'trash', route: '/trash', testId: 'trash-list', keys: ['trash.fields.entityType', 'trash.fields.title', 'trash.fields.deletedAt', 'common.actions'] },
  { name: 'templates', route: '/documents/templates', testId: 'templates-page', keys: ['documents.templates.name', 'documents.templates.kind', 'documents.templates.actions'] },
];

const MORE_LISTS: readonly ListCase[] = [
  ...Object.entries(PROGRAMME_KEYS).map(([tab, keys]) => ({ name: `programmes-${tab}`, route: `/programmes?tab=${tab}`, testId: `programme-list-${tab}`, keys })),
  { name: 'settings-units', route: '/settings?tab=units', testId: 'unit-list', keys: ['admin.units.fields.name', 'admin.units.fields.head', 'common.actions'] },
  { name: 'settings-majors', route: '/settings?tab=majors', testId: 'major-list', keys: ['admin.majors.fields.name', 'admin.majors.fields.orgUnitId', 'common.actions'] },
  { name: 'settings-staff', route: '/settings?tab=staff', testId: 'staff-list', keys: ['admin.staff.fields.name', 'admin.staff.fields.phone', 'admin.staff.fields.email', 'common.actions'] },
  {
    name: 'partner-contacts',
    route: '/partners/{partner}',
    tab: 'partners.tabs.contacts',
    testId: 'contact-list',
    keys: ['contacts.fields.name', 'contacts.fields.mobile', 'contacts.fields.email', 'common.actions'],
  },
  {
    name: 'partner-agreements',
    route: '/partners/{partner}',
    tab: 'partners.tabs.agreements',
    testId: 'partner-agreements',
    keys: ['agreements.fields.title', 'agreements.fields.status', 'agreements.fields.endDate'],
  },
  {
    name: 'partner-placements',
    route: '/partners/{placements}',
    tab: 'placements.tab',
    testId: 'partner-placements',
    keys: ['placements.columns.academicYear', 'placements.columns.major', 'placements.columns.graduatesEmployed', 'common.actions'],
  },
];

/** The label of an i18n key in a language, as the app shows it. */
function label(lang: Lang, key: string): string {
  let node: unknown = resources[lang].translation;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no ${lang} label for ${key}`);
  return node;
}

/** Starts on the sample data (in Chinese) and switches to English when asked. */
async function startIn(page: Page, harness: Parameters<typeof startOnSampleData>[1], lang: Lang) {
  const started = await startOnSampleData(page, harness);
  if (lang === 'en-US') {
    await page.evaluate(() => (globalThis as unknown as Invoke).partnerdesk.invoke('settings:update', { language: 'en-US' }));
    await page.reload();
    await expect(page.locator('[data-app-state="loaded"]')).toBeAttached({ timeout: 30_000 });
  }
  return started;
}

interface Measured {
  pageWidth: number;
  viewportWidth: number;
  headers: { text: string; left: number; right: number; viewLeft: number; viewRight: number }[];
  spilled: string[];
  clipped: number;
  spacedButtons: string[];
}

// The few DOM members measure() uses (the e2e tsconfig has no DOM library).
interface El {
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): { left: number; right: number };
  closest(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}
type StyleEl = { textContent: string | null; remove(): void };
type PageGlobals = {
  document: {
    documentElement: { scrollWidth: number };
    head: { append(el: StyleEl): void };
    createElement(tag: 'style'): StyleEl;
    querySelector(s: string): El | null;
    querySelectorAll(s: string): ArrayLike<El>;
  };
  innerWidth: number;
};

/** Header boxes, the table viewport's box, cells whose content is wider than the cell, clipped texts. */
async function measure(page: Page, testId: string): Promise<Measured> {
  return page.evaluate((id) => {
    const g = globalThis as unknown as PageGlobals;
    const all = (root: El | null, selector: string): El[] => (root ? Array.from(root.querySelectorAll(selector)) : []);
    const root = g.document.querySelector(`[data-testid="${id}"]`);
    const headers = all(root, 'thead th').map((th) => {
      const box = th.getBoundingClientRect();
      const view = (th.closest('.ant-table-content, .ant-table-header') ?? th).getBoundingClientRect();
      return { text: (th.textContent ?? '').trim(), left: box.left, right: box.right, viewLeft: view.left, viewRight: view.right };
    });
    // A fixed column's shadow sticks out of its cell (a pseudo-element): not content.
    const noShadows = g.document.createElement('style');
    // Header words may not be broken to fit ("Employ-ed"): a word wider than its column spills.
    noShadows.textContent =
      '.ant-table-cell::after { display: none !important; } .ant-table-thead th, .ant-table-thead th * { overflow-wrap: normal !important; word-break: normal !important; }';
    g.document.head.append(noShadows);
    // Cells antd ellipsises itself (column ellipsis) clip on purpose.
    const spilled = all(root, 'thead th, tbody tr:not(.ant-table-measure-row):not(.ant-table-placeholder) td')
      .filter((cell) => !cell.classList.contains('ant-table-cell-ellipsis') && cell.scrollWidth > cell.clientWidth + 1)
      .map((cell) => `${(cell.textContent ?? '').trim().slice(0, 40)} (${cell.scrollWidth} > ${cell.clientWidth})`);
    noShadows.remove();
    let clipped = 0;
    for (const el of all(root, '.cell-ellipsis')) {
      el.removeAttribute('data-layout-clipped');
      if (el.scrollWidth > el.clientWidth + 1) {
        if (clipped === 0) el.setAttribute('data-layout-clipped', 'true');
        clipped++;
      }
    }
    // antd marks a button whose two CJK characters it spaced out ("删 除").
    const spacedButtons = Array.from(g.document.querySelectorAll('.ant-btn-two-chinese-chars')).map((b) => (b.textContent ?? '').trim());
    return { pageWidth: g.document.documentElement.scrollWidth, viewportWidth: g.innerWidth, headers, spilled, clipped, spacedButtons };
  }, testId);
}

/** Checks one list as it is on screen; returns what is wrong, described. */
async function checkList(page: Page, lang: Lang, list: ListCase): Promise<string[]> {
  const where = `${list.name} (${lang})`;
  const problems: string[] = [];
  await expect(page.getByTestId(list.testId).locator('thead th').first()).toBeVisible({ timeout: 30_000 });
  const m = await measure(page, list.testId);
  if (m.pageWidth > m.viewportWidth) problems.push(`${where}: the page scrolls sideways (${m.pageWidth} px)`);
  for (const key of list.keys) {
    const prefix = key.startsWith('^');
    const text = label(lang, prefix ? key.slice(1) : key);
    const header = m.headers.find((h) => (prefix ? h.text.startsWith(text) : h.text === text));
    if (!header) {
      problems.push(`${where}: no column "${text}" (headers: ${m.headers.map((h) => h.text).join(' | ')})`);
      continue;
    }
    const right = Math.min(m.viewportWidth, header.viewRight) + 1;
    if (header.right > right || header.left < header.viewLeft - 1) {
      problems.push(`${where}: column "${text}" is off screen (${Math.round(header.left)}–${Math.round(header.right)}, table shows up to ${Math.round(right)})`);
    }
  }
  for (const cell of m.spilled) problems.push(`${where}: content wider than its cell: ${cell}`);
  if (lang === 'zh-CN') for (const b of m.spacedButtons) problems.push(`${where}: button spaced out by antd: "${b}"`);
  if (list.clipped && m.clipped === 0) problems.push(`${where}: no long text ends in an ellipsis`);
  if (m.clipped > 0) {
    // The first clipped text: hovering it shows the whole text in a tooltip.
    const cell = page.locator('[data-layout-clipped="true"]');
    const full = ((await cell.textContent()) ?? '').trim();
    await cell.hover();
    const tip = page.getByRole('tooltip').filter({ hasText: full });
    await expect(tip, `${where}: tooltip with "${full}"`).toBeVisible();
    await page.mouse.move(0, 0);
  }
  return problems;
}

async function visit(page: Page, baseUrl: string, ids: Ids, lang: Lang, list: ListCase): Promise<string[]> {
  await openScreen(page, baseUrl, { name: list.name, route: list.route.replace('{placements}', ids.placements ?? ids.partner) }, ids);
  if (list.tab) {
    await page.getByRole('tab', { name: label(lang, list.tab), exact: true }).click();
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 15_000 });
  }
  return checkList(page, lang, list);
}

/** Moves a course to the trash, so the trash list has a row to lay out. */
async function trashACourse(page: Page): Promise<void> {
  const ok = await page.evaluate(async () => {
    const api = (globalThis as unknown as Invoke).partnerdesk;
    const page1 = (await api.invoke('courses:list', { page: 1, pageSize: 1 })).value as { items: { id: string }[] };
    const id = page1.items[0]?.id;
    return id !== undefined && (await api.invoke('courses:delete', { id })).ok;
  });
  expect(ok).toBe(true);
}

/** A partner roster with a very long name and a malformed USCC: preview rows and an error list. */
async function rosterWithProblems(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('合作企业');
  sheet.addRow(['单位名称', '统一社会信用代码', '联系人', '手机', '地址']);
  sheet.addRow(['深圳市南山区华创智能装备制造与工业互联网技术服务股份有限公司华南分公司', '91440300MA5FXXXX1', '张伟', '13812345670', '广东省深圳市南山区科技园南区深南大道 9988 号华创大厦 18 楼']);
  sheet.addRow(['东莞市远航物流有限公司', null, '李娜', '13812345671', '广东省东莞市松山湖高新区']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

for (const lang of ['zh-CN', 'en-US'] as const) {
  test(`main lists fit 1366×768 with their key columns visible (${lang})`, async ({ page, harness }) => {
    const { running, ids } = await startIn(page, harness, lang);
    await trashACourse(page);
    const problems: string[] = [];
    for (const list of MAIN_LISTS) problems.push(...(await visit(page, running.url, ids, lang, list)));
    expect(problems).toEqual([]);
  });

  test(`programme, settings and partner-detail lists fit 1366×768 (${lang})`, async ({ page, harness }) => {
    const { running, ids } = await startIn(page, harness, lang);
    const placements = await page.evaluate(async () => {
      const api = (globalThis as unknown as Invoke).partnerdesk;
      const found = (await api.invoke('partners:list', { q: '深圳市晨光酒店管理有限公司', pageSize: 1 })).value as { items: { id: string }[] };
      return found.items[0]?.id;
    });
    const problems: string[] = [];
    for (const list of MORE_LISTS) problems.push(...(await visit(page, running.url, { ...ids, ...(placements ? { placements } : {}) }, lang, list)));
    expect(problems).toEqual([]);
  });

  test(`the import preview and its error list fit 1366×768 (${lang})`, async ({ page, harness }) => {
    const { running } = await startIn(page, harness, lang);
    const wizard = new ImportPage(page);
    await wizard.open(running.url);
    await wizard.chooseFile('合作企业名册.xlsx', await rosterWithProblems());
    await wizard.nextTo('read');
    await wizard.nextTo('map');
    await wizard.nextTo('preview');
    const problems = [
      ...(await checkList(page, lang, { name: 'import-preview', route: '', testId: 'import-preview', keys: ['^import.wizard.preview.row', 'import.wizard.preview.status'] })),
      ...(await checkList(page, lang, {
        name: 'import-errors',
        route: '',
        testId: 'import-errors',
        keys: ['import.wizard.preview.row', 'import.wizard.preview.column', 'import.wizard.preview.problem'],
      })),
    ];
    expect(problems).toEqual([]);
  });
}
