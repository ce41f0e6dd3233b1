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

function chartOption(chart: ReportChart): Record<string, unknown> {
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
  return {
    ...base,
    grid: { left: 60, right: 30, top: 50, bottom: 60 },
    xAxis: { type: 'category', data: chart.categories, axisLabel: { fontFamily: FONT_STACK.sans, interval: 0 } },
    yAxis: { type: 'value', axisLabel: { fontFamily: FONT_STACK.sans } },
    series: chart.series.map((s) => ({ type: chart.kind, name: s.name, data: s.data, label: { show: true, position: 'top' } })),
  };
}

/** One chart as an SVG string (escaped by ECharts), sized for an A4 page. */
export async function renderChartSvg(chart: ReportChart, size = { width: CHART_WIDTH, height: CHART_HEIGHT }): Promise<string> {
  const echarts = await loadECharts();
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption(chartOption(chart));
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
