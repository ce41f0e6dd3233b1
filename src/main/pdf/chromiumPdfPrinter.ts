import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { cancelledError } from '../jobs/jobRegistry';
import type { PdfPrinter, PdfPrintOptions } from './pdfPrinter';

// The document is served from a fake origin by request interception, because a data: URL
// of a page with embedded fonts exceeds Chromium's URL length limit. Every other request
// is refused, and JavaScript is off: the same rules as the app's print window.
const DOC_URL = 'https://print.partnerdesk.invalid/document.html';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  const fromEnv = process.env.PARTNERDESK_CHROMIUM;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

/** PDF printing through a headless Chromium (CLI, harness, tests); one browser per printer. */
export function createChromiumPdfPrinter(options: { executablePath?: string } = {}): PdfPrinter {
  let browser: Promise<Browser> | null = null;

  function launch(): Promise<Browser> {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) throw new Error('Chromium not found: install it or set PARTNERDESK_CHROMIUM');
    browser ??= chromium.launch({ executablePath, headless: true });
    return browser;
  }

  return {
    async print(html: string, printOptions: PdfPrintOptions = {}): Promise<Buffer> {
      const { signal } = printOptions;
      if (signal?.aborted) throw cancelledError();
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
      const abort = (): void => void context.close().catch(() => undefined);
      signal?.addEventListener('abort', abort, { once: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url === DOC_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
          if (url.startsWith('data:')) return route.continue();
          return route.abort('blockedbyclient');
        });
        await page.goto(DOC_URL, { waitUntil: 'load' });
        // 'load' does not wait for every data: font slice to be decoded; on a busy machine the
        // print then falls back to a font without CJK glyphs. This evaluation runs in
        // DevTools, not as page script: the page's own JavaScript stays off.
        await page.evaluate('document.fonts.ready.then(() => document.fonts.status)');
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, landscape: printOptions.landscape ?? false });
        if (signal?.aborted) throw cancelledError();
        return pdf;
      } catch (error) {
        if (signal?.aborted) throw cancelledError();
        throw error;
      } finally {
        signal?.removeEventListener('abort', abort);
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      if (!browser) return;
      const b = await browser.catch(() => null);
      browser = null;
      await b?.close();
    },
  };
}
