import type { SentenceDto } from '../../../../api/schemas/documents.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatCount } from '../../lib/format.ts';

export type CopyStatus = 'idle' | 'copied' | 'failed';

interface Props {
  sentence: SentenceDto | null;
  total: number;
  url: string | null;
  copyStatus: CopyStatus;
  onCopy: () => void;
}

/** Bottom bar of the reader: the selected sentence's link, a copy button and the shortcuts. */
export function SentenceBar({ sentence, total, url, copyStatus, onCopy }: Props) {
  const { t, locale } = useI18n();
  return (
    <div className="sentence-bar" data-testid="sentence-bar">
      <div className="sentence-bar-inner">
        {sentence && url ? (
          <>
            <span className="sentence-bar-label">
              {t('reader.selected', { n: formatCount(sentence.idx + 1, locale), total: formatCount(total, locale), page: sentence.pageStart })}
            </span>
            <input
              id="sentence-link"
              className="sentence-link"
              type="text"
              readOnly
              value={url}
              aria-label={t('reader.copy')}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="button button-primary" onClick={onCopy}>
              {t('reader.copy')}
            </button>
          </>
        ) : (
          <span className="sentence-bar-label muted">{t('reader.noSelection')}</span>
        )}
        <span className="copy-status" role="status">
          {copyStatus === 'copied' ? t('reader.copied') : copyStatus === 'failed' ? t('reader.copyFailed') : ''}
        </span>
        <span className="shortcuts">{t('reader.shortcuts')}</span>
      </div>
    </div>
  );
}
