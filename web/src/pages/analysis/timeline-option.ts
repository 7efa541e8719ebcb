import type { PointDto, TimelineDto } from '../../../../api/schemas/analysis.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import { formatValue, predicateLabel } from '../claims/format.ts';
import type { ChartOption } from './echarts.ts';
import { escapeHtml, whenText } from './when.ts';

type T = Pick<I18n, 't' | 'tMaybe' | 'locale'>;

/** What each plotted mark carries, so a click or a hover finds its claim. */
export interface PointMark {
  value: [string, number | string];
  claimId: string;
  index: number;
}

const INK = '#1f4e79';
const APPROX = '#b45309';
const TENTATIVE = '#7c3aed';

const isTentative = (p: PointDto) => p.claim.modality === 'proposed' || p.claim.modality === 'hypothetical';

/** Hover text: the value, when, the exact quote(s) and their source. */
function tooltipHtml(p: PointDto, i18n: T): string {
  const value = p.claim.value ? formatValue(p.claim.value, i18n) : '';
  const quotes = p.claim.citations
    .map((c) => `<div class="an-tip-quote">« ${escapeHtml(c.quote)} »</div><div class="an-tip-source">${escapeHtml(c.documentTitle)} · ${escapeHtml(i18n.t('an.page', { n: c.page }))}</div>`)
    .join('');
  const modality = i18n.tMaybe(`claims.modality.${p.claim.modality}`) ?? p.claim.modality;
  const who = p.claim.attribution ? ` · ${escapeHtml(i18n.t('an.attribution', { who: p.claim.attribution.name }))}` : '';
  return `<div class="an-tip"><strong>${escapeHtml(value)}</strong> · ${escapeHtml(predicateLabel(p.claim.predicate, i18n))} · ${escapeHtml(modality)}${who}<div class="an-tip-when">${escapeHtml(whenText(p.time, p.claim, i18n))}</div>${quotes}</div>`;
}

/**
 * The chart of a timeline. Numbers: exact values are filled dots, approximate ones hollow dots
 * with an error bar over the range their wording allows (an arrow-less bar to the edge for
 * "more than"). Text values (a status): one row per value, filled when stated, hollow when only
 * proposed or hypothetical.
 */
export function timelineOption(tl: TimelineDto, i18n: T): ChartOption {
  const pts = tl.points;
  const mark = (p: PointDto, index: number, y: number | string): PointMark => ({ value: [p.time!.from, y], claimId: p.claim.id, index });
  const tooltip = {
    trigger: 'item' as const,
    confine: true,
    extraCssText: 'max-width: 26rem; white-space: normal;',
    formatter: (params: unknown) => {
      const data = (params as { data?: Partial<PointMark> }).data;
      const p = data?.index !== undefined ? pts[data.index] : undefined;
      return p ? tooltipHtml(p, i18n) : '';
    },
  };
  // Room on both sides so the first and last points (and their error bars) are not cut by the frame.
  const pad = ({ min, max }: { min: number; max: number }) => Math.max(15 * 86_400_000, (max - min) * 0.05);
  const xAxis = { type: 'time' as const, axisLabel: { hideOverlap: true }, min: (v: { min: number; max: number }) => v.min - pad(v), max: (v: { min: number; max: number }) => v.max + pad(v) };
  const grid = { left: 64, right: 24, top: 48, bottom: 40 };
  const numeric = pts.some((p) => p.number);
  if (!numeric) {
    const rows = [...new Set(pts.map((p) => (p.claim.value ? formatValue(p.claim.value, i18n) : '—')))];
    const y = (p: PointDto) => (p.claim.value ? formatValue(p.claim.value, i18n) : '—');
    return {
      grid,
      tooltip,
      legend: { top: 0 },
      xAxis,
      yAxis: { type: 'category', data: rows },
      series: [
        { type: 'scatter', name: i18n.t('timeline.series.asserted'), symbolSize: 16, itemStyle: { color: INK }, data: pts.flatMap((p, i) => (isTentative(p) ? [] : [mark(p, i, y(p))])) },
        {
          type: 'scatter',
          name: i18n.t('timeline.series.tentative'),
          symbol: 'emptyCircle',
          symbolSize: 16,
          itemStyle: { color: TENTATIVE, borderWidth: 2 },
          data: pts.flatMap((p, i) => (isTentative(p) ? [mark(p, i, y(p))] : [])),
        },
      ],
    };
  }
  const ranges = pts.flatMap((p, i) => (p.number && !p.exact ? [{ value: [p.time!.from, p.number.low ?? NaN, p.number.high ?? NaN], index: i, claimId: p.claim.id }] : []));
  return {
    grid,
    tooltip,
    legend: { top: 0 },
    xAxis,
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => new Intl.NumberFormat(i18n.locale, { notation: 'compact' }).format(v) } },
    series: [
      {
        type: 'line',
        name: i18n.t('timeline.series.trend'),
        silent: true,
        showSymbol: false,
        lineStyle: { type: 'dashed', color: '#94a3b8', width: 1 },
        data: pts.flatMap((p) => (p.number ? [[p.time!.from, p.number.amount]] : [])),
        z: 1,
      },
      {
        type: 'custom',
        name: i18n.t('timeline.series.range'),
        itemStyle: { color: APPROX },
        renderItem: (params, api) => {
          const sys = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
          const x = api.coord([api.value(0), 0])[0] ?? 0;
          const lowV = api.value(1);
          const highV = api.value(2);
          const yLow = typeof lowV === 'number' && Number.isFinite(lowV) ? (api.coord([api.value(0), lowV])[1] ?? 0) : sys.y + sys.height;
          const yHigh = typeof highV === 'number' && Number.isFinite(highV) ? (api.coord([api.value(0), highV])[1] ?? 0) : sys.y;
          const style = { stroke: APPROX, lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: x, y1: yLow, x2: x, y2: yHigh }, style },
              { type: 'line', shape: { x1: x - 6, y1: yLow, x2: x + 6, y2: yLow }, style },
              { type: 'line', shape: { x1: x - 6, y1: yHigh, x2: x + 6, y2: yHigh }, style },
            ],
          };
        },
        encode: { x: 0, y: [1, 2] },
        data: ranges,
        z: 2,
      },
      { type: 'scatter', name: i18n.t('timeline.series.exact'), symbolSize: 14, itemStyle: { color: INK }, data: pts.flatMap((p, i) => (p.number && p.exact ? [mark(p, i, p.number.amount)] : [])), z: 3 },
      {
        type: 'scatter',
        name: i18n.t('timeline.series.approx'),
        symbol: 'emptyCircle',
        symbolSize: 14,
        itemStyle: { color: APPROX, borderWidth: 2 },
        data: pts.flatMap((p, i) => (p.number && !p.exact ? [mark(p, i, p.number.amount)] : [])),
        z: 3,
      },
    ],
  };
}
