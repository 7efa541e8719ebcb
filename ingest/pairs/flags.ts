import { flagLink } from '../translation/flag-link.ts';
import type { Flag, TextSpan } from '../translation/types.ts';
import type { StoredFlag } from '../store/links.repo.ts';
import type { StreamSentence } from './streams.ts';

/** The sentences of one side of a link, joined with one character (as the flaggers join units), with where each one starts in the join. */
function joined(sentences: StreamSentence[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = '';
  for (const s of sentences) {
    if (text) text += ' ';
    starts.push(text.length);
    text += s.text;
  }
  return { text, starts };
}

/** Maps an offset in the joined text back to an absolute offset in the document's clean text. */
function toAbsolute(sentences: StreamSentence[], starts: number[], offset: number, isEnd: boolean): number {
  let i = starts.length - 1;
  while (i > 0 && (starts[i]! > offset || (isEnd && starts[i] === offset))) i--;
  const s = sentences[i]!;
  return Math.min(s.end, s.start + (offset - starts[i]!));
}

function absolute(sentences: StreamSentence[], starts: number[], span: TextSpan | undefined): { start: number; end: number } | null {
  if (!span || sentences.length === 0) return null;
  return { start: toAbsolute(sentences, starts, span.start, false), end: toAbsolute(sentences, starts, span.end, true) };
}

/** Discrepancy flags of one link, with spans moved to absolute clean-text offsets of each document. */
export function flagsFor(src: StreamSentence[], tgt: StreamSentence[], srcLang: string, tgtLang: string): StoredFlag[] {
  if (src.length === 0 || tgt.length === 0) {
    const side = src.length ? src : tgt;
    const lang = src.length ? srcLang : tgtLang;
    const other = src.length ? tgtLang : srcLang;
    const span = { start: side[0]!.start, end: side[side.length - 1]!.end };
    return [
      {
        type: 'unmatched',
        severity: 'high',
        message: `This ${lang === 'fr' ? 'French' : 'English'} passage has no counterpart in the ${other === 'fr' ? 'French' : 'English'} version.`,
        src: src.length ? span : null,
        tgt: tgt.length ? span : null,
      },
    ];
  }
  return flagLink(joined(src).text, joined(tgt).text, srcLang, tgtLang).map((f) => absoluteFlag(f, src, tgt));
}

/** A flag whose spans are offsets into the link's joined sentences, moved to absolute clean-text offsets. */
export function absoluteFlag(f: Flag, src: StreamSentence[], tgt: StreamSentence[]): StoredFlag {
  const a = joined(src);
  const b = joined(tgt);
  return { type: f.type, severity: f.severity, message: f.message, src: absolute(src, a.starts, f.src), tgt: absolute(tgt, b.starts, f.tgt) };
}
