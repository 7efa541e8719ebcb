import type { BlockKind, FootnoteRef, Mark, PageBreak, ParsedBlock, ParsedDoc } from '../../model/document.ts';
import { bioName, bylineNames } from '../extract-metadata.ts';

/** A paragraph-level piece of the input before classification; `pages` holds page changes in `raw`. */
interface Unit {
  raw: string;
  page: number;
  pages: PageBreak[];
  /** How many units the source paragraph was split into (1 for a lone line). */
  paragraphUnits: number;
  /** True for the first unit of its paragraph. */
  first: boolean;
}

const LIST_ITEM = /^([-*•▪–—]|\d{1,2}[.)])\s/;
const CONTINUATION_END = /([,;&+]|\b(and|or|of|the|a|an|to|in|for|with|at|by|on|from|de|la|le|les|des|du|et|ou|à|en|au|aux|par|pour|sur|dans|que|qui|un|une))$/i;
const TERMINAL_END = /[.!?…:;»"”)]$/;

/**
 * Parses plain text: blank lines separate paragraphs; single newlines are joined only where the
 * text is hard-wrapped prose. Title, headings ("1. Title", "II • Title", all caps, `#`), footnotes
 * ("1 Source…"), author bios (sidebar) and footnote calls (`¹`, `<sup>1</sup>`) are recognised;
 * `**bold**`/`*em*` become marks. Form feeds are page breaks.
 */
export function parseText(input: string): ParsedDoc {
  const pagesText = input.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\f+$/, '').split('\f');
  const units = mergeAcrossParagraphs(pagesText.flatMap((t, p) => paragraphs(t).flatMap((lines) => joinLines(lines, p + 1))));
  const inline = units.map((u) => stripInline(u.raw));
  const calls = new Set(inline.flatMap((x) => x.footnoteRefs.map((r) => r.marker)));
  const blocks: ParsedBlock[] = [];
  units.forEach((u, i) => {
    const { text, marks, footnoteRefs, map } = inline[i] as Inline;
    if (!text) return;
    const next = inline[i + 1]?.text ?? '';
    const first = blocks.length === 0;
    const kind = classify(u, text, next, first, calls);
    const pageBreaks = u.pages.map((b) => ({ page: b.page, offset: map(b.offset) })).filter((b) => b.offset < text.length);
    const base: ParsedBlock = { kind: kind.kind, text: kind.text ?? text, page: u.page, pageBreaks, footnoteRefs, marks };
    if (kind.kind === 'title' || kind.kind === 'heading') base.level = kind.level ?? (kind.kind === 'title' ? 1 : 2);
    if (kind.marker) base.marker = kind.marker;
    if (kind.text !== undefined) shift(base, text.length - kind.text.length);
    blocks.push(base);
  });
  return { format: 'txt', pageCount: pagesText.length, blocks, meta: {} };
}

function paragraphs(page: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const line of page.split('\n')) {
    const t = line.trim();
    if (t) cur.push(t);
    else if (cur.length) (out.push(cur), (cur = []));
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Splits a paragraph's lines into units, joining a line break only when it is soft. */
function joinLines(lines: string[], page: number): Unit[] {
  const width = Math.max(...lines.map((l) => l.length));
  const body = lines.slice(0, -1);
  const wrapped = lines.length >= 3 && width >= 12 && width <= 150 && body.filter((l) => l.length >= 0.75 * width).length >= 0.7 * body.length;
  const units: Unit[] = [];
  let prev = '';
  for (const line of lines) {
    const last = units[units.length - 1];
    if (last && !LIST_ITEM.test(line) && continues(prev, line, wrapped, width)) last.raw = glue(last.raw, line);
    else units.push({ raw: line, page, pages: [], paragraphUnits: 0, first: units.length === 0 });
    prev = line;
  }
  for (const u of units) u.paragraphUnits = units.length;
  return units;
}

function continues(line: string, next: string, wrapped: boolean, width: number): boolean {
  const prev = line.replace(/[*_]+$/, ''); // "**Pierre Haroche,**" ends with a comma
  if (/\p{L}-$/u.test(prev) || CONTINUATION_END.test(prev) || /^[&+]/.test(next)) return true;
  // Hard-wrapped prose: the break is soft when the next word would not have fitted on the line.
  if (wrapped) return prev.length + 1 + (next.split(/\s/)[0]?.length ?? 0) > width;
  return /^\p{Ll}/u.test(next) && !TERMINAL_END.test(prev);
}

/** Joins two pieces of one sentence, undoing end-of-line hyphenation before a lower-case letter. */
function glue(a: string, b: string): string {
  if (/\p{L}-$/u.test(a)) return /^\p{Ll}/u.test(b) ? a.slice(0, -1) + b : a + b;
  return `${a} ${b}`;
}

/** Rejoins a sentence that a page or column break cut into two paragraphs ("coordi-" / "nation…"). */
function mergeAcrossParagraphs(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out[out.length - 1];
    // Only a paragraph's first unit can continue the previous paragraph.
    const lowerStart = u.first && /^([–—]\s+)?\p{Ll}/u.test(u.raw);
    const hyphen = prev !== undefined && /\p{L}-$/u.test(prev.raw);
    const open = prev !== undefined && prev.raw.length >= 150 && !TERMINAL_END.test(prev.raw);
    if (prev && (hyphen || open) && lowerStart) {
      const joined = glue(prev.raw, u.raw);
      const offset = joined.length - u.raw.length;
      if (u.page !== prev.page) prev.pages.push({ offset, page: u.page });
      prev.pages.push(...u.pages.map((b) => ({ ...b, offset: b.offset + offset })));
      prev.raw = joined;
    } else out.push({ ...u, pages: [...u.pages] });
  }
  return out;
}

interface Inline {
  text: string;
  marks: Mark[];
  footnoteRefs: FootnoteRef[];
  /** Maps an offset in the raw unit to the stripped text. */
  map: (raw: number) => number;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const INLINE = /<sup>\s*(\d{1,3}|[*†‡]{1,3})\s*<\/sup>|<\/?su[pb]>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|\*\*(?=\S)([^*]+?)(?<=\S)\*\*|\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*/g;

/** Removes footnote calls and `**`/`*` emphasis from a unit, keeping them as refs and marks. */
function stripInline(raw: string): Inline {
  let text = '';
  let last = 0;
  const marks: Mark[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  const cuts: { at: number; removed: number }[] = [];
  for (const m of raw.matchAll(INLINE)) {
    const at = m.index;
    text += raw.slice(last, at);
    last = at + m[0].length;
    const sup = m[1] ?? m[2];
    if (sup !== undefined) {
      // "km²" is a unit, not a footnote call.
      if (m[2] && /(^|[^\p{L}])[kcmd]?m$/u.test(text)) {
        text += m[0];
        continue;
      }
      footnoteRefs.push({ marker: [...sup].map((c) => (SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c)) : c)).join(''), offset: text.length });
      cuts.push({ at, removed: m[0].length });
      continue;
    }
    if (m[3] === undefined && m[4] === undefined) {
      cuts.push({ at, removed: m[0].length }); // a stray <sup>/<sub> tag: drop it, keep its text
      continue;
    }
    const inner = (m[3] ?? m[4]) as string;
    const marker = m[3] !== undefined ? 2 : 1;
    marks.push({ type: m[3] !== undefined ? 'strong' : 'em', start: text.length, end: text.length + inner.length });
    text += inner;
    cuts.push({ at, removed: marker }, { at: at + marker + inner.length, removed: marker });
  }
  text += raw.slice(last);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const fix = (x: number) => Math.max(0, Math.min(trimmed.length, x - lead));
  const map = (r: number) => fix(r - cuts.filter((c) => c.at < r).reduce((s, c) => s + Math.min(c.removed, r - c.at), 0));
  return {
    text: trimmed,
    marks: marks.map((k) => ({ ...k, start: fix(k.start), end: fix(k.end) })).filter((k) => k.end > k.start),
    footnoteRefs: footnoteRefs.map((r) => ({ ...r, offset: fix(r.offset) })),
    map,
  };
}

interface Kind {
  kind: BlockKind;
  level?: number;
  marker?: string;
  /** Replacement text when a prefix (`#`, footnote number) is dropped from the start. */
  text?: string;
}

function classify(u: Unit, text: string, next: string, first: boolean, calls: Set<string>): Kind {
  const atx = /^(#{1,6})\s+(.*)$/.exec(text);
  if (atx) {
    const level = (atx[1] as string).length;
    return { kind: level === 1 && first ? 'title' : 'heading', level, text: atx[2] as string };
  }
  const note = /^(\d{1,3}|\*)\s+(?=[\p{Lu}«"“(*])/u.exec(text);
  if (note && text.length >= 20 && (calls.has(note[1] as string) || (calls.size === 0 && u.paragraphUnits === 1 && !first))) {
    return { kind: 'footnote', marker: note[1] as string, text: text.slice(note[0].length) };
  }
  const short = text.length <= 120 && !/[.;,]$/.test(text);
  if (first && text.length <= 200 && !/[.!?;:,]$/.test(text) && next) return { kind: 'title', level: 1 };
  const numbered = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\p{Lu}/u.exec(text);
  if (numbered && short && (/^\d{1,2}[.)]/.test(text) || numbered[1]?.includes('.'))) {
    return { kind: 'heading', level: Math.min(6, 2 + ((numbered[1] as string).match(/\./g)?.length ?? 0)) };
  }
  if (short && /^[IVXLC]{1,6}\s*[•.\-–—:)]\s*\p{Lu}/u.test(text)) return { kind: 'heading', level: 2 };
  if (/^[•▪]\s*\p{Lu}[^.!?]{0,60}$/u.test(text) && u.paragraphUnits === 1) return { kind: 'heading', level: 2 };
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters >= 3 && text.length <= 80 && !/\p{Ll}/u.test(text) && text.split(/\s+/).length <= 10) return { kind: 'heading', level: 2 };
  if (bioName(text) && text.length <= 400) return { kind: 'sidebar' };
  const label = text.length <= 80 && /^\p{Lu}/u.test(text) && !/[.!?:;,…]$/.test(text) && text.split(/\s+/).length <= 10;
  if (label && u.paragraphUnits === 1 && next.length >= 100 && bylineNames(text).length === 0) return { kind: 'heading', level: 2 };
  return { kind: 'body' };
}

/** Moves marks and refs left after `by` characters were dropped from the start of the text. */
function shift(b: ParsedBlock, by: number): void {
  const fix = (x: number) => Math.max(0, Math.min(b.text.length, x - by));
  b.marks = b.marks.map((m) => ({ ...m, start: fix(m.start), end: fix(m.end) })).filter((m) => m.end > m.start);
  b.footnoteRefs = b.footnoteRefs.map((r) => ({ ...r, offset: fix(r.offset) }));
  b.pageBreaks = b.pageBreaks.map((p) => ({ ...p, offset: fix(p.offset) })).filter((p) => p.offset > 0 && p.offset < b.text.length);
}
