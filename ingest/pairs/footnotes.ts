import type { FootnoteRefRow } from '../store/segments.repo.ts';
import type { NewLink } from '../store/links.repo.ts';
import { footnoteFlags, type FootnoteAnchor } from '../translation/footnote-flags.ts';
import { absoluteFlag } from './flags.ts';
import type { StreamSentence } from './streams.ts';

interface SideInput {
  lang: string;
  sentences: StreamSentence[];
  refs: FootnoteRefRow[];
}

/** Where each footnote's call and text sit, as sentence indices. */
function anchors(side: SideInput): FootnoteAnchor[] {
  return side.refs.map((r) => {
    const call = side.sentences.filter((s) => s.blockIdx === r.block_idx && s.start <= r.char_offset).at(-1);
    const note = r.footnote_block_idx === null ? undefined : side.sentences.find((s) => s.blockIdx === r.footnote_block_idx);
    return { marker: r.marker, ...(call ? { callUnit: call.idx } : {}), ...(note ? { noteUnit: note.idx } : {}) };
  });
}

/**
 * Adds `footnote` flags where a footnote's call or text is not in the link holding its
 * counterpart: the footnote was moved to another passage in the other version.
 */
export function addFootnoteFlags<L extends Pick<NewLink, 'src' | 'tgt' | 'flags'>>(links: L[], src: SideInput, tgt: SideInput): void {
  const found = footnoteFlags(links, src.sentences, tgt.sentences, { src: anchors(src), tgt: anchors(tgt) }, src.lang, tgt.lang);
  const byIdx = (side: SideInput) => new Map(side.sentences.map((s) => [s.idx, s]));
  const [srcMap, tgtMap] = [byIdx(src), byIdx(tgt)];
  for (const { link, flag } of found) {
    const l = links[link];
    if (!l) continue;
    l.flags = [...l.flags, absoluteFlag(flag, l.src.map((i) => srcMap.get(i)!), l.tgt.map((i) => tgtMap.get(i)!))];
  }
}

const excerpt = (s: string | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return `“${t.length > 60 ? `${t.slice(0, 60).trimEnd()}…` : t}”`;
};

/**
 * Adds a `footnote` flag to footnote links whose notes sit at different points of the text in
 * the two versions: the body passage just before the note is not the same aligned passage.
 */
export function addNotePlacementFlags<L extends Pick<NewLink, 'src' | 'tgt' | 'flags' | 'stream'>>(
  links: L[],
  src: { lang: string; sentences: StreamSentence[] },
  tgt: { lang: string; sentences: StreamSentence[] },
  isBody: (side: 'src' | 'tgt', idx: number) => boolean,
): void {
  const bodyLink = new Map<string, number>();
  links.forEach((l, i) => {
    if (l.stream !== 'body') return;
    for (const s of l.src) bodyLink.set(`src:${s}`, i);
    for (const t of l.tgt) bodyLink.set(`tgt:${t}`, i);
  });
  const before = (side: 'src' | 'tgt', first: number) => {
    for (let i = first - 1; i >= 0; i--) if (isBody(side, i)) return i;
    return undefined;
  };
  for (const l of links) {
    if (l.stream !== 'footnote' || !l.src.length || !l.tgt.length) continue;
    const s = before('src', Math.min(...l.src));
    const t = before('tgt', Math.min(...l.tgt));
    if (s === undefined || t === undefined) continue;
    const ls = bodyLink.get(`src:${s}`);
    const lt = bodyLink.get(`tgt:${t}`);
    if (ls === undefined || lt === undefined || Math.abs(ls - lt) <= 1) continue;
    const sText = src.sentences.find((x) => x.idx === s)?.text;
    const tText = tgt.sentences.find((x) => x.idx === t)?.text;
    const lang = (c: string) => (c === 'fr' ? 'French' : 'English');
    l.flags = [
      ...l.flags,
      {
        type: 'footnote',
        severity: 'low',
        message: `This footnote is placed at a different point of the text: after ${excerpt(sText)} in the ${lang(src.lang)} version, after ${excerpt(tText)} in the ${lang(tgt.lang)} version.`,
        src: null,
        tgt: null,
      },
    ];
  }
}
