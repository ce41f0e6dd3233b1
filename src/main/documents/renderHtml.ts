import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { AgreementDocumentView } from '@shared/documents/AgreementDocumentView';
import { documentCss } from '@shared/documents/documentCss';
import type { DocumentInput } from '@shared/documents/documentInput';
import { layoutDocument, layoutText, runsText } from '@shared/documents/documentLayout';
import { FONT_STACK, fontFaceCss } from '../pdf/fonts';

export interface RenderedDocument {
  /** Self-contained HTML (CSP, embedded fonts) for the PDF printer. */
  html: string;
  /** Merge fields the document uses whose value is missing, in order of first use. */
  missing: string[];
}

// The print window also runs with JavaScript off and no network; the CSP is the second
// layer (reliability.md §11): even injected markup could load or run nothing.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** For the one string outside React (the <title>, which becomes the PDF's Title). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The full HTML of one agreement document, rendered from the shared print template. */
export function renderDocumentHtml(input: DocumentInput): RenderedDocument {
  const layout = layoutDocument(input);
  const body = renderToStaticMarkup(createElement(AgreementDocumentView, { layout }));
  const { before, middle, after } = layout.footer;
  const footer = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(after)}`;
  const css = [
    fontFaceCss(layoutText(layout), ['serif']),
    `@page{size:A4;margin:25mm 25mm 22mm 25mm;@bottom-center{content:${footer};font-family:${FONT_STACK.serif};font-size:10pt}}`,
    'html,body{margin:0;padding:0;background:#fff}',
    documentCss(FONT_STACK.serif),
  ].join('\n');
  const lang = input.lang === 'zh-CN' ? 'zh-CN' : 'en';
  const html =
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<title>${escapeHtml(runsText(layout.title).replace(/\n/g, ' '))}</title><style>${css}</style></head><body>${body}</body></html>`;
  return { html, missing: layout.missing };
}
