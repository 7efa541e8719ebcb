import { Link } from 'wouter';
import type { CitationDetailDto } from '../../../../api/schemas/claims.ts';
import { quoteLink } from '../../api/claims.ts';
import { LangBadge } from '../../components/LangBadge.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { useDocDate, useLibraryDocuments } from './DocDates.tsx';
import { groupCitations, splitSentence, type CitationGroup } from './citations.ts';

type Lang = CitationDetailDto['lang'];
const langAttr = (lang: Lang) => (lang === 'und' ? undefined : lang);

/** Title, language, date and page of a passage, and the link that opens the reader on it. */
function SourceLine({ documentId, title, lang, date, page, link }: { documentId: string; title: string; lang: Lang; date: string | null; page: number | null; link: string }) {
  const { t } = useI18n();
  const shown = useDocDate()(date, documentId);
  return (
    <div className="citation-source">
      <p className="citation-title">
        <LangBadge lang={lang} /> <span className="hit-title">{title}</span>
      </p>
      <p className="hit-source citation-meta">
        {shown && (
          <time className="hit-meta" dateTime={date ?? undefined}>
            {shown}
          </time>
        )}
        {page !== null && <span className="hit-meta">{t('trace.page', { n: page })}</span>}
        <Link href={link} className="citation-open" aria-label={t('trace.openReader.label', { title })} data-testid="open-reader">
          {t('trace.openReader')} →
        </Link>
      </p>
    </div>
  );
}

/** The cited sentence with the quoted words marked, between its neighbours (dimmed). */
function Passage({ citation }: { citation: CitationDetailDto }) {
  const { t } = useI18n();
  const cut = splitSentence(citation.sentence, citation);
  return (
    <figure className="citation" data-lang={citation.lang} data-document-id={citation.documentId} data-sentence={citation.sentenceIdx} data-testid="citation">
      <SourceLine documentId={citation.documentId} title={citation.document.title || citation.documentTitle} lang={citation.lang} date={citation.document.date} page={citation.page} link={quoteLink(citation.link, citation.start, citation.end)} />
      <blockquote className="citation-text" lang={langAttr(citation.lang)} cite={citation.link}>
        {citation.previous && <span className="citation-context">{citation.previous.text} </span>}
        <span className="citation-sentence">
          {cut ? (
            <>
              {cut.before}
              <mark data-testid="citation-quote">{cut.quote}</mark>
              {cut.after}
            </>
          ) : (
            citation.sentence.text
          )}
        </span>
        {citation.next && <span className="citation-context"> {citation.next.text}</span>}
      </blockquote>
      {!cut && (
        <figcaption className="citation-quote-apart">
          {t('trace.quote')} <mark data-testid="citation-quote">{citation.quote}</mark>
        </figcaption>
      )}
    </figure>
  );
}

/** The aligned sentence(s) of the other language version, for a citation found in one version only. */
function AlignedPassage({ aligned }: { aligned: NonNullable<CitationDetailDto['aligned']> }) {
  const { t } = useI18n();
  const first = aligned.sentences[0];
  // The aligned version's date is not in the citation: the library has it.
  const date = useLibraryDocuments().find((d) => d.id === aligned.documentId)?.publishedOn ?? null;
  return (
    <figure className="citation citation-aligned" data-lang={aligned.lang} data-document-id={aligned.documentId} data-testid="citation-aligned">
      <SourceLine documentId={aligned.documentId} title={aligned.documentTitle} lang={aligned.lang} date={date} page={first?.page ?? null} link={aligned.link} />
      <blockquote className="citation-text" lang={langAttr(aligned.lang)} cite={aligned.link}>
        {aligned.sentences.length > 0 ? aligned.sentences.map((s) => s.text).join(' ') : <span className="muted">{t('trace.noTranslation')}</span>}
      </blockquote>
      <figcaption className="visually-hidden">{t('trace.aligned')}</figcaption>
    </figure>
  );
}

function Group({ group }: { group: CitationGroup }) {
  const { t } = useI18n();
  if (group.kind === 'single') return <Passage citation={group.citation} />;
  return (
    <div className="side-by-side" role="group" aria-label={t('trace.sideBySide')} data-testid="side-by-side">
      {group.kind === 'pair' ? (
        <>
          <Passage citation={group.left} />
          <Passage citation={group.right} />
        </>
      ) : group.citation.lang === 'en' && group.aligned.lang === 'fr' ? (
        <>
          <AlignedPassage aligned={group.aligned} />
          <Passage citation={group.citation} />
        </>
      ) : (
        <>
          <Passage citation={group.citation} />
          <AlignedPassage aligned={group.aligned} />
        </>
      )}
    </div>
  );
}

/** Every citation of a claim, with the two language versions side by side where they are aligned. */
export function CitationList({ citations }: { citations: CitationDetailDto[] }) {
  const groups = groupCitations(citations);
  return (
    <div className="citation-list">
      {groups.map((g) => {
        const key = g.kind === 'pair' ? `${g.left.documentId}:${g.left.sentenceIdx}+${g.right.documentId}` : `${g.citation.documentId}:${g.citation.sentenceIdx}:${g.citation.start}`;
        return <Group key={key} group={g} />;
      })}
    </div>
  );
}
