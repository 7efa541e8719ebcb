import { memo } from 'react';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { LaidBlock } from '../../lib/reader-layout.ts';
import { Runs } from './Runs.tsx';
import type { DetectedLang } from './types.ts';

/** Title → h2 (the page's h1 is the metadata title); section level n → h(n+1), at least h3. */
const headingTag = (laid: LaidBlock) => {
  if (laid.block.kind === 'title') return 'h2' as const;
  const level = Math.min(6, Math.max(3, (laid.block.level ?? 2) + 1));
  return `h${level}` as 'h3' | 'h4' | 'h5' | 'h6';
};

/** Badge and `lang` attribute for a block whose language differs from the document's. */
function useBlockLang(blockLang: DetectedLang, docLang: DetectedLang) {
  const { t } = useI18n();
  const differs = blockLang !== 'und' && blockLang !== docLang;
  return {
    lang: differs ? blockLang : undefined,
    badge: differs ? (
      <span className="block-lang" title={t('reader.blockLang', { lang: t(`lang.${blockLang}`) })}>
        <LangBadge lang={blockLang} />
      </span>
    ) : null,
  };
}

/** A block of the main reading flow: heading or paragraph. */
export const FlowBlock = memo(function FlowBlock({ laid, docLang }: { laid: LaidBlock; docLang: DetectedLang }) {
  const { lang, badge } = useBlockLang(laid.block.lang, docLang);
  const body = <Runs runs={laid.runs} blockLang={laid.block.lang} />;
  const common = { 'data-block': laid.block.idx, lang, className: `block block-${laid.block.kind}` };
  if (laid.block.kind === 'body') {
    return (
      <p {...common}>
        {badge}
        {body}
      </p>
    );
  }
  const Tag = headingTag(laid);
  return (
    <Tag {...common}>
      {badge}
      {body}
    </Tag>
  );
});

/** A block shown apart (footnote, sidebar, quote, caption, boilerplate), with its page. */
export const AsideBlock = memo(function AsideBlock({ laid, docLang, backRefs }: { laid: LaidBlock; docLang: DetectedLang; backRefs: string[] }) {
  const { t } = useI18n();
  const { lang, badge } = useBlockLang(laid.block.lang, docLang);
  const { block } = laid;
  const pages = block.pageEnd > block.pageStart ? `${block.pageStart}–${block.pageEnd}` : String(block.pageStart);
  const isNote = block.kind === 'footnote';
  return (
    <li id={isNote ? `fn-${block.idx}` : undefined} data-block={block.idx} lang={lang} className={`aside-block aside-${block.kind}`}>
      <span className="aside-page">{t('reader.page', { n: pages })}</span>
      {badge}
      {isNote && block.marker && <span className="fn-marker">{block.marker}</span>}
      <span className="aside-text">
        <Runs runs={laid.runs} blockLang={block.lang} />
      </span>
      {backRefs.map((ref) => (
        <a key={ref} href={`#${ref}`} className="fn-back" aria-label={t('reader.fnBack', { m: block.marker ?? '' })}>
          ↩
        </a>
      ))}
    </li>
  );
});
