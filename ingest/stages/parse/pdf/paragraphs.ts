/**
 * Splitting a column chunk into paragraphs: a larger gap than the chunk's line
 * pitch, a first-line indent (not a list item's hanging indent), a new numbered
 * heading, a short last line of justified text followed by a capital, a bullet,
 * a change of typeface or size after a finished sentence, or centred lines
 * (article titles) between left-aligned text. Also marks lines whose soft
 * hyphen pdf.js dropped.
 */
import type { Chunk, Line } from './types.ts';

const BULLET = /^[•◦▪■●○‣⁃➢►✓]\s?/;
const SECTION = /^(?:[A-Z]?\d{1,3}(?:\.\d{1,3})*\.?|[IVX]{1,5}\.|[A-Z]\.\d{1,3}(?:\.\d{1,3})*)\s+\p{L}/u;
const ITEM = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s/i;
const PARA_END = /[.!?…:»”"]$/;
const ENDS_SENTENCE = /[.!?:;…»”"')\]]$/;

const family = (font: string) => font.replace(/[-,].*$/, '').toLowerCase();

/** The line pitch: a low percentile of the gaps, since paragraph gaps can outnumber line gaps. */
const pitchOf = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 4)] ?? 0;
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** The horizontal extent of the page's text. */
export interface Frame {
  x0: number;
  x1: number;
}

/** A line clearly narrower than the page's text frame and centred in it. */
function inFrameCentre(l: Line, frame: Frame): boolean {
  const w = frame.x1 - frame.x0;
  return l.x1 - l.x0 < 0.8 * w && Math.abs((l.x0 + l.x1) / 2 - (frame.x0 + frame.x1) / 2) < 0.04 * w && l.x0 - frame.x0 > 2 * l.size;
}

/** Starts where other, uncentred lines of its column start (or at the frame's left edge). */
function isLeft(l: Line, chunk: Chunk, frame: Frame): boolean {
  return Math.abs(l.x0 - frame.x0) < l.size || chunk.lines.some((m) => m !== l && Math.abs(m.x0 - l.x0) < 1 && !inFrameCentre(m, frame));
}

/** Centred, and not merely a short line that starts where the other lines of its column start. */
function isCentred(l: Line, chunk: Chunk, frame: Frame): boolean {
  return inFrameCentre(l, frame) && !isLeft(l, chunk, frame);
}

/** Is most of the chunk justified (lines ending at the same right edge)? */
function isJustified(lines: Line[], right: number): boolean {
  if (lines.length < 3) return false;
  const inner = lines.slice(0, -1);
  return inner.filter((l) => right - l.x1 <= 0.4 * l.size).length >= 0.6 * inner.length;
}

/**
 * pdf.js drops a soft hyphen (U+00AD) at a line end together with its width: in
 * justified text that line then stops about a hyphen's width short of the right
 * edge while ending in a letter, and the next line goes on in lower case.
 */
function markDroppedSoftHyphens(lines: Line[]): void {
  // The usual right edge (hyphens and punctuation may protrude past it).
  const right = median(lines.slice(0, -1).map((l) => l.x1));
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const short = right - l.x1;
    if (short >= 0.15 * l.size && short <= 0.5 * l.size && /\p{Ll}$/u.test(l.text) && /^\p{Ll}/u.test(lines[i + 1]!.text)) l.maybeSoftHyphen = true;
  }
}

/** Splits the chunk's lines into paragraphs; `frame` is the page's text frame (for centred lines). */
export function splitParagraphs(chunk: Chunk, frame: Frame = chunk): Line[][] {
  const lines = chunk.lines;
  if (lines.length <= 1) return [lines];
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline);
  const pitch = pitchOf(gaps);
  const left = median(lines.map((l) => l.x0));
  const justified = isJustified(lines, chunk.x1);
  if (justified) markDroppedSoftHyphens(lines);
  const paras: Line[][] = [[lines[0]!]];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const l = lines[i]!;
    const next = lines[i + 1];
    const em = l.size;
    const gap = gaps[i - 1]!;
    const bigGap = gap > pitch + 0.25 * em;
    // A first-line indent follows a finished line; a hanging indent (list item) continues an unfinished one.
    const prevDone = PARA_END.test(prev.text) || (justified && chunk.x1 - prev.x1 > 2 * em && ENDS_SENTENCE.test(prev.text));
    // Under a bullet or numbered item the indented line is the item's continuation ("(e.g." | "the internet);").
    const itemStart = BULLET.test(prev.text) || ITEM.test(prev.text) || SECTION.test(prev.text);
    const indented = prevDone && !itemStart && l.x0 - prev.x0 > 0.6 * em && (next ? l.x0 - next.x0 > 0.6 * em : l.x0 - left > 0.6 * em);
    // "A.1 Effective date" after the heading "Appendix A: …": a new numbered heading.
    const numbered = SECTION.test(l.text) && (ENDS_SENTENCE.test(prev.text) || ((prev.bold || prev.size > l.size * 1.1) && l.bold));
    const shortEnd = justified && chunk.x1 - prev.x1 > 2 * em && ENDS_SENTENCE.test(prev.text) && /^[\p{Lu}\d«"“‘(–—-]/u.test(l.text);
    const bullet = BULLET.test(l.text);
    // Inline bold/italic at a sentence end is not a break; a change of typeface or size is.
    const styleChange = (family(prev.font) !== family(l.font) || Math.abs(prev.size - l.size) > 0.04 * em) && ENDS_SENTENCE.test(prev.text);
    // Centred lines (titles of articles, signatures) stand apart from the justified text around them.
    const c = isCentred(l, chunk, frame);
    const cPrev = isCentred(prev, chunk, frame);
    const centred = (c && isLeft(prev, chunk, frame)) || (cPrev && isLeft(l, chunk, frame)) || (c && cPrev && (l.bold !== prev.bold || l.italic !== prev.italic));
    if (bigGap || indented || numbered || shortEnd || bullet || styleChange || centred) paras.push([l]);
    else paras[paras.length - 1]!.push(l);
  }
  return paras;
}
