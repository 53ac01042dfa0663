import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what one bar chart needs: echarts/core keeps the rest of ECharts out of the bundle, and this
// file is its own chunk, loaded when the powers view shows a chart.
echarts.use([BarChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface CoverageBar {
  label: string;
  /** Coverage in percent, for drawing only (the table next to the chart shows the exact amounts). */
  percent: number;
}

export default function CoverageChart({ bars, title }: { bars: CoverageBar[]; title: string }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!element.current) return;
    const chart = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: title } },
      animation: false,
      grid: { left: 150, right: 30, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${v}%` },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%', color: '#1a1a1a' } },
      yAxis: { type: 'category', data: bars.map((b) => b.label), axisLabel: { color: '#1a1a1a', width: 140, overflow: 'truncate' } },
      series: [{ type: 'bar', data: bars.map((b) => b.percent), itemStyle: { color: '#a3000f' }, label: { show: true, position: 'right', formatter: '{c}%', color: '#1a1a1a' } }],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [bars, title]);
  return <div ref={element} className="chart" role="img" aria-label={title} style={{ height: Math.max(160, 40 + bars.length * 34) }} />;
}
