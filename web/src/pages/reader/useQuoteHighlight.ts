import { useEffect } from 'react';
import type { SentenceDto } from '../../../../api/schemas/documents.ts';

/** `?hl=<start>-<end>`: absolute offsets into the clean text, as claim citations give them. */
const HL = /^(\d+)-(\d+)$/;
/** Name of the CSS highlight (styled with `::highlight(concorde-quote)`). */
const QUOTE_HIGHLIGHT = 'concorde-quote';

/** Footnote calls and page markers are shown inside sentences but are not part of the text. */
const NOT_TEXT = '.fn-ref, .page-marker';

/**
 * The DOM range of the characters [start, end) of a sentence. The sentence span's text nodes,
 * without the inserted markers, are its text; if they are not (a layout quirk), the quote is
 * looked for in them instead, and nothing is highlighted when it is not there.
 */
function quoteRange(el: HTMLElement, sentence: SentenceDto, start: number, end: number): Range | null {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const shown = nodes.map((n) => n.data).join('');
  const quote = sentence.text.slice(start - sentence.start, end - sentence.start);
  let from = start - sentence.start;
  if (shown.slice(from, from + quote.length) !== quote) from = shown.indexOf(quote);
  if (!quote || from < 0) return null;
  const to = from + quote.length;

  const range = document.createRange();
  let pos = 0;
  let started = false;
  for (const n of nodes) {
    const next = pos + n.data.length;
    if (!started && from < next) {
      range.setStart(n, from - pos);
      started = true;
    }
    if (started && to <= next) {
      range.setEnd(n, to - pos);
      return range;
    }
    pos = next;
  }
  return null;
}

/**
 * Highlights the exact words of a citation (`?hl=start-end`) inside the sentence the reader
 * opened at, with the CSS Custom Highlight API: no change to the rendered text, so selection,
 * copying and React's own DOM are untouched. Browsers without the API keep the sentence highlight.
 */
export function useQuoteHighlight(sentences: readonly SentenceDto[]) {
  useEffect(() => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
    const m = HL.exec(new URLSearchParams(location.search).get('hl') ?? '');
    if (!m) return;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end <= start) return;
    const sentence = sentences.find((s) => s.start <= start && end <= s.end);
    const el = sentence ? document.getElementById(`s-${sentence.idx}`) : null;
    const range = sentence && el ? quoteRange(el, sentence, start, end) : null;
    if (!range) return;
    CSS.highlights.set(QUOTE_HIGHLIGHT, new Highlight(range));
    return () => {
      CSS.highlights.delete(QUOTE_HIGHLIGHT);
    };
  }, [sentences]);
}
