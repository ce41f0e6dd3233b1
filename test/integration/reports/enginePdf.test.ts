import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobRegistry } from '../../../src/main/jobs/jobRegistry';
import { createProducedFiles } from '../../../src/main/files/producedFiles';
import { createChromiumPdfPrinter } from '../../../src/main/pdf/chromiumPdfPrinter';
import type { ReportDefinition } from '../../../src/main/reports/reportDefinition';
import { createReportService } from '../../../src/main/reports/reportService';
import { renderChartSvg } from '../../../src/main/reports/render/chartSvg';
import { renderReportHtml } from '../../../src/main/reports/render/reportHtml';
import { createSettingsService } from '../../../src/main/settings/settingsService';
import { makeTempDir } from '../../helpers/tempDir';
import { createTestDb, type TestDb } from '../../helpers/testDb';
import { longSection, sampleTable } from './engineFixture';

// One real print through Debian's Chromium (the CLI's and the tests' printer; the app
// prints the same HTML with Electron): text, fonts, page count and page footers.

const printer = createChromiumPdfPrinter();
let db: TestDb;
let pdfFile: string;

const chartDefinition: ReportDefinition = {
  descriptor: { id: 'R7', title: '年度校企合作数据汇总', periodKind: 'academic', formats: ['pdf'], needsOrganisation: false, filters: [] },
  async build() {
    const section = longSection(90, '汇总');
    section.title = '年度校企合作数据汇总';
    section.rows.push({ kind: 'total', cells: { name: '合计', orders: 999 } });
    section.charts = [{ title: '订单培养数变化', kind: 'bar', categories: ['二〇二四学年', '二〇二五学年'], series: [{ name: '订单培养数', data: [12, 30] }] }];
    return [section];
  },
};

beforeAll(async () => {
  db = await createTestDb({ now: () => new Date('2026-03-01T08:00:00Z') });
  const settings = createSettingsService(db.ctx);
  await settings.update({ college: { fullName: '深圳职业技术大学', legalRepresentative: null, address: null, uscc: null } });
  const reports = createReportService(db.ctx, {
    settings,
    jobs: createJobRegistry(() => undefined),
    files: createProducedFiles(),
    pdfPrinter: printer,
    definitions: { R7: chartDefinition },
  });
  pdfFile = path.join(makeTempDir(), '年度校企合作数据汇总.pdf');
  await reports.exportToFile({ reportId: 'R7', period: { kind: 'academic', startYear: 2025 } }, 'pdf', pdfFile);
}, 60_000);

afterAll(async () => {
  await printer.close?.();
  db.close();
});

describe('report PDF', () => {
  it('has the exact title, college, period, partner names, chart text and totals', () => {
    const text = execFileSync('pdftotext', ['-layout', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('年度校企合作数据汇总');
    expect(text).toContain('深圳职业技术大学 · 年度校企合作数据汇总 · 2025-2026学年');
    expect(text).toContain('合作企业0001有限公司');
    expect(text).toContain('合作企业0090有限公司');
    expect(text).toContain('订单培养数变化');
    expect(text).toContain('二〇二五学年');
    expect(text).toContain('合计');
  });

  it('numbers every page "第 N 页 共 M 页" and pdfinfo agrees on M', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfFile], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page += 1) {
      // -raw keeps the spaces between the CJK words of the footer as printed.
      const text = execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdfFile, '-'], { encoding: 'utf8' });
      expect(text, `page ${page}`).toContain(`第 ${page} 页 共 ${pages} 页`);
      // The table header repeats on every page.
      expect(text, `page ${page}`).toContain('统一社会信用代码');
    }
  });

  it('embeds a Noto CJK font', () => {
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' });
    expect(fonts).toMatch(/Noto\S*(SC|CJK)\S*\s.*\byes\b/i);
  });
});

describe('report HTML', () => {
  it('escapes user text and ECharts escapes chart categories', async () => {
    const table = sampleTable({ college: '<img src=x onerror=alert(1)>' });
    const first = table.sections[0];
    if (!first) throw new Error('fixture');
    first.rows.push({ cells: { name: '<script>alert(1)</script>' } });
    first.charts = [{ title: '<b>图</b>', kind: 'bar', categories: ['<script>alert(2)</script>'], series: [{ name: 's', data: [1] }] }];
    const { html } = await renderReportHtml(table);
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html.replace(/&#x27;/g, "'")).toContain(
      `http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"`,
    );
    const svg = await renderChartSvg({ title: 't', kind: 'pie', categories: ['<script>'], series: [{ name: 's', data: [1] }] });
    expect(svg).toContain('&lt;script&gt;');
  });
});
