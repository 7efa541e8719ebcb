import { useState } from 'react';
import type { LinkDto, PairDto } from '../../../../api/schemas/alignment.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { MessageKey } from '../../i18n/messages.ts';
import type { Side } from '../../lib/desk.ts';
import { Dialog } from './Dialog.tsx';

interface Props {
  link: LinkDto;
  previous: LinkDto | null;
  next: LinkDto | null;
  pair: PairDto;
  sides: { left: Side; right: Side };
  onRelink: (src: number[], tgt: number[]) => void;
  onClose: () => void;
}

/** The API takes at most this many sentences per side. */
const MAX_PER_SIDE = 20;

/**
 * Sets which sentences this link holds, chosen among its own and its neighbours' (previous and
 * next link): ticking a neighbour's sentence takes it into this link, unticking one of this
 * link's gives it back to the neighbours (the server rebalances them).
 */
export function RelinkDialog({ link, previous, next, pair, sides, onRelink, onClose }: Props) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Record<Side, Set<number>>>({
    src: new Set(link.src.map((s) => s.idx)),
    tgt: new Set(link.tgt.map((s) => s.idx)),
  });
  const sources: Array<[LinkDto | null, MessageKey]> = [
    [previous, 'relink.fromPrevious'],
    [link, 'relink.fromThis'],
    [next, 'relink.fromNext'],
  ];
  const total = chosen.src.size + chosen.tgt.size;
  const tooMany = chosen.src.size > MAX_PER_SIDE || chosen.tgt.size > MAX_PER_SIDE;
  const valid = total > 0 && !tooMany;

  const toggle = (side: Side, idx: number) =>
    setChosen((c) => {
      const set = new Set(c[side]);
      if (set.has(idx)) set.delete(idx);
      else set.add(idx);
      return { ...c, [side]: set };
    });

  const column = (side: Side) => {
    const doc = pair[side];
    return (
      <fieldset key={side} className="relink-side">
        <legend>
          <LangBadge lang={doc.lang} /> {t(`lang.${doc.lang}`)}
        </legend>
        {sources.map(([from, key]) =>
          from && from[side].length > 0 ? (
            <div key={key} className={`relink-group relink-${key.split('.')[1]}`}>
              <p className="relink-from">{t(key)}</p>
              {from[side].map((s) => (
                <label key={s.idx} className="relink-sentence">
                  <input
                    type="checkbox"
                    checked={chosen[side].has(s.idx)}
                    data-autofocus={from === link && side === sides.left && s === link[side][0] ? '' : undefined}
                    onChange={() => toggle(side, s.idx)}
                  />
                  <span lang={doc.lang === 'und' ? undefined : doc.lang}>{s.text}</span>
                </label>
              ))}
            </div>
          ) : null,
        )}
      </fieldset>
    );
  };

  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return (
    <Dialog
      title={t('relink.title')}
      wide
      onClose={onClose}
      onSubmit={() => valid && onRelink(sorted(chosen.src), sorted(chosen.tgt))}
      actions={
        <button type="submit" className="button button-primary" disabled={!valid}>
          {t('relink.submit')}
        </button>
      }
    >
      <p className="hint">{t('relink.hint')}</p>
      <div className="split-grid">{[sides.left, sides.right].map(column)}</div>
      <p className={valid ? 'hint' : 'field-error'} role="status">
        {tooMany ? t('relink.tooMany', { n: MAX_PER_SIDE }) : total === 0 ? t('relink.empty') : t('relink.result', { a: chosen[sides.left].size, b: chosen[sides.right].size })}
      </p>
    </Dialog>
  );
}
