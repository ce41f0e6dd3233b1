import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AGREEMENT_TYPES } from '@shared/domain/enums';
import { builtInTemplateById, loadDocumentModel, mergeValues, renderDocumentHtml } from '../../../src/main/documents';
import { createChromiumPdfPrinter } from '../../../src/main/pdf/chromiumPdfPrinter';
import type { PdfPrinter } from '../../../src/main/pdf/pdfPrinter';
import { COLLEGE, createDocFixture, type DocFixture, embeddedFonts, ENTERPRISE, ENTERPRISE_2, GUARDIAN, pdfText, STUDENT } from './coreFixture';

// Every built-in template printed by Chromium for real agreements: the exact party names
// (incl. 𠮷 from CJK Ext. B and 珺) come back out of the PDF, the title is repeated on the
// signature page, pages are numbered 第 N 页 共 M 页, and the CJK font is embedded.

type AgreementType = (typeof AGREEMENT_TYPES)[number];
const CASES: { template: string; type: AgreementType; parties: 2 | 3 | 4 }[] = [
  { template: 'builtin-framework-zh', type: 'framework', parties: 2 },
  { template: 'builtin-internship-base-zh', type: 'framework', parties: 2 },
  { template: 'builtin-order-class-zh', type: 'order_class', parties: 2 },
  { template: 'builtin-tripartite-internship-zh', type: 'internship_base', parties: 2 },
  { template: 'builtin-apprenticeship-zh', type: 'modern_apprenticeship', parties: 2 },
  { template: 'builtin-mou-en', type: 'framework', parties: 2 },
  { template: 'builtin-framework-zh', type: 'framework', parties: 3 },
  { template: 'builtin-framework-zh', type: 'framework', parties: 4 },
  { template: 'builtin-tripartite-internship-zh', type: 'internship_base', parties: 3 },
  { template: 'builtin-tripartite-internship-zh', type: 'internship_base', parties: 4 },
];

function expectedNames(type: AgreementType, parties: number): string[] {
  const student = type === 'internship_base' || type === 'modern_apprenticeship';
  return [COLLEGE, ENTERPRISE, ...(parties >= 3 ? [student ? STUDENT : ENTERPRISE_2] : []), ...(parties >= 4 ? [student ? GUARDIAN : '广东省职业教育学会'] : [])];
}

let fx: DocFixture;
let printer: PdfPrinter;
let dir: string;
beforeAll(async () => {
  fx = await createDocFixture();
  printer = createChromiumPdfPrinter();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-doc-pdf-'));
});
afterAll(async () => {
  await printer.close?.();
  fx.t.close();
  if (!process.env.PD_KEEP_PDF) fs.rmSync(dir, { recursive: true, force: true });
});

describe('built-in templates printed to PDF', () => {
  it.each(CASES)('$template with $parties parties', async ({ template, type, parties }) => {
    const id = await fx.create(type, parties);
    if (parties >= 3) fx.setManualValues(id, { 丙方学号: '2024010203', 丙方专业: '软件技术', 丙方班级: '软件2401班' });
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const t = builtInTemplateById(template);
    if (!t) throw new Error(`no template ${template}`);
    const { html } = renderDocumentHtml({ body: t.body, values: mergeValues(model, t.lang), model, lang: t.lang });
    const pdf = await printer.print(html);
    const name = `${template}-${parties}`;
    const text = pdfText(pdf, dir, name);
    const pages = text.split('\f').filter((p) => p.trim() !== '');

    // Exact names, each in the parties block and again in its signature block.
    for (const party of expectedNames(type, parties)) {
      expect(text.split(party).length - 1, party).toBeGreaterThanOrEqual(2);
    }
    const zh = t.lang === 'zh-CN';
    const signaturePage = pages.find((p) => p.includes(zh ? '签署页' : 'Signature page of the'));
    expect(signaturePage).toBeDefined();
    expect(signaturePage?.replace(/\s+/g, ' ')).toContain(zh ? `为《${t.body.title}》签署页` : t.body.title);
    expect(signaturePage).toContain(zh ? `${['甲', '乙', '丙', '丁'][parties - 1]}方` : `Party ${'ABCD'[parties - 1]}`);
    // pdftotext drops the spaces between CJK glyphs and digits, so compare without spaces.
    pages.forEach((page, i) => {
      expect(page.replace(/\s+/g, '')).toContain(zh ? `第${i + 1}页共${pages.length}页` : `Page${i + 1}of${pages.length}`);
    });
    const fonts = embeddedFonts(pdf, dir, name);
    expect(fonts.some((l) => /Noto(Serif|Sans)(SC|JP)/i.test(l.replace(/[-\s]/g, '')))).toBe(true);
  });
});
