import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportChart } from '../../../src/shared/domain/report';
import { findChromium } from '../../../src/main/pdf/chromiumPdfPrinter';
import { fontFaceCss } from '../../../src/main/pdf/fonts';
import { chartText, renderChartSvg } from '../../../src/main/reports/render/chartSvg';

// Issue 11: R7's bar chart printed its axis labels on top of each other (接受顶岗实习学生数 is
// wider than its slot). The chart's SVG is drawn here in Chromium with the fonts the PDF embeds,
// and the real boxes of the category labels (getBoundingClientRect of each <text>) must not
// intersect, nor leave the SVG. Series and title are ASCII, so the CJK <text>s are the labels.

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', headless: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Box {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The boxes of the chart's CJK <text> elements and of the SVG, as Chromium lays them out. */
async function labelBoxes(chart: ReportChart): Promise<{ labels: Box[]; svg: Box }> {
  const svg = await renderChartSvg(chart);
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><head><style>${fontFaceCss(chartText(chart), ['sans'])} body{margin:0}</style></head><body>${svg}</body></html>`);
    await page.evaluate('document.fonts.ready');
    return (await page.evaluate(`(() => {
      const box = (el) => { const r = el.getBoundingClientRect(); return { text: el.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
      const labels = [...document.querySelectorAll('svg text')].filter((t) => /[\\u3000-\\u9fff]/.test(t.textContent)).map(box);
      return { labels, svg: box(document.querySelector('svg')) };
    })()`)) as { labels: Box[]; svg: Box };
  } finally {
    await page.close();
  }
}

/** Overlap area of two boxes, in px². */
const overlap = (a: Box, b: Box): number =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

function expectNoOverlap(labels: Box[], svg: Box): void {
  for (const [i, a] of labels.entries()) {
    expect(a.left, a.text).toBeGreaterThanOrEqual(svg.left);
    expect(a.right, a.text).toBeLessThanOrEqual(svg.right);
    expect(a.bottom, a.text).toBeLessThanOrEqual(svg.bottom);
    for (const b of labels.slice(i + 1)) expect(overlap(a, b), `${a.text} / ${b.text}`).toBeLessThan(0.5);
  }
}

const bar = (categories: string[]): ReportChart => ({
  title: 'T',
  kind: 'bar',
  categories,
  series: [
    { name: 'A', data: categories.map((_, i) => i + 1) },
    { name: 'B', data: categories.map((_, i) => i + 2) },
  ],
});

/** R7's real categories: 接受顶岗实习学生数 (9 characters) overlapped its neighbours before. */
const R7_CATEGORIES = ['合作企业数', '订单培养人数', '学徒数', '共同开发课程数', '接受顶岗实习学生数', '接受毕业生就业数'];
const LONG = [
  '企业提供的校内实践教学设备值', '企业兼职教师年课时总量', '横向技术服务到款额', '合作企业数', '订单培养人数', '学徒数', '产业学院数',
  '1+X证书培训人数', '1+X证书考核人数', '1+X证书取证人数', '支持学校兼职教师数', '共同开发课程数', '共同开发教材数', '接受顶岗实习学生数',
  '接受毕业生就业数', '学校为企业年培训员工数',
];

describe('chart axis labels', () => {
  it.each([
    ['R7\'s six indicators', R7_CATEGORIES],
    ['sixteen long indicator names', LONG],
  ])('never overlap and every category is labelled: %s', async (_, categories) => {
    const { labels, svg } = await labelBoxes(bar(categories));
    expectNoOverlap(labels, svg);
    // Wrapped labels are several <text> lines; together they spell every category in order.
    expect(labels.map((l) => l.text).join('')).toBe(categories.join(''));
  }, 60_000);

  it('never overlap with more categories than fit even vertically (every k-th label)', async () => {
    const many = Array.from({ length: 80 }, (_, i) => `第${String(i + 1).padStart(2, '0')}号合作企业年度指标`);
    const { labels, svg } = await labelBoxes(bar(many));
    expect(labels.length).toBeGreaterThan(0);
    expectNoOverlap(labels, svg);
  }, 60_000);
});
