// Apache ECharts with only the parts the dashboard draws (keeps the first page small).
import { useEffect, useRef } from 'preact/hooks';
import { init, use, registerMap, type ComposeOption, type ECharts } from 'echarts/core';
import { BarChart, LineChart, MapChart, PieChart, RadarChart, type BarSeriesOption, type LineSeriesOption, type MapSeriesOption, type PieSeriesOption, type RadarSeriesOption } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
  type GridComponentOption, type LegendComponentOption, type TooltipComponentOption, type VisualMapComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

use([BarChart, LineChart, MapChart, PieChart, RadarChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | MapSeriesOption | PieSeriesOption | RadarSeriesOption |
  GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
> & { radar?: unknown; aria?: unknown };

export { registerMap };

/** One chart; `summary` is its text alternative for screen readers. */
export function Chart({ option, height = 320, summary, testId }: { option: ChartOption; height?: number; summary: string; testId?: string }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | undefined>(undefined);
  useEffect(() => {
    if (!element.current) return undefined;
    const instance = init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
  }, [option]);
  return (
    <figure class="chart" data-testid={testId}>
      <div ref={element} style={{ height: `${height}px`, width: '100%' }} role="img" aria-label={summary} />
      <figcaption class="visually-hidden">{summary}</figcaption>
    </figure>
  );
}
