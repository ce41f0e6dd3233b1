import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportColumn, ReportRow, ReportTable } from '../../../src/shared/domain/report';
import { createChromiumPdfPrinter } from '../../../src/main/pdf/chromiumPdfPrinter';
import { renderReportHtml } from '../../../src/main/reports/render/reportHtml';
import { makeTempDir } from '../../helpers/tempDir';

// Issue 11, printing: identifiers (USCC, 专业代码, 年月, dates) never break across lines, and the
// running header of every page names the section printed on it. Printed through the same
// Chromium printer as the CLI and the other PDF tests, read back with `pdftotext -layout`.

const printer = createChromiumPdfPrinter();
let pdf: string;

const PARTNER_COLUMNS: ReportColumn[] = [
  { key: 'name', label: '合作企业名称', type: 'text', width: 20 },
  { key: 'uscc', label: '统一社会信用代码', type: 'text', code: true, width: 8 },
  { key: 'major', label: '专业代码', type: 'text', code: true, width: 4 },
  { key: 'since', label: '合作开始年月', type: 'yearMonth', width: 4 },
  { key: 'signed', label: '签订日期', type: 'date', width: 4 },
  // Long free text on both sides of the identifiers presses every column narrow.
  { key: 'scope', label: '合作内容', type: 'text', width: 40 },
  { key: 'notes', label: '备注', type: 'text', width: 40 },
  { key: 'contact', label: '联系人及联系方式', type: 'text', width: 30 },
];

const LONG_TEXT = '共建实训基地、联合开发课程与教材、订单培养、顶岗实习与就业推荐、教师企业实践、技术服务与员工培训';
/** Realistic USCCs: 18 characters, capitals included (M, W are the widest glyphs). */
const uscc = (i: number) => `91440300MW5F${String(i).padStart(5, '0')}X`.slice(0, 18);

function partnerRows(count: number): ReportRow[] {
  return Array.from({ length: count }, (_, k) => {
    const i = k + 1;
    return {
      cells: {
        name: `合作企业${String(i).padStart(3, '0')}（深圳）智能制造科技有限公司`,
        uscc: uscc(i),
        major: String(460100 + i),
        since: `2025${String((i % 12) + 1).padStart(2, '0')}`,
        signed: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        scope: LONG_TEXT,
        notes: LONG_TEXT,
        contact: `联系人${i} 0755-2${String(i).padStart(7, '0')}`,
      },
    };
  });
}

const table: ReportTable = {
  reportId: 'R10',
  title: '合作协议台账',
  college: '深圳职业技术大学',
  periodLabel: '2025-2026学年',
  period: { kind: 'academic', startYear: 2025 },
  range: { from: '2025-09-01', to: '2026-08-31' },
  generatedAt: '2026-03-01T08:00:00.000Z',
  sections: [
    { sheetName: '合作企业', title: '合作企业明细', columns: PARTNER_COLUMNS, rows: partnerRows(40) },
    {
      sheetName: '协议',
      title: '协议到期明细',
      columns: [
        { key: 'no', label: '协议编号', type: 'text', code: true, width: 14 },
        { key: 'title', label: '协议名称', type: 'text', width: 60 },
        { key: 'end', label: '到期日期', type: 'date' },
      ],
      rows: Array.from({ length: 90 }, (_, k) => ({ cells: { no: `XY-2025-${String(k + 1).padStart(4, '0')}`, title: `第${k + 1}号校企合作协议`, end: '2026-08-31' } })),
    },
  ],
};

const pageText = (page: number): string => execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });

beforeAll(async () => {
  const { html, landscape } = await renderReportHtml(table);
  pdf = path.join(makeTempDir(), 'layout.pdf');
  fs.writeFileSync(pdf, await printer.print(html, { landscape }));
}, 90_000);
afterAll(async () => {
  await printer.close?.();
});

describe('report PDF layout', () => {
  it('prints every USCC, 专业代码, 年月 and date whole on one line', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const lines = text.split('\n');
    const cells = table.sections[0]?.rows ?? [];
    for (const row of cells) {
      for (const key of ['uscc', 'major', 'since', 'signed']) {
        const value = String(row.cells[key]);
        expect(
          lines.some((line) => line.includes(value)),
          `${key} ${value} is broken across lines`,
        ).toBe(true);
      }
    }
    for (const row of table.sections[1]?.rows ?? []) expect(text).toContain(String(row.cells.no));
  });

  it('names the section of each page in its running header', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThan(3);
    const seen = { partners: 0, agreements: 0 };
    for (let page = 1; page <= pages; page += 1) {
      const text = pageText(page);
      const header = text.split('\n').find((line) => line.trim() !== '') ?? '';
      if (text.includes('合作企业0')) {
        seen.partners += 1;
        expect(header, `page ${page}`).toContain('深圳职业技术大学 · 合作协议台账 · 合作企业明细 · 2025-2026学年');
      } else {
        expect(text, `page ${page}`).toContain('XY-2025-');
        seen.agreements += 1;
        expect(header, `page ${page}`).toContain('深圳职业技术大学 · 合作协议台账 · 协议到期明细 · 2025-2026学年');
      }
      // -layout drops the spaces of the footer's glyph runs.
      expect(text).toMatch(new RegExp(`第\\s*${page}\\s*页\\s*共\\s*${pages}\\s*页`));
    }
    // Both sections run over more than one page: the header is repeated, not printed once.
    expect(seen.partners).toBeGreaterThan(1);
    expect(seen.agreements).toBeGreaterThan(1);
  });
});
