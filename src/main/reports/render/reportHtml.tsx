import { renderToStaticMarkup } from 'react-dom/server';
import type { ReportColumn, ReportSection, ReportTable } from '@shared/domain/report';
import { fontFaceCss, FONT_STACK } from '../../pdf/fonts';
import { chartText, renderChartSvg } from './chartSvg';
import { displayText, headerLabel } from './cellValues';
import { columnWidth, titleText } from './xlsxWriter';

// The PDF of a report is this HTML printed by Chromium (reliability.md §11): all user text
// goes through React's escaping, the CSP forbids everything but inline styles and data:
// fonts/images, and the print window runs no JavaScript. Charts are ECharts SVG strings,
// put in after rendering in place of slots whose markup no escaped text can produce.

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** Sum of xlsx width hints above which the table is printed on landscape pages. */
const PORTRAIT_MAX_WIDTH = 110;

export interface ReportHtml {
  html: string;
  landscape: boolean;
}

/** A CSS string literal for user text (the @page header): no quote, backslash, newline or `<` survives raw. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"\n\r\f<>]/g, (ch) => `\\${ch.codePointAt(0)?.toString(16) ?? ''} `)}"`;
}

export function isWide(table: ReportTable): boolean {
  return table.sections.some((s) => s.columns.reduce((sum, c) => sum + columnWidth(c), 0) > PORTRAIT_MAX_WIDTH);
}

function footerText(): string {
  return '第 页 共 页';
}

const NUMERIC: ReadonlySet<ReportColumn['type']> = new Set(['integer', 'money', 'ratio']);

/** Codes (USCC, 专业代码, 课程号), 年月 and dates: a line break inside one makes it a different value. */
export function isIdentifierColumn(column: ReportColumn): boolean {
  return column.code === true || column.type === 'yearMonth' || column.type === 'date';
}

/**
 * Width of printed text in em, erring wide: CJK and other full-width characters 1 em, the rest
 * 0.66 em (the widest Noto Sans SC capitals used in USCCs, M and W, are about 0.65 em).
 */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.66;
  return ems;
}

/** The min-width of an identifier column: its longest cell, so no cell ever wraps. */
function identifierWidth(section: ReportSection, column: ReportColumn): number {
  let widest = 0;
  for (const row of section.rows) widest = Math.max(widest, textEms(displayText(row.cells[column.key], column)));
  return Math.ceil(widest * 10) / 10;
}

/**
 * The running header of a section's pages: college · report · section (when it has its own
 * title) · period. Each section prints on its own named page, so the header names it.
 */
export function sectionHeader(table: ReportTable, section: ReportSection): string {
  const own = section.title !== '' && section.title !== table.title;
  // A section title that already starts with the report's (R7: 年度校企合作数据汇总 数量指标) is not doubled.
  const names = !own ? table.title : section.title.startsWith(table.title) ? section.title : `${table.title} · ${section.title}`;
  return `${table.college} · ${names} · ${table.periodLabel}`;
}

function Section({ table, section, index }: { table: ReportTable; section: ReportSection; index: number }) {
  const showTitle = table.sections.length > 1 || (section.title !== '' && section.title !== table.title);
  const widths = section.columns.map((column) => (isIdentifierColumn(column) ? identifierWidth(section, column) : 0));
  const cellClass = (column: ReportColumn): string | undefined =>
    NUMERIC.has(column.type) && !column.code ? 'num' : isIdentifierColumn(column) ? 'id' : undefined;
  return (
    <section className={`section s${index}${index > 0 ? ' next' : ''}`}>
      {index === 0 ? (
        // Inside the first section, so the title shares its named page (a page change would break the page).
        <>
          <h1>{table.title}</h1>
          <p className="meta">{`${table.college} · ${table.periodLabel} · 生成于 ${table.generatedAt.slice(0, 10)}`}</p>
        </>
      ) : null}
      {showTitle ? <h2>{section.title}</h2> : null}
      {(section.charts ?? []).map((chart, i) => (
        <div key={`chart-${i}`} className="chart" data-chart-slot={`${index}-${i}`} />
      ))}
      <table>
        <thead>
          <tr>
            {section.columns.map((column, c) => (
              <th key={column.key} style={widths[c] ? { minWidth: `${widths[c]}em` } : undefined}>
                {headerLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row, r) => (
            <tr key={r} className={row.kind === 'total' || row.kind === 'subtotal' ? 'total' : undefined}>
              {section.columns.map((column) => (
                <td key={column.key} className={cellClass(column)}>
                  {displayText(row.cells[column.key], column)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {section.notes && section.notes.length > 0 ? (
        <ul className="notes">
          {section.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function styles(table: ReportTable, landscape: boolean, text: string): string {
  const header = titleText(table, table.sections[0] ?? { title: table.title, sheetName: '', columns: [], rows: [] });
  const box = `font-family:${FONT_STACK.sans};font-size:8.5pt;color:#444;`;
  // One named page per section (CSS Paged Media `page`), each with its own running header:
  // Chromium repeats a named page's margin boxes on every page the section fills.
  const sectionPages = table.sections
    .map((section, i) => `@page s${i}{@top-center{content:${cssString(sectionHeader(table, section))};${box}}}\n.s${i}{page:s${i};}`)
    .join('\n');
  return `${fontFaceCss(text, ['sans'])}
@page{size:A4 ${landscape ? 'landscape' : 'portrait'};margin:16mm 12mm 15mm 12mm;
@top-center{content:${cssString(header)};${box}}
@bottom-center{content:"第 " counter(page) " 页 共 " counter(pages) " 页";${box}}}
${sectionPages}
html{font-family:${FONT_STACK.sans};font-size:9pt;color:#000;}
body{margin:0;}
h1{font-size:15pt;text-align:center;margin:0 0 2mm;}
h2{font-size:11.5pt;margin:5mm 0 2mm;}
.meta{text-align:center;color:#444;margin:0 0 4mm;}
.section.next{break-before:page;}
.chart{break-inside:avoid;margin:0 auto 4mm;width:170mm;}
.chart svg{width:100%;height:auto;display:block;}
table{border-collapse:collapse;width:100%;}
thead{display:table-header-group;}
tr{break-inside:avoid;}
th,td{border:0.5pt solid #777;padding:1mm 1.4mm;vertical-align:top;word-break:break-word;}
th{background:#eef1f5;font-weight:700;text-align:center;}
td.num{text-align:right;white-space:nowrap;}
td.id{white-space:nowrap;word-break:keep-all;}
tr.total td{font-weight:700;}
.notes{margin:3mm 0 0;padding-left:5mm;color:#333;}`;
}

/** Every character the document shows, for the font subset (header and footer included). */
function documentText(table: ReportTable): string {
  const parts = [table.title, table.college, table.periodLabel, footerText(), '生成于 · （）'];
  for (const section of table.sections) {
    parts.push(sectionHeader(table, section), section.title, ...section.columns.map(headerLabel), ...(section.notes ?? []));
    parts.push(...(section.charts ?? []).map(chartText));
    for (const row of section.rows) for (const column of section.columns) parts.push(displayText(row.cells[column.key], column));
  }
  return parts.join('');
}

/** The complete, self-contained HTML of a report for the PDF printer. */
export async function renderReportHtml(table: ReportTable): Promise<ReportHtml> {
  const landscape = isWide(table);
  const css = styles(table, landscape, documentText(table));
  let html =
    '<!DOCTYPE html>' +
    renderToStaticMarkup(
      <html lang="zh-CN">
        <head>
          <meta charSet="utf-8" />
          <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
          <title>{`${table.title} ${table.periodLabel}`}</title>
          <style>{css}</style>
        </head>
        <body>
          {table.sections.map((section, index) => (
            <Section key={index} table={table} section={section} index={index} />
          ))}
        </body>
      </html>,
    );
  for (const [s, section] of table.sections.entries()) {
    for (const [c, chart] of (section.charts ?? []).entries()) {
      const slot = `<div class="chart" data-chart-slot="${s}-${c}"></div>`;
      const svg = await renderChartSvg(chart);
      // A function replacement: `$&`-style patterns in the SVG must not be interpreted.
      html = html.replace(slot, () => `<div class="chart">${svg}</div>`);
    }
  }
  return { html, landscape };
}
