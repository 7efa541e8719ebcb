import type { NewLink } from '../store/links.repo.ts';
import type { StreamSentence } from './streams.ts';

/** Evidence that survives translation and reordering: long-word prefixes, numbers, acronyms. */
function keys(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const w of folded.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/^\d+$/.test(w)) out.add(w);
    else if (w.length >= 4) out.add(w.slice(0, 5));
  }
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Below this Dice score two unmatched passages are not taken for one moved passage. */
const MOVED_MIN = 0.35;

/**
 * The aligner is monotone, so a passage the two versions place in a different order (a
 * colophon block above instead of below, a footnote moved) comes out as one unmatched passage
 * on each side. Pairs such leftovers of one stream when their content agrees, so that their
 * differences (a project number, a date) are flagged instead of two "no counterpart" notes.
 */
export function pairMovedPassages<L extends Pick<NewLink, 'src' | 'tgt' | 'confidence'>>(
  links: L[],
  src: Map<number, StreamSentence>,
  tgt: Map<number, StreamSentence>,
  join: (srcIdx: number[], tgtIdx: number[], confidence: number) => L,
): L[] {
  const text = (ids: number[], m: Map<number, StreamSentence>) => ids.map((i) => m.get(i)?.text ?? '').join(' ');
  const lonelySrc = links.flatMap((l, i) => (l.tgt.length === 0 ? [{ i, k: keys(text(l.src, src)) }] : []));
  const lonelyTgt = links.flatMap((l, i) => (l.src.length === 0 ? [{ i, k: keys(text(l.tgt, tgt)) }] : []));
  const candidates = lonelySrc
    .flatMap((s) => lonelyTgt.map((t) => ({ s: s.i, t: t.i, score: dice(s.k, t.k) })))
    .filter((c) => c.score >= MOVED_MIN)
    .sort((a, b) => b.score - a.score);
  const used = new Set<number>();
  const replace = new Map<number, L>();
  for (const c of candidates) {
    if (used.has(c.s) || used.has(c.t)) continue;
    used.add(c.s).add(c.t);
    replace.set(c.s, join(links[c.s]!.src, links[c.t]!.tgt, c.score));
  }
  return links.flatMap((l, i) => (replace.has(i) ? [replace.get(i)!] : used.has(i) ? [] : [l]));
}
