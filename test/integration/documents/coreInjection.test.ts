import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TemplateBody } from '@shared/domain/document';
import { fieldRefs } from '@shared/documents/clauseMarkup';
import { createPartnerService } from '../../../src/main/partners/partnerService';
import { loadDocumentModel, mergeValues, renderDocumentHtml } from '../../../src/main/documents';
import { createChromiumPdfPrinter, findChromium } from '../../../src/main/pdf/chromiumPdfPrinter';
import type { PdfPrinter } from '../../../src/main/pdf/pdfPrinter';
import { createDocFixture, type DocFixture, pdfText } from './coreFixture';
import { LONG_PAYLOAD, PAYLOADS, shown } from './injectionPayloads';

// reliability.md §11: the HTML alone must be safe, so it is loaded here in a Chromium page
// WITH JavaScript on (the print window turns it off: a second layer not tested here), once
// as rendered (escaping + CSP) and once with the CSP removed (escaping alone).

const DOC_URL = 'https://doc.partnerdesk.invalid/document.html';
const ALLOWED_TAGS = new Set(['ARTICLE', 'H1', 'H2', 'DIV', 'SECTION', 'P', 'SPAN', 'STRONG', 'BR', 'OL', 'UL', 'LI', 'TABLE', 'TBODY', 'TR', 'TD']);

interface PageResult {
  pwned: boolean;
  requests: string[];
  text: string;
  tags: string[];
  headTags: string[];
  title: string;
}

let browser: Browser;
let printer: PdfPrinter;
let fx: DocFixture;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), headless: true });
  printer = createChromiumPdfPrinter();
  fx = await createDocFixture();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pd-doc-inj-'));
});
afterAll(async () => {
  await browser.close();
  await printer.close?.();
  fx.t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openWithJavaScript(html: string): Promise<PageResult> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url() !== DOC_URL && !r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.route('**/*', (route) =>
      route.request().url() === DOC_URL
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort('blockedbyclient'),
    );
    await page.goto(DOC_URL, { waitUntil: 'load' });
    // Let handlers queued during load (onerror, onload, ontoggle, autofocus) run first. The
    // page code is a string: this test file is compiled without the DOM library.
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
    const seen = (await page.evaluate(`({
      pwned: window.__pwned !== undefined,
      text: document.body.textContent || '',
      title: document.title,
      tags: [...new Set([...document.body.querySelectorAll('*')].map((e) => e.tagName))],
      headTags: [...document.head.children].map((e) => e.tagName),
    })`)) as Omit<PageResult, 'requests'>;
    return { ...seen, requests };
  } finally {
    await context.close();
  }
}

/**
 * The document without its CSP (escaping is then the only layer) and without the embedded
 * font data, which has no bearing on escaping and only slows the page down.
 */
function escapingOnly(html: string): string {
  return html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '').replace(/@font-face\{[^}]*\}/g, '');
}

/** Puts `p` into every merge-field source of a new 3-party agreement; returns the texts to find. */
async function agreementWith(p: string, i: number): Promise<{ id: string; expected: string[]; body: TemplateBody }> {
  const org = await createPartnerService(fx.t.ctx).create({
    kind: 'enterprise',
    fullName: `乙名${i}${p}`.slice(0, 200),
    legalRepresentative: `乙代${p}`.slice(0, 100),
    address: `乙址${p}`.slice(0, 300),
    status: 'active',
  });
  const agreementNo = `号${p}`.length <= 60 ? `号${p}` : null;
  const id = await fx.create('framework', 3, {
    title: `题${p}`.slice(0, 200),
    agreementNo,
    parties: [
      { role: '甲', partyType: 'school', displayName: `甲名${p}`.slice(0, 200), legalRepresentative: `甲代${p}`.slice(0, 100), address: `甲址${p}`.slice(0, 300), sealed: false },
      { role: '乙', partyType: 'enterprise', organisationId: org.id, sealed: false },
      { role: '丙', partyType: 'student', displayName: `丙名${p}`.slice(0, 200), sealed: false },
    ],
  });
  fx.setManualValues(id, { 签署地点: `地${p}`, 丙方学号: `学${p}`, 丙方专业: `专${p}`, 丙方班级: `班${p}` });
  // Clause text is markup by design: a payload that is itself a field ref would be merged.
  const inClauses = fieldRefs(p).length === 0;
  const c = (prefix: string): string => (inClauses ? `${prefix}${p}` : prefix);
  const body = TemplateBody.parse({
    title: '{协议名称}',
    preamble: `${c('序')}\n\n签署地点：{签署地点}；编号：{协议编号}`,
    clauses: [{ heading: c('条'), body: `${c('款')}\n\n1. ${c('列')}\n- ${c('点')}` }],
    closing: c('尾'),
  });
  const parts = [`甲名${p}`, `甲代${p}`, `甲址${p}`, `乙名${i}${p}`, `乙代${p}`, `乙址${p}`, `丙名${p}`, `题${p}`, `地${p}`, `学${p}`, `专${p}`, `班${p}`];
  const expected = parts.filter((s) => s.length <= 100).concat(agreementNo ? [agreementNo] : []);
  if (inClauses) expected.push(`序${p}`, `条${p}`, `款${p}`, `列${p}`, `点${p}`, `尾${p}`);
  return { id, expected: expected.map(shown), body };
}

async function render(p: string, i: number): Promise<{ html: string; expected: string[] }> {
  const { id, expected, body } = await agreementWith(p, i);
  const model = await loadDocumentModel(fx.t.ctx.db, id);
  if (!model) throw new Error('agreement not found');
  return { html: renderDocumentHtml({ body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' }).html, expected };
}

describe('injection payloads in every merge-field source', () => {
  it('the harness detects execution and requests of unescaped markup', async () => {
    const raw = await openWithJavaScript('<!DOCTYPE html><body><img src="https://evil.invalid/x.png" onerror="window.__pwned=1"></body>');
    expect(raw.pwned).toBe(true);
    expect(raw.requests).toEqual(['https://evil.invalid/x.png']);
  });

  it(`has at least 20 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(PAYLOADS.map((p, i) => [i, p] as const))('payload %i runs nothing, loads nothing and reads as typed: %s', async (i, p) => {
    const { html, expected } = await render(p, i);
    for (const variant of [html, escapingOnly(html)]) {
      const result = await openWithJavaScript(variant);
      expect(result.pwned).toBe(false);
      expect(result.requests).toEqual([]);
      expect(result.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(result.headTags).toEqual(variant === html ? ['META', 'META', 'TITLE', 'STYLE'] : ['META', 'TITLE', 'STYLE']);
      for (const text of expected) expect(result.text).toContain(text);
      // document.title collapses whitespace, as the PDF's Title does.
      expect(result.title).toBe(shown(`题${p}`).replace(/[\t\n\f\r ]+/g, ' ').trim());
    }
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
  });

  it('a very long payload in clause text stays text', async () => {
    const body = TemplateBody.parse({ title: '长文本', clauses: [{ heading: '条款', body: `款${LONG_PAYLOAD}` }] });
    const id = await fx.create('framework', 2);
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const { html } = renderDocumentHtml({ body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' });
    const result = await openWithJavaScript(escapingOnly(html));
    expect(result.pwned).toBe(false);
    expect(result.requests).toEqual([]);
    expect(result.text).toContain(`款${LONG_PAYLOAD}`);
  });

  it('the printed PDF shows payloads verbatim', async () => {
    const picks = ['<script>window.__pwned=1</script>', '{{7*7}}', "=cmd|' /C calc'!A0", '<%= 7*7 %>'];
    const id = await fx.create('framework', 2, { title: picks[0] });
    fx.setManualValues(id, { 签署地点: picks[2] ?? '' });
    const model = await loadDocumentModel(fx.t.ctx.db, id);
    if (!model) throw new Error('agreement not found');
    const body = TemplateBody.parse({ title: '{协议名称}', preamble: '签署地点：{签署地点}', clauses: [{ heading: '条款', body: `${picks[1]}\n\n${picks[3]}` }] });
    const pdf = await printer.print(renderDocumentHtml({ body, values: mergeValues(model, 'zh-CN'), model, lang: 'zh-CN' }).html);
    const text = pdfText(pdf, dir, 'payloads');
    for (const p of picks) expect(text).toContain(p);
  });
});
