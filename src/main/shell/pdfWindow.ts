import { randomUUID } from 'node:crypto';
import { session, type Session } from 'electron';
import { cancelledError } from '../jobs/jobRegistry';
import type { PdfPrinter, PdfPrintOptions } from '../pdf/pdfPrinter';
import { denyAllPermissions } from './session';
import { createSecureWindow } from './window';

// The app's PDF printer (reliability.md §11 layer 3): a hidden window per print, made by the
// secure window factory, with JavaScript off, no preload and its own in-memory partition.
// The document is served by a protocol handler on that partition's session, from memory:
// no temporary file with the report's personal data on disk, no file:// access to grant,
// and the same fake https origin the Chromium printer of the CLI and tests uses
// (a data: URL of a page with embedded fonts exceeds Chromium's URL length limit).
// Every other request of the window is cancelled.

/** No `persist:` prefix: the partition lives in memory and is gone when the app quits. */
export const PDF_PARTITION = 'pdf-print';
export const PDF_ORIGIN = 'https://print.partnerdesk.invalid';

interface PrintSession {
  documents: Map<string, string>;
}

let printSession: PrintSession | null = null;

/** Sets the partition's session up once: permissions denied, requests filtered, documents served. */
function setUpSession(): PrintSession {
  if (printSession) return printSession;
  const documents = new Map<string, string>();
  const ses: Session = session.fromPartition(PDF_PARTITION);
  denyAllPermissions(ses);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = documents.has(details.url) || details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
  // Intercepts https on this session only; the main window's session is untouched.
  ses.protocol.handle('https', (request) => {
    const html = documents.get(request.url);
    if (html === undefined) return new Response('', { status: 404 });
    return new Response(html, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  printSession = { documents };
  return printSession;
}

/**
 * 'load' does not wait for every data: font slice to be decoded, and a print before that
 * falls back to a font without CJK glyphs. The page's JavaScript is off, so ask through the
 * DevTools protocol (as the Chromium printer of the CLI does); page scripts still never run.
 */
async function fontsReady(contents: Electron.WebContents): Promise<void> {
  const devtools = contents.debugger;
  devtools.attach('1.3');
  try {
    await devtools.sendCommand('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true });
  } finally {
    devtools.detach();
  }
}

/** Electron's printToPDF in a throwaway hidden window; wired into createCore by shell/index.ts. */
export function createElectronPdfPrinter(): PdfPrinter {
  return {
    async print(html: string, options: PdfPrintOptions = {}): Promise<Buffer> {
      const { signal } = options;
      if (signal?.aborted) throw cancelledError();
      const { documents } = setUpSession();
      const url = `${PDF_ORIGIN}/${randomUUID()}.html`;
      documents.set(url, html);
      const window = createSecureWindow({
        allowedOrigin: PDF_ORIGIN,
        options: {
          show: false,
          width: 1024,
          height: 768,
          webPreferences: { javascript: false, partition: PDF_PARTITION, images: true },
        },
      });
      const abort = (): void => {
        if (!window.isDestroyed()) window.destroy();
      };
      signal?.addEventListener('abort', abort, { once: true });
      try {
        await window.loadURL(url);
        await fontsReady(window.webContents);
        const pdf = await window.webContents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          landscape: options.landscape ?? false,
        });
        if (signal?.aborted) throw cancelledError();
        return Buffer.from(pdf);
      } catch (error) {
        if (signal?.aborted) throw cancelledError();
        throw error;
      } finally {
        signal?.removeEventListener('abort', abort);
        documents.delete(url);
        if (!window.isDestroyed()) window.destroy();
      }
    },
  };
}
