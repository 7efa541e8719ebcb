import { Fragment, useState } from 'react';
import type { LinkDto, PairDto } from '../../../../api/schemas/alignment.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Side } from '../../lib/desk.ts';
import { Dialog } from './Dialog.tsx';

interface Props {
  link: LinkDto;
  pair: PairDto;
  sides: { left: Side; right: Side };
  onSplit: (srcAt: number, tgtAt: number) => void;
  onClose: () => void;
}

/** Where to cut by default: the middle, so a 2–2 link splits into 1–1 and 1–1. */
const middle = (n: number) => Math.ceil(n / 2);

/**
 * Choose, on each side, after which sentence the link is cut: the sentences above the cut stay,
 * those below form a new link after it. Each cut is a radio button between two sentences.
 */
export function SplitDialog({ link, pair, sides, onSplit, onClose }: Props) {
  const { t } = useI18n();
  const [at, setAt] = useState<Record<Side, number>>({ src: middle(link.src.length), tgt: middle(link.tgt.length) });
  const first = at.src + at.tgt;
  const rest = link.src.length - at.src + (link.tgt.length - at.tgt);
  const valid = first > 0 && rest > 0;

  const column = (side: Side) => {
    const doc = pair[side];
    const list = link[side];
    const cut = (k: number) => (
      <label className={`cut${at[side] === k ? ' is-chosen' : ''}`}>
        <input
          type="radio"
          name={`cut-${side}`}
          value={k}
          checked={at[side] === k}
          data-autofocus={side === sides.left && k === middle(list.length) ? '' : undefined}
          onChange={() => setAt((a) => ({ ...a, [side]: k }))}
        />
        <span>{k === 0 ? t('split.before') : k === list.length ? t('split.after') : t('split.between', { n: k })}</span>
      </label>
    );
    return (
      <fieldset key={side} className="split-side">
        <legend>
          <LangBadge lang={doc.lang} /> {t('split.legend', { lang: t(`lang.${doc.lang}`) })}
        </legend>
        {cut(0)}
        {list.map((s, i) => (
          <Fragment key={s.idx}>
            <p className="split-sentence" lang={doc.lang === 'und' ? undefined : doc.lang}>
              <span className="split-n">{i + 1}</span> {s.text}
            </p>
            {cut(i + 1)}
          </Fragment>
        ))}
      </fieldset>
    );
  };

  return (
    <Dialog
      title={t('split.title')}
      wide
      onClose={onClose}
      onSubmit={() => valid && onSplit(at.src, at.tgt)}
      actions={
        <button type="submit" className="button button-primary" disabled={!valid}>
          {t('split.submit')}
        </button>
      }
    >
      <p className="hint">{t('split.hint')}</p>
      <div className="split-grid">{[sides.left, sides.right].map(column)}</div>
      <p className={valid ? 'hint' : 'field-error'} role="status">
        {valid ? t('split.result', { a: `${at[sides.left]}–${at[sides.right]}`, b: `${link[sides.left].length - at[sides.left]}–${link[sides.right].length - at[sides.right]}` }) : t('split.invalid')}
      </p>
    </Dialog>
  );
}
