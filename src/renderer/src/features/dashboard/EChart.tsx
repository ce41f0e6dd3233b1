import { useEffect, useMemo, useRef, useState } from 'react';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartOption } from './chartOption';
import { optionText } from './chartFont';
import { chartFontReady } from './chartFontReady';

// Only the charts and components the dashboard uses, drawn as SVG: no eval, no inline script,
// so the production CSP holds.
echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type { ChartOption } from './chartOption';

/** What a click on a bar or slice reports: the series' and data item's index. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
}

/**
 * One ECharts instance per mounted element: created on mount, given each new option, resized
 * with its box and disposed on unmount. The chart is decorative for assistive technology; the
 * caller renders the same figures as a list of links beside it.
 */
export function EChart({
  option,
  onClick,
  height = 260,
  testId,
}: {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  height?: number;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);

  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const el = box.current;
    if (!el) return undefined;
    const instance = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      clickRef.current?.({ seriesIndex: params.seriesIndex ?? 0, dataIndex: params.dataIndex });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  // Drawn only once the bundled CJK face covers the chart's text (chartFont.ts): drawn
  // earlier, labels would be measured, or even shown, in a face without the characters.
  const text = useMemo(() => optionText(option), [option]);
  const [readyFor, setReadyFor] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void chartFontReady(text).then(() => {
      if (live) setReadyFor(text);
    });
    return () => {
      live = false;
    };
  }, [text]);
  const fontReady = readyFor === text;

  useEffect(() => {
    if (fontReady) chart.current?.setOption(option, { notMerge: true });
  }, [option, fontReady]);

  return (
    <div
      ref={box}
      data-testid={testId}
      data-font-ready={fontReady ? 'true' : 'false'}
      aria-hidden
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : 'default' }}
    />
  );
}
