import { useMemo } from 'react';
import { Card } from 'antd';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import type { BarSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ComposeOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import type { ReportChart } from '@shared/domain/report';
import { EChart, type ChartOption } from '../dashboard/EChart';

// R7's charts, drawn by the dashboard's EChart (SVG, CSP-safe). The dashboard registers bar
// and pie only; reports also need lines, registered here once.
echarts.use([LineChart]);

type ReportChartOption = ComposeOption<
  BarSeriesOption | PieSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

const GRID = { left: 8, right: 16, top: 40, bottom: 32, containLabel: true } as const;

/**
 * ECharts writes its own font-family on every SVG text (sans-serif by default), which has no
 * Chinese glyphs where only the bundled Noto Sans SC has them: use the page's font stack.
 */
function pageFontFamily(): string | undefined {
  return typeof document === 'undefined' ? undefined : getComputedStyle(document.body).fontFamily || undefined;
}

export function chartOption(chart: ReportChart, fontFamily = pageFontFamily()): ReportChartOption {
  const textStyle = fontFamily ? { fontFamily } : {};
  if (chart.kind === 'pie') {
    const series = chart.series[0];
    return {
      textStyle,
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          name: series?.name ?? chart.title,
          // A blank figure has no slice (a pie cannot show "no data").
          data: chart.categories.flatMap((name, i) => {
            const value = series?.data[i];
            return value === null || value === undefined ? [] : [{ name, value }];
          }),
        },
      ],
    };
  }
  return {
    textStyle,
    aria: { enabled: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: GRID,
    xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, rotate: chart.categories.length > 6 ? 30 : 0 } },
    yAxis: { type: 'value' },
    series: chart.series.map((s) =>
      chart.kind === 'line' ? { type: 'line' as const, name: s.name, data: s.data } : { type: 'bar' as const, name: s.name, data: s.data },
    ),
  };
}

/** One chart plus the same figures as text (the chart itself is hidden from screen readers). */
export function ReportChartView({ chart, testId }: { chart: ReportChart; testId: string }) {
  const { t } = useTranslation();
  // The reports' option type is wider than the dashboard's (it adds lines); EChart hands it to
  // ECharts unchanged, and LineChart is registered above.
  const option = useMemo(() => chartOption(chart) as ChartOption, [chart]);
  return (
    <Card size="small" title={<h3 className="report-chart-title">{chart.title}</h3>} data-testid={testId}>
      <figure aria-label={t('reports.preview.chart', { title: chart.title })} style={{ margin: 0 }}>
        <EChart option={option} height={280} />
        <ul className="report-chart-figures">
          {chart.categories.map((category, i) => (
            <li key={`${i}-${category}`}>
              {category}：
              {chart.series
                .flatMap((s) => {
                  const value = s.data[i];
                  // A blank figure stays blank here too (never 0).
                  return value === null || value === undefined ? [] : [`${chart.series.length > 1 ? `${s.name} ` : ''}${value}`];
                })
                .join('，')}
            </li>
          ))}
        </ul>
      </figure>
    </Card>
  );
}
