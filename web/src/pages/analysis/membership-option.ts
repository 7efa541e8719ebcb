import type { UiLang } from '../../i18n/messages.ts';
import { entityName } from '../../lib/entity-name.ts';
import type { MembershipDto, MembershipStatusDto } from '../../../../api/schemas/analysis.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import type { ChartOption } from './echarts.ts';
import { escapeHtml } from './when.ts';

type T = Pick<I18n, 't' | 'locale' | 'lang'>;

/** One colour per status: in (blue/green), willing (amber), out (red/grey). */
export const STATUS_COLORS: Record<MembershipStatusDto, string> = {
  member: '#1d4ed8',
  participating: '#0f766e',
  willing: '#d97706',
  excluded: '#b91c1c',
  not_member: '#6b7280',
};

/** What a heatmap cell or conflict mark carries back on click. */
export interface CellMark {
  value: number[];
  entity: string;
  bucket: string;
}

/** "avril 2025" for a YYYY-MM bucket. */
export const monthLabel = (bucket: string, locale: string): string => {
  const [y, m] = bucket.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1)));
};

/** The row label of an entity: its name as written, and the group it was named through. */
export const rowLabel = (e: MembershipDto['entities'][number], lang: UiLang): string =>
  e.via.length ? `${e.entity.id.replace(/^[a-z]+:/, '')} (${e.via.map((g) => entityName(g, lang)).join(', ')})` : `${e.entity.id.replace(/^[a-z]+:/, '')} — ${entityName(e.entity, lang)}`;

/** Entities × months as a heatmap: status as colour (the visual map is the legend), conflicts as a marker. */
export function membershipOption(m: MembershipDto, i18n: T): ChartOption {
  const rows = m.entities.map((e) => e.entity.id);
  const statusIdx = (s: MembershipStatusDto) => m.statuses.indexOf(s);
  const cells: CellMark[] = m.cells.map((c) => ({ value: [m.buckets.indexOf(c.bucket), rows.indexOf(c.entity), statusIdx(c.status), c.evidence.length], entity: c.entity, bucket: c.bucket }));
  const conflicts: CellMark[] = m.cells.filter((c) => c.conflict).map((c) => ({ value: [m.buckets.indexOf(c.bucket), rows.indexOf(c.entity)], entity: c.entity, bucket: c.bucket }));
  const byKey = new Map(m.cells.map((c) => [`${c.entity}\u0000${c.bucket}`, c]));
  const conflictName = i18n.t('membership.conflict');
  return {
    grid: { left: 200, right: 24, top: 64, bottom: 48 },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const d = (params as { data?: Partial<CellMark> }).data;
        const cell = d?.entity && d.bucket ? byKey.get(`${d.entity}\u0000${d.bucket}`) : undefined;
        if (!cell) return '';
        const statuses = [...new Set(cell.evidence.map((e) => i18n.t(`membership.status.${e.status}`)))].join(' / ');
        const sources = [...new Set(cell.evidence.flatMap((e) => e.citations.map((c) => c.documentTitle)))].map(escapeHtml).join('<br>');
        return `<strong>${escapeHtml(cell.entity)}</strong> · ${escapeHtml(monthLabel(cell.bucket, i18n.locale))}<br>${escapeHtml(statuses)}${cell.conflict ? ` ⚠ ${escapeHtml(conflictName)}` : ''}<br><span style="opacity:.8">${sources}</span>`;
      },
    },
    legend: { bottom: 0, data: [conflictName] },
    xAxis: { type: 'category', data: m.buckets.map((b) => monthLabel(b, i18n.locale)), splitArea: { show: true } },
    yAxis: { type: 'category', data: m.entities.map((e) => rowLabel(e, i18n.lang)), inverse: true, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise',
      dimension: 2,
      seriesIndex: 0,
      orient: 'horizontal',
      top: 0,
      left: 'center',
      pieces: m.statuses.map((s, i) => ({ value: i, label: i18n.t(`membership.status.${s}`), color: STATUS_COLORS[s] })),
    },
    series: [
      {
        type: 'heatmap',
        data: cells,
        label: { show: true, color: '#fff', formatter: (p: unknown) => String((p as { data: CellMark }).data.value[3] ?? '') },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#111', borderWidth: 2 } },
      },
      { type: 'scatter', name: conflictName, symbol: 'triangle', symbolSize: 14, symbolOffset: [18, -10], itemStyle: { color: '#facc15', borderColor: '#111', borderWidth: 1 }, data: conflicts, z: 5 },
    ],
  };
}
