import type { AnalysisClaimDto, EffectiveTimeDto } from '../../../../api/schemas/analysis.ts';
import type { I18n } from '../../i18n/I18nProvider.tsx';
import { formatPublished } from '../../lib/format.ts';
import { formatTime } from '../claims/format.ts';

type T = Pick<I18n, 't' | 'tMaybe' | 'locale'>;

/** The date a point is drawn at, in words, saying whether the text gave it or the document date stood in. */
export function whenText(time: EffectiveTimeDto | null, claim: Pick<AnalysisClaimDto, 'documentDate'>, i18n: T): string {
  if (!time) return i18n.t('an.time.none');
  if (time.source === 'text') {
    const t = formatTime(time, i18n);
    const doc = claim.documentDate ? ` · ${i18n.t('an.docDate', { d: shortDate(claim.documentDate, i18n.locale) })}` : '';
    return `${i18n.t('an.time.text', { t: time.text ? `${t} (« ${time.text} »)` : t })}${doc}`;
  }
  return i18n.t('an.time.document', { d: shortDate(time.from, i18n.locale) });
}

/** Short date for axes and tables. */
export const shortDate = (iso: string, locale: string): string => formatPublished(iso, 'day', locale) ?? iso;

/** Escapes text for the chart tooltips (ECharts renders them as HTML). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
