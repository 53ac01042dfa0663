import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what one bar chart needs: echarts/core keeps the rest of ECharts out of the bundle, and this
// file is its own chunk, loaded when the powers or evaluations view shows a chart.
echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface CoverageBar {
  label: string;
  /** A value from 0 to 100 (coverage in percent, an evaluation's total), for drawing only: the table next to the chart shows the exact strings. */
  percent: number;
}

/** One horizontal bar chart on a 0–100 axis; `suffix` follows each value ('%' by default, '' for scores). */
export default function CoverageChart({ bars, title, suffix = '%' }: { bars: CoverageBar[]; title: string; suffix?: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: title } },
      animation: false,
      grid: { left: 150, right: 30, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}${suffix}` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: `{value}${suffix}`, color: '#1a1a1a' } },
      yAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { color: '#1a1a1a', width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: bars.map((b) => b.percent), itemStyle: { color: '#a3000f' }, label: { show: true, position: 'right', formatter: `{c}${suffix}`, color: '#1a1a1a' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, title, suffix]);
  return <div ref={element} className="chart" role="img" aria-label={title} style={{ height: Math.max(160, 40 + bars.length * 34) }} />;
}
