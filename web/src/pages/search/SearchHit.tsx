import { Link } from 'wouter';
import type { DocumentSummary } from '../../../../api/schemas/documents.ts';
import type { SearchHitDto } from '../../../../api/schemas/search.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { formatPublished } from '../../lib/format.ts';

type BadgeLang = 'fr' | 'en' | 'und';
/**
 * The language to show for a passage: its own when detected, else its document's (a short
 * heading such as "IV • Planning" is often undetermined on its own).
 */
const badgeLang = (lang: string | undefined, docLang?: string): BadgeLang =>
  lang === 'fr' || lang === 'en' ? lang : docLang === 'fr' || docLang === 'en' ? docLang : 'und';
/** Pairs are French–English: the other side of a passage, while the document list is not there yet. */
const otherLang = (lang: BadgeLang): BadgeLang => (lang === 'fr' ? 'en' : lang === 'en' ? 'fr' : 'und');
/** `lang` attribute for a passage; none when the language is unknown. */
const langAttr = (lang: string | undefined): string | undefined => (lang === 'fr' || lang === 'en' ? lang : undefined);

/** The sentence with the matched words in <mark>; pieces are text nodes, never parsed HTML. */
export function Snippet({ pieces }: { pieces: SearchHitDto['snippet'] }) {
  return <>{pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/** How the hit was found: its rank in the full-text list, in the semantic (vector) list, or both. */
function HowFound({ ranks }: { ranks: SearchHitDto['ranks'] }) {
  const { t } = useI18n();
  return (
    <p className="hit-how">
      <span className="visually-hidden">{t('search.how.label')} </span>
      {ranks.fullText !== null && (
        <span className="how-chip how-text" title={t('search.how.fullText.title', { n: ranks.fullText })}>
          {t('search.how.fullText', { n: ranks.fullText })}
        </span>
      )}
      {ranks.vector !== null && (
        <span className="how-chip how-vector" title={t('search.how.vector.title', { n: ranks.vector })}>
          {t('search.how.vector', { n: ranks.vector })}
        </span>
      )}
    </p>
  );
}

/** The aligned translation of the hit, in the other language, with a way to review the link. */
function Counterpart({ cp, docLang }: { cp: NonNullable<SearchHitDto['counterpart']>; docLang: string | undefined }) {
  const { t } = useI18n();
  const first = cp.sentences[0];
  if (!first) return null;
  const lang = badgeLang(first.lang, docLang);
  return (
    <div className="hit-counterpart" data-testid="hit-counterpart">
      <LangBadge lang={lang} />
      <div className="hit-counterpart-body">
        <span className="visually-hidden">{t('search.counterpart')} : </span>
        <Link href={`/documents/${cp.documentId}#s-${first.idx}`} className="hit-counterpart-text" lang={langAttr(lang)} title={t('search.counterpart.open')}>
          {cp.sentences.map((s) => s.text).join(' ')}
        </Link>
        <Link href={`/pairs/${cp.pairId}`} className="hit-review">
          {t('search.counterpart.review')}
        </Link>
      </div>
    </div>
  );
}

/** One result: where it is, the sentence (a deep link into the reader), how it was found, its translation. */
export function SearchHit({ hit, docs }: { hit: SearchHitDto; docs: ReadonlyMap<string, DocumentSummary> }) {
  const { t, tMaybe, locale } = useI18n();
  const date = formatPublished(hit.publishedOn, docs.get(hit.documentId)?.datePrecision ?? null, locale);
  const lang = badgeLang(hit.lang, hit.docLang);
  return (
    <li className="hit" data-lang={lang} data-document-id={hit.documentId} data-testid="search-hit">
      <div className="hit-source">
        <LangBadge lang={lang} />
        <span className="hit-title">{hit.title}</span>
        {date && (
          <time className="hit-meta" dateTime={hit.publishedOn ?? undefined}>
            {date}
          </time>
        )}
        <span className="hit-meta">{t('search.hit.page', { n: hit.page })}</span>
        {hit.kind !== 'body' && <span className="hit-kind">{tMaybe(`search.kind.${hit.kind}`) ?? hit.kind}</span>}
      </div>
      <Link href={`/documents/${hit.documentId}#s-${hit.sentenceIdx}`} className="hit-text" lang={langAttr(lang)} data-testid="hit-link">
        {hit.snippet.length > 0 ? <Snippet pieces={hit.snippet} /> : hit.text}
      </Link>
      <HowFound ranks={hit.ranks} />
      {hit.counterpart && <Counterpart cp={hit.counterpart} docLang={docs.get(hit.counterpart.documentId)?.lang ?? otherLang(lang)} />}
    </li>
  );
}
