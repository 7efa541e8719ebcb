import { useId } from 'react';
import type { FlagDto } from '../../../../api/schemas/alignment.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

/**
 * A discrepancy: its type, coloured by severity. The reason shows on hover (title) and, for the
 * keyboard and screen readers, in a tooltip tied to the focusable badge by aria-describedby.
 * `index` ties it to the highlighted spans of the same flag (see styles: .flag-hl-N).
 */
export function FlagBadge({ flag, index }: { flag: FlagDto; index: number }) {
  const { t } = useI18n();
  const id = useId();
  const type = t(`flag.type.${flag.type}`);
  const severity = t(`flag.severity.${flag.severity}`);
  return (
    <span className="flag-wrap">
      <span
        className={`flag-badge sev-${flag.severity}`}
        tabIndex={0}
        data-flag={index}
        data-flag-type={flag.type}
        title={flag.message}
        aria-label={t('flag.label', { type, severity })}
        aria-describedby={`${id}-tip`}
      >
        <span aria-hidden="true" className="sev-dot" />
        {type}
      </span>
      <span role="tooltip" id={`${id}-tip`} className="flag-tip">
        <strong>
          {type} · {severity}
        </strong>{' '}
        {flag.message}
      </span>
    </span>
  );
}
