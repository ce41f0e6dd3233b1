import type * as echartsTypes from 'echarts';
import type { ReportChart } from '@shared/domain/report';
import { FONT_STACK } from '../../pdf/fonts';

// Charts for PDF reports as SVG from ECharts' server-side renderer: no DOM, no canvas, no
// JavaScript in the print window. ECharts escapes the text it puts into the SVG (a test
// prints a '<script>' category), so the string can be inserted into the escaped HTML.

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;

type EChartsModule = typeof echartsTypes;
let echartsModule: Promise<EChartsModule> | null = null;

/** Loaded on first use: xlsx and csv exports never pay for ECharts. */
function loadECharts(): Promise<EChartsModule> {
  echartsModule ??= import('echarts');
  return echartsModule;
}

// ── Category axis labels that never overlap ─────────────────────────────────
// ECharts' `interval: 0` draws every label centred under its bar whatever its width, so long
// Chinese indicator names (接受顶岗实习学生数, 108 px at 12 px) ran into each other. The labels
// are laid out here from their measured widths: as they are if they fit their slot; else
// wrapped onto up to 3 lines; else turned vertical (wrapped if long); else, with too many
// categories for even vertical text, a smaller font and then every k-th label only.

const GRID = { left: 60, right: 30, top: 50 };
/** Legend row plus the gap above it. */
const LEGEND_SPACE = 34;
const LABEL_GAP = 8;
/** Room kept between neighbouring labels, in px. */
const LABEL_PADDING = 6;
/** Noto Sans SC boxes are about 1.45 em tall: wrapped lines 1.5 em apart never touch. */
const LINE_HEIGHT = 1.5;
const MAX_LINES = 3;
/** Longest vertical label before it is wrapped into a second column. */
const MAX_VERTICAL = 150;

/**
 * Width of `text` at `fontSize` px, erring wide: CJK and other full-width characters are one
 * em, everything else 0.62 em (Noto Sans SC digits and Latin are narrower).
 */
export function labelWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.62;
  return ems * fontSize;
}

/** Greedy wrap at character boundaries (Chinese has no spaces to break at). */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && labelWidth(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

export interface AxisLabelLayout {
  fontSize: number;
  /** 0 or 90 degrees. */
  rotate: 0 | 90;
  /** Show every (interval + 1)-th label. */
  interval: number;
  /** Each category's label text, with \n where it wraps. */
  texts: string[];
  /** Height the labels take below the axis, in px. */
  height: number;
}

export function categoryAxisLayout(categories: readonly string[], plotWidth: number): AxisLabelLayout {
  const n = Math.max(categories.length, 1);
  const slot = plotWidth / n;
  for (const fontSize of [12, 11, 10, 9]) {
    const lineHeight = fontSize * LINE_HEIGHT;
    const usable = slot - LABEL_PADDING;
    const widths = categories.map((c) => labelWidth(c, fontSize));
    if (Math.max(0, ...widths) <= usable) return { fontSize, rotate: 0, interval: 0, texts: [...categories], height: lineHeight };
    if (usable >= fontSize * 2) {
      const wrapped = categories.map((c) => wrapLabel(c, usable, fontSize));
      const lines = Math.max(...wrapped.map((w) => w.length));
      if (lines <= MAX_LINES) return { fontSize, rotate: 0, interval: 0, texts: wrapped.map((w) => w.join('\n')), height: lines * lineHeight };
    }
    // Vertical: each label is as thick as its lines; long ones take a second line.
    const vertical = categories.map((c) => wrapLabel(c, MAX_VERTICAL, fontSize));
    const thickness = Math.max(...vertical.map((v) => v.length)) * lineHeight;
    if (thickness + LABEL_PADDING <= slot) {
      const length = Math.max(0, ...vertical.flat().map((line) => labelWidth(line, fontSize)));
      return { fontSize, rotate: 90, interval: 0, texts: vertical.map((v) => v.join('\n')), height: length };
    }
  }
  // Too many categories even for vertical 9 px text: show every k-th label, vertical.
  const fontSize = 9;
  const vertical = categories.map((c) => wrapLabel(c, MAX_VERTICAL, fontSize));
  const thickness = Math.max(...vertical.map((v) => v.length)) * fontSize * LINE_HEIGHT + LABEL_PADDING;
  const every = Math.ceil(thickness / slot);
  const length = Math.max(0, ...vertical.flat().map((line) => labelWidth(line, fontSize)));
  return { fontSize, rotate: 90, interval: every - 1, texts: vertical.map((v) => v.join('\n')), height: length };
}

/** The SVG height a chart needs: the plot keeps its height, the labels get what they take. */
export function chartHeight(chart: ReportChart, width = CHART_WIDTH): number {
  if (chart.kind === 'pie') return CHART_HEIGHT;
  const layout = categoryAxisLayout(chart.categories, width - GRID.left - GRID.right);
  return Math.ceil(CHART_HEIGHT - 60 + LABEL_GAP + layout.height + LEGEND_SPACE);
}

function chartOption(chart: ReportChart, width: number): Record<string, unknown> {
  const base = {
    animation: false,
    textStyle: { fontFamily: FONT_STACK.sans },
    title: { text: chart.title, left: 'center', textStyle: { fontFamily: FONT_STACK.sans, fontSize: 14 } },
    legend: { bottom: 0, textStyle: { fontFamily: FONT_STACK.sans } },
  };
  if (chart.kind === 'pie') {
    const series = chart.series[0];
    return {
      ...base,
      series: [
        {
          type: 'pie',
          name: series?.name ?? chart.title,
          radius: '55%',
          data: chart.categories.map((name, i) => ({ name, value: series?.data[i] ?? null })),
          label: { fontFamily: FONT_STACK.sans },
        },
      ],
    };
  }
  const layout = categoryAxisLayout(chart.categories, width - GRID.left - GRID.right);
  const texts = new Map(chart.categories.map((c, i) => [c, layout.texts[i] ?? c]));
  return {
    ...base,
    grid: { ...GRID, bottom: Math.ceil(LABEL_GAP + layout.height + LEGEND_SPACE) },
    xAxis: {
      type: 'category',
      data: chart.categories,
      axisLabel: {
        fontFamily: FONT_STACK.sans,
        fontSize: layout.fontSize,
        interval: layout.interval,
        rotate: layout.rotate,
        lineHeight: Math.ceil(layout.fontSize * LINE_HEIGHT),
        margin: LABEL_GAP,
        hideOverlap: false,
        formatter: (value: string) => texts.get(value) ?? value,
      },
    },
    yAxis: { type: 'value', axisLabel: { fontFamily: FONT_STACK.sans } },
    series: chart.series.map((s) => ({ type: chart.kind, name: s.name, data: s.data, label: { show: true, position: 'top' } })),
  };
}

/** One chart as an SVG string (escaped by ECharts), sized for an A4 page. */
export async function renderChartSvg(chart: ReportChart, size = { width: CHART_WIDTH, height: chartHeight(chart) }): Promise<string> {
  const echarts = await loadECharts();
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart, size.width));
    const svg = instance.renderToSVGString();
    // Belt and braces: the string is inserted unescaped, so refuse anything active in it.
    const markupOnly = svg.replace(/>[^<]*</g, '><');
    if (/<script|<foreignObject|<a[\s>]|\son[a-z]+\s*=|javascript:/i.test(markupOnly)) {
      throw new Error('chart SVG contains active content');
    }
    return svg;
  } finally {
    instance.dispose();
  }
}

/** All text a chart shows, for the font subset (fontFaceCss needs every character). */
export function chartText(chart: ReportChart): string {
  return [chart.title, ...chart.categories, ...chart.series.map((s) => s.name)].join('');
}
