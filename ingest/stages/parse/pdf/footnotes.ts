/**
 * Footnote texts: a leading marker ("1", "1.", "(1)", "*", or a superscript
 * number) on a small-type paragraph. Several notes in one chunk are split at
 * each marker; the marker is taken off the text and kept on the block.
 */
import type { Line } from './types.ts';

const TEXT_MARKER = /^(?:\((\d{1,3})\)\s*|(\d{1,3})[.)]?\s+|([*†‡§]{1,3})\s*)(?=\S)/u;

/** The marker that starts a line, and how many characters it takes. */
export function leadingMarker(l: Line): { marker: string; length: number } | undefined {
  const first = l.refs[0];
  if (first && first.offset === 0) return { marker: first.marker, length: 0 };
  const m = TEXT_MARKER.exec(l.text);
  if (!m) return undefined;
  const marker = m[1] ?? m[2] ?? m[3] ?? '';
  // "2024 was…" is a sentence, not a note: a bare number needs a space and a short value.
  if (m[2] && Number(m[2]) > 300) return undefined;
  if (!marker || m[0].length >= l.text.length) return undefined;
  return { marker, length: m[0].length };
}

/** Returns a copy of the line without its leading marker (offsets shifted). */
export function stripMarker(l: Line): { line: Line; marker: string } | undefined {
  const lead = leadingMarker(l);
  if (!lead) return undefined;
  const n = lead.length;
  const refs = lead.length === 0 ? l.refs.slice(1) : l.refs;
  return {
    marker: lead.marker,
    line: {
      ...l,
      text: l.text.slice(n),
      refs: refs.map((r) => ({ ...r, offset: Math.max(0, r.offset - n) })),
      spans: l.spans.map((s) => ({ ...s, start: Math.max(0, s.start - n), end: Math.max(0, s.end - n) })).filter((s) => s.end > s.start),
    },
  };
}

/** Splits the lines of a footnote area at every line that starts with a marker. */
export function splitNotes(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  const left = Math.min(...lines.map((l) => l.x0));
  for (const l of lines) {
    const starts = leadingMarker(l) !== undefined && l.x0 <= left + 0.5 * l.size;
    if (starts || out.length === 0) out.push([l]);
    else out[out.length - 1]!.push(l);
  }
  return out;
}
