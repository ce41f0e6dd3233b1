/**
 * Prints a self-contained HTML document (fonts and images as data: URLs) to PDF. The app
 * uses Electron's printToPDF in a sandboxed, JavaScript-off window (shell/pdfWindow.ts);
 * the CLI, the harness and the tests use Debian's Chromium through playwright-core
 * (chromiumPdfPrinter.ts). Both get the same HTML, so tests exercise what users print.
 */
export interface PdfPrintOptions {
  landscape?: boolean;
  /** Cancels a print in progress. */
  signal?: AbortSignal;
}

export interface PdfPrinter {
  print(html: string, options?: PdfPrintOptions): Promise<Buffer>;
  close?(): Promise<void>;
}
