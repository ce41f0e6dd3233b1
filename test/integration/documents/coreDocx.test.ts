import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateBody } from '@shared/domain/document';
import { buildDocx, builtInTemplateById, loadDocumentModel, mergeValues, missingFields } from '../../../src/main/documents';
import { COLLEGE, createDocFixture, type DocFixture, ENTERPRISE, GUARDIAN, STUDENT } from './coreFixture';

// The DOCX, unzipped: merged names, clause text, bold runs, the signature table with one
// block per party, PAGE/NUMPAGES footer fields, and hostile text kept as escaped text.

let fx: DocFixture;
beforeAll(async () => {
  fx = await createDocFixture();
});
afterAll(() => fx.t.close());

async function docxParts(buffer: Buffer): Promise<{ document: string; footers: string; styles: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const styles = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const footerFiles = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const footers = (await Promise.all(footerFiles.map((n) => zip.file(n)?.async('string') ?? ''))).join('\n');
  return { document, footers, styles };
}

/** Text of the w:t elements, XML entities decoded, so runs split by Word still match. */
function plainText(xml: string): string {
  const decode = (s: string): string =>
    s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join('');
}

describe('DOCX of an agreement', () => {
  it('holds the merged values, clauses, bold runs, signature table and page fields', async () => {
    const id = await fx.create('internship_base', 4);
    fx.setManualValues(id, { 丙方学号: '2024010203', 丙方专业: '软件技术', 丙方班级: '软件2401班' });
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const t = builtInTemplateById('builtin-tripartite-internship-zh');
    if (!t) throw new Error('template missing');
    const { document, footers, styles } = await docxParts(await buildDocx({ body: t.body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' }));
    const text = plainText(document);

    for (const name of [COLLEGE, ENTERPRISE, STUDENT, GUARDIAN]) expect(text).toContain(name);
    expect(text).toContain('学生岗位实习三方协议');
    expect(text).toContain('第一条');
    expect(text).toContain('第十二条');
    expect(text).toContain('乙方按照同工同酬原则');
    expect(text).toContain('本协议一式8份，各方各执2份');
    expect(text).toContain('学号：2024010203');
    // **6个月** is a bold run.
    expect(document).toMatch(/<w:r>\s*<w:rPr>\s*<w:b\/>[\s\S]{0,200}?<w:t[^>]*>6个月<\/w:t>/);
    // The signature table: one cell per party, two per row.
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table).not.toBe('');
    expect(table.match(/<w:tr[\s>]/g)).toHaveLength(2);
    const tableText = plainText(table);
    for (const label of ['甲方（盖章）', '乙方（盖章）', '丙方（签字）', '丁方（监护人签字）']) expect(tableText).toContain(label);
    expect(tableText.match(/法定代表人或授权代表（签字）/g)).toHaveLength(2);
    expect(text).toContain('（以下无正文，为《学生岗位实习三方协议》签署页）');
    expect(styles).toContain('w:eastAsia="宋体"');
    // Footer: 第 {PAGE} 页 共 {NUMPAGES} 页
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(plainText(footers).replace(/\s/g, '')).toContain('第页共页');
  });

  it('keeps hostile text as escaped text', async () => {
    const payload = '<w:p><script>alert(1)</script>&amp;</w:t>"\'';
    const id = await fx.create('framework', 2, { title: `题${payload}` });
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const body = TemplateBody.parse({ title: '{协议名称}', clauses: [{ heading: `条${payload}`, body: `**粗${payload}**\u0000` }] });
    const { document } = await docxParts(await buildDocx({ body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' }));
    const text = plainText(document);
    for (const s of [`题${payload}`, `条${payload}`, `粗${payload}\uFFFD`]) expect(text).toContain(s);
    expect(document).not.toContain('<script>');
    expect(document).toContain('&lt;script&gt;');
  });

  it('lists missing values and writes blanks for them', async () => {
    const id = await fx.create('order_class', 2, { amountFen: null });
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const t = builtInTemplateById('builtin-order-class-zh');
    if (!t) throw new Error('template missing');
    const input = { body: t.body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' as const };
    const missing = missingFields(input);
    expect(missing).toContain('金额(大写)');
    expect(missing).toContain('金额(小写)');
    expect(missing).toContain('订单班冠名');
    expect(missing).not.toContain('乙方全称');
    const text = plainText((await docxParts(await buildDocx(input))).document);
    expect(text).toContain('经费人民币＿＿＿＿＿＿（＿＿＿＿＿＿）');
  });
});
