import type { FlagDto, LinkDto, PairDto, SentenceRef } from '../../../api/schemas/alignment.ts';

/** Pure helpers of the review desk: sides, confidence bands, filters, streams, flag highlighting. */

export type Side = 'src' | 'tgt';
export type Stream = LinkDto['stream'];
export type Severity = FlagDto['severity'];
export type ConfidenceLevel = 'low' | 'mid' | 'high';

/** Reading order of the streams, as the API sends them. */
export const STREAMS: Stream[] = ['body', 'footnote', 'sidebar', 'quote', 'boilerplate'];

/** Below LOW the link is probably wrong (red); above HIGH it is probably right (green); amber between. */
export const CONFIDENCE_LOW = 0.5;
export const CONFIDENCE_HIGH = 0.8;

export const confidenceLevel = (c: number): ConfidenceLevel => (c < CONFIDENCE_LOW ? 'low' : c > CONFIDENCE_HIGH ? 'high' : 'mid');

/**
 * Which document goes in which column: French on the left, English on the right, whatever the
 * pair's direction; a pair without French keeps source left.
 */
export function deskSides(pair: Pick<PairDto, 'src' | 'tgt'>): { left: Side; right: Side } {
  return pair.tgt.lang === 'fr' && pair.src.lang !== 'fr' ? { left: 'tgt', right: 'src' } : { left: 'src', right: 'tgt' };
}

const SEVERITY_RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };

/** The most serious severity among the flags, or null without flags. */
export const worstSeverity = (flags: FlagDto[]): Severity | null =>
  flags.reduce<Severity | null>((worst, f) => (worst === null || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst] ? f.severity : worst), null);

/** Flags sorted most serious first (stable within a severity). */
export const sortFlags = (flags: FlagDto[]): FlagDto[] => [...flags].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);

export interface DeskFilters {
  flagged: boolean;
  unconfirmed: boolean;
}

/** Links kept by the filters, in their original order. */
export const filterLinks = (links: LinkDto[], f: DeskFilters): LinkDto[] =>
  links.filter((l) => (!f.flagged || l.flags.length > 0) && (!f.unconfirmed || l.status !== 'confirmed'));

/** Consecutive links grouped by stream, streams in reading order. */
export function groupByStream(links: LinkDto[]): Array<{ stream: Stream; links: LinkDto[] }> {
  const groups = new Map<Stream, LinkDto[]>();
  for (const l of links) groups.set(l.stream, [...(groups.get(l.stream) ?? []), l]);
  return STREAMS.filter((s) => groups.has(s)).map((stream) => ({ stream, links: groups.get(stream) ?? [] }));
}

/** A piece of a sentence's text and the flags (by index in the link's flag list) that cover it. */
export interface TextPiece {
  text: string;
  flags: number[];
}

/**
 * Cuts a sentence's text where the link's flag spans on this side begin and end. Spans are
 * absolute offsets into the document; the sentence starts at `sentence.start`, so a span is
 * moved by that much and clipped to the sentence. Overlapping spans give pieces with both flags.
 */
export function highlightPieces(sentence: Pick<SentenceRef, 'start' | 'text'>, flags: FlagDto[], side: Side): TextPiece[] {
  const { text } = sentence;
  const spans: Array<{ from: number; to: number; flag: number }> = [];
  flags.forEach((f, flag) => {
    const span = f[side];
    if (!span) return;
    const from = Math.max(0, span.start - sentence.start);
    const to = Math.min(text.length, span.end - sentence.start);
    if (to > from) spans.push({ from, to, flag });
  });
  if (spans.length === 0) return text ? [{ text, flags: [] }] : [];
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = spans.filter((s) => s.from <= from && s.to >= to).map((s) => s.flag);
    const last = pieces.at(-1);
    // Neighbours with the same flags stay one piece (fewer <mark>s, same reading).
    if (last && sameFlags(last.flags, covering)) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), flags: covering });
  }
  return pieces;
}

const sameFlags = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Index of the next (step 1) or previous (-1) item after `from` that matches, wrapping around; -1 if none. */
export function findWrapping<T>(items: T[], from: number, step: 1 | -1, match: (item: T) => boolean): number {
  const n = items.length;
  for (let k = 1; k <= n; k++) {
    const i = (((from + step * k) % n) + n) % n;
    if (match(items[i]!)) return i;
  }
  return -1;
}

/**
 * After an edit, the link that now holds what the current one held: same id if it survived,
 * else the link holding its first sentence (a merge), else the one at the same position.
 */
export function successorOf(before: LinkDto, beforeIndex: number, after: LinkDto[]): LinkDto | null {
  const same = after.find((l) => l.id === before.id);
  if (same) return same;
  const first = before.src[0] ?? before.tgt[0];
  const side: Side = before.src[0] ? 'src' : 'tgt';
  const holder = first ? after.find((l) => l[side].some((s) => s.idx === first.idx && l.stream === before.stream)) : undefined;
  return holder ?? after[Math.min(beforeIndex, after.length - 1)] ?? null;
}

/** Each link's previous and next link in the same stream (what merge and relink can reach). */
export function neighbours(links: LinkDto[]): Map<string, { previous: LinkDto | null; next: LinkDto | null }> {
  const out = new Map<string, { previous: LinkDto | null; next: LinkDto | null }>();
  links.forEach((l, i) => {
    const prev = links[i - 1];
    const next = links[i + 1];
    out.set(l.id, { previous: prev && prev.stream === l.stream ? prev : null, next: next && next.stream === l.stream ? next : null });
  });
  return out;
}

/**
 * For each shown link, the page of the last sentence shown before it on each side (null at the
 * start of a stream), so a row labels its page only where the page changes.
 */
export function pagesBefore(links: LinkDto[]): Map<string, Record<Side, number | null>> {
  const out = new Map<string, Record<Side, number | null>>();
  let last: Record<Side, number | null> = { src: null, tgt: null };
  let stream: Stream | null = null;
  for (const l of links) {
    if (l.stream !== stream) last = { src: null, tgt: null };
    stream = l.stream;
    out.set(l.id, last);
    last = { src: l.src.at(-1)?.pageStart ?? last.src, tgt: l.tgt.at(-1)?.pageStart ?? last.tgt };
  }
  return out;
}

/** Sentence numbers as people count them (idx 0 is sentence 1): "3–5", "3, 7", "—". */
export function sentenceRange(idx: number[]): string {
  if (idx.length === 0) return '—';
  const n = [...idx].sort((a, b) => a - b).map((i) => i + 1);
  const contiguous = n.every((v, i) => i === 0 || v === n[i - 1]! + 1);
  return contiguous && n.length > 1 ? `${n[0]}–${n.at(-1)}` : n.join(', ');
}

const isIdxList = (v: unknown): v is number[] => Array.isArray(v) && v.every((x) => typeof x === 'number');

/**
 * A readable line for an edit's before/after value (free-form JSON in the API): link snapshots
 * ({src, tgt, status}) become "3–4 ↔ 5 · confirmed"; anything else is shown as compact JSON.
 */
export function describeEditValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x))) return v.map(describeEditValue).join(' | ');
  if (typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    if (isIdxList(o.src) && isIdxList(o.tgt)) {
      const status = typeof o.status === 'string' ? ` · ${o.status}` : '';
      return `${sentenceRange(o.src)} ↔ ${sentenceRange(o.tgt)}${status}`;
    }
  }
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}
