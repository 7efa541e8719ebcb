/**
 * Item groups → visual lines: text with spaces from the gaps, superscript
 * footnote calls taken out of the text and kept as refs, bold/italic spans,
 * dominant size and font.
 */
import { squash } from './clean-text.ts';
import { type Group, groupLines } from './line-groups.ts';
import type { RawPage } from './load.ts';
import type { Line, RefMark, Run, StyleSpan } from './types.ts';

const FOOTNOTE_CALL = /^\(?([0-9]{1,3}|[*†‡§¶]{1,3})\)?$/;

const dominant = <T>(pairs: Array<[T, number]>, fallback: T): T => {
  const m = new Map<T, number>();
  for (const [k, w] of pairs) m.set(k, (m.get(k) ?? 0) + w);
  let best = fallback;
  let bw = -1;
  for (const [k, w] of m) if (w > bw) [best, bw] = [k, w];
  return best;
};

/** Builds a Line from a group: text with spaces from gaps, superscript calls as refs, bold/italic spans. */
function toLine(g: Group, page: number): Line | undefined {
  const runs = g.runs.filter((r) => !r.space).sort((a, b) => a.x - b.x);
  if (runs.length === 0) return undefined;
  const size = dominant(runs.map((r): [number, number] => [Math.round(r.size * 10) / 10, r.text.length]), runs[0]!.size);
  const main = runs.filter((r) => r.size > 0.85 * size);
  const baseline = dominant(main.map((r): [number, number] => [Math.round(r.y * 2) / 2, r.text.length]), g.baseline);
  let text = '';
  const spans: StyleSpan[] = [];
  const refs: RefMark[] = [];
  let prevEnd = -Infinity;
  let closeParen = false;
  const kept: Run[] = [];
  for (const r of runs) {
    // Fake bold: the same text printed twice a fraction of a point apart.
    if (kept.some((k) => k.text === r.text && Math.abs(k.x - r.x) < 0.3 * size && Math.abs(k.y - r.y) < 0.3 * size)) continue;
    kept.push(r);
    const isSup = r.size <= 0.85 * size && baseline - r.y >= 0.12 * size;
    const t = r.text;
    const gapSpace = r.x - prevEnd > 0.15 * size || g.runs.some((s) => s.space && s.x >= prevEnd - 0.5 && s.x <= r.x + 0.5) || (g.toc === true && /^\d{1,4}$/.test(r.text.trim()) && r.x - prevEnd > 0);
    prevEnd = Math.max(prevEnd, r.x + r.width);
    if (isSup && FOOTNOTE_CALL.test(t.trim())) {
      // "( ¹ )" in the Official Journal: the parentheses belong to the call.
      if (/\(\s*$/.test(text)) {
        text = text.replace(/\s*\(\s*$/, '');
        closeParen = true;
      }
      refs.push({ marker: t.trim().replace(/[()]/g, ''), offset: text.trimEnd().length });
      text = text.trimEnd();
      continue;
    }
    let piece = t;
    const closing = closeParen && /^\s*\)/.test(piece);
    if (closeParen) {
      piece = piece.replace(/^\s*\)/, '');
      closeParen = false;
    }
    const needSpace = !isSup && !closing && gapSpace && text.length > 0 && !text.endsWith(' ') && !piece.startsWith(' ');
    if (needSpace) text += ' ';
    const start = text.length;
    text += piece;
    if (r.font.bold || r.font.italic) spans.push({ start, end: text.length, bold: r.font.bold, italic: r.font.italic });
  }
  const clean = squash(text);
  if (!clean) return undefined;
  // Re-map offsets after squashing spaces: compute a position map from the raw text.
  const map = offsetMap(text);
  const styled = main.length ? main : runs;
  const last = runs[runs.length - 1]!;
  return {
    page,
    x0: Math.min(...runs.map((r) => r.x)),
    x1: Math.max(...runs.map((r) => r.x + r.width)),
    top: baseline - 0.8 * size,
    bottom: baseline + 0.2 * size,
    baseline,
    size,
    bold: styled.filter((r) => r.font.bold).reduce((n, r) => n + chars(r), 0) >= 0.6 * styled.reduce((n, r) => n + chars(r), 0),
    italic: styled.filter((r) => r.font.italic).reduce((n, r) => n + chars(r), 0) >= 0.6 * styled.reduce((n, r) => n + chars(r), 0),
    font: dominant(styled.map((r): [string, number] => [r.font.name, chars(r)]), styled[0]!.font.name),
    text: clean,
    spans: mergeSpans(spans.map((s) => ({ ...s, start: remap(map, clean.length, s.start), end: remap(map, clean.length, s.end) }))),
    refs: refs.map((r) => ({ ...r, offset: remap(map, clean.length, r.offset) })),
    softHyphenEnd: last.softHyphenEnd,
    letterSpaced: runs.some((r) => r.letterSpaced),
    tocNumber: false,
    order: g.order,
  };
}

/** Non-space characters of a run: the weight of its style and font in the line. */
const chars = (r: Run) => r.text.trim().length;

/** An offset in the raw line text moved to the squashed text (`map`: see offsetMap). */
const remap = (map: number[], length: number, o: number) => Math.min(length, map[Math.min(o, map.length - 1)] ?? length);

/** For each offset in `raw`, its offset after `squash` (runs of spaces collapsed, trimmed). */
function offsetMap(raw: string): number[] {
  const map: number[] = [];
  let out = 0;
  let lead = true;
  let prevSpace = false;
  for (let i = 0; i < raw.length; i++) {
    map.push(out);
    const sp = raw[i] === ' ';
    if (sp && (lead || prevSpace)) continue;
    if (!sp) lead = false;
    prevSpace = sp;
    out++;
  }
  map.push(out);
  return map;
}

function mergeSpans(spans: StyleSpan[]): StyleSpan[] {
  const out: StyleSpan[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const p = out[out.length - 1];
    if (p && p.bold === s.bold && p.italic === s.italic && s.start - p.end <= 1) p.end = s.end;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Builds the lines of one page, in content-stream order. `spaced` collects the
 * font/size pairs seen letter-spaced, across pages.
 */
export function buildLines(raw: RawPage, spaced: Set<string> = new Set()): Line[] {
  const lines: Line[] = [];
  for (const g of groupLines(raw.runs, raw.width, spaced)) {
    const line = toLine(g, raw.page);
    if (!line) continue;
    line.tocNumber = g.toc === true;
    lines.push(line);
  }
  return lines;
}
