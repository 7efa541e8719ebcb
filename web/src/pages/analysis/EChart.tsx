import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echarts.ts';

interface Props {
  option: ChartOption;
  /** Called with the `data` item of a clicked mark (points and cells carry their own ids). */
  onItemClick?: (data: unknown) => void;
  /** What the chart shows, in one sentence, for assistive technology (a table follows it). */
  label: string;
  height?: number;
  testId?: string;
}

/** A tiny React wrapper: one ECharts instance per mount, options replaced on change, resized with its box. */
export function EChart({ option, onItemClick, label, height = 360, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onItemClick);
  click.current = onItemClick;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => click.current?.(p.data));
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" role="img" aria-label={label} style={{ height }} data-testid={testId} />;
}
