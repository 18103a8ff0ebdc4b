import { CustomChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the charts of the app draw, so that the bundle carries no more of ECharts than that.
use([CustomChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

/**
 * An ECharts chart that follows its option and the size of its container. (echarts-for-react ships
 * CommonJS typings that do not typecheck under NodeNext; this small wrapper is all the app needs.)
 */
export function EChart({ option, height }: { option: EChartsCoreOption; height: number }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const dom = element.current;
    if (!dom) return;
    const instance = init(dom, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The observer reports the initial size too: redrawing the whole chart for it would double the
    // cost of the first draw, so only an actual change of size resizes.
    const sizeOf = () => `${dom.clientWidth}x${dom.clientHeight}`;
    let size = sizeOf();
    const observer = new ResizeObserver(() => {
      const next = sizeOf();
      if (next === size) return;
      size = next;
      instance.resize();
    });
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} className="timeline-chart" style={{ height }} />;
}
