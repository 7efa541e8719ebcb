/**
 * From classified paragraphs to blocks. Lines are joined (de-hyphenated), and a
 * body paragraph cut by a column or page break is rejoined with its
 * continuation even when footnotes, a sidebar, a colophon or a running header
 * were placed between the two parts: the interrupting blocks then follow the
 * rejoined paragraph.
 */
import type { BlockKind, ParsedBlock } from '../../../model/document.ts';
import type { Classified } from './classify.ts';
import { type HyphenEvidence, type HyphenPrior, joinPlan } from './dehyphenate.ts';
import { stripMarker } from './footnotes.ts';
import { BlockText } from './text-builder.ts';
import type { Line } from './types.ts';

interface Out {
  kind: BlockKind;
  bt: BlockText;
  size: number;
  softEnd: boolean;
  marker?: string;
  chunkStart: boolean;
  chunkEnd: boolean;
  /** Geometry of the first and last line, to tell a column or page break from a paragraph break. */
  first: Line;
  last: Line;
  /** Non-flow blocks were emitted since this block. */
  interrupted: boolean;
}

const ENDS = /[.!?…»”"')\]:;]$/;
const FLOW: ReadonlySet<BlockKind> = new Set<BlockKind>(['title', 'heading', 'body']);
const LIST_START = /^(?:[•◦▪■●○‣⁃➢►✓]|\(?\d{1,3}[.)]|\(?[a-z][.)]\s)/u;

function buildText(lines: Line[], ev: HyphenEvidence, prior: HyphenPrior): BlockText {
  const bt = new BlockText(lines[0]!.page);
  let prev: Line | undefined;
  for (const l of lines) {
    bt.appendLine(l, prev ? joinPlan(bt.text, l.text, prev.softHyphenEnd, ev, prior, prev.maybeSoftHyphen) : { cut: 0, sep: '' });
    prev = l;
  }
  return bt;
}

/** Does `next` read as the rest of the paragraph `prev` (cut by a column or page break)? */
function continues(prev: Out, next: Out): boolean {
  if (!prev.chunkEnd || !next.chunkStart) return false;
  if (Math.abs(prev.size - next.size) > 0.05 * Math.max(prev.size, next.size)) return false;
  const a0 = prev.last;
  const b0 = next.first;
  const newColumn = b0.page !== a0.page || b0.x1 < a0.x0 || b0.x0 > a0.x1 || b0.top < a0.top;
  const adjacent = b0.top - a0.bottom < 1.5 * a0.size;
  if (!newColumn && !adjacent && !prev.interrupted) return false;
  const a = prev.bt.text;
  const b = next.bt.text;
  if (prev.softEnd || /\p{L}[-\u2010]$/u.test(a)) return /^\p{L}/u.test(b);
  // "… au monde :" | "le Luxembourg participe …": a colon or semicolon followed by lower case goes on.
  if (/[:;]$/u.test(a) && newColumn && /^\p{Ll}/u.test(b)) return true;
  if (ENDS.test(a)) return false;
  if (/^[\p{Ll}\d(«"“‘–—]/u.test(b)) return true;
  return /[\p{Ll},]$/u.test(a) && /^\p{Lu}/u.test(b) && !LIST_START.test(b);
}

/** Turns the classified paragraphs of all pages (in reading order) into blocks. */
export function assembleBlocks(items: Classified[], ev: HyphenEvidence, prior: HyphenPrior): ParsedBlock[] {
  const out: Out[] = [];
  let lastFlow: Out | undefined;
  for (const { para, kind } of items) {
    let lines = para.lines;
    let marker: string | undefined;
    if (kind === 'footnote') {
      const s = stripMarker(lines[0]!);
      if (s) {
        lines = [s.line, ...lines.slice(1)];
        marker = s.marker;
      }
    }
    const bt = buildText(lines, ev, prior);
    if (!bt.text.trim()) continue;
    const chars = lines.reduce((n, l) => n + l.text.length, 0);
    const size = lines.reduce((n, l) => n + l.size * l.text.length, 0) / Math.max(1, chars);
    const last = lines[lines.length - 1]!;
    const cur: Out = { kind, bt, size, softEnd: last.softHyphenEnd, chunkStart: para.chunkStart, chunkEnd: para.chunkEnd, first: lines[0]!, last, interrupted: false };
    if (marker !== undefined) cur.marker = marker;
    if (kind === 'body' && lastFlow?.kind === 'body' && continues(lastFlow, cur)) {
      lastFlow.bt.appendBlock(bt, joinPlan(lastFlow.bt.text, bt.text, lastFlow.softEnd, ev, prior, lastFlow.last.maybeSoftHyphen));
      lastFlow.softEnd = cur.softEnd;
      lastFlow.chunkEnd = cur.chunkEnd;
      lastFlow.last = cur.last;
      lastFlow.interrupted = false;
      continue;
    }
    out.push(cur);
    if (FLOW.has(kind)) lastFlow = cur;
    else if (lastFlow) lastFlow.interrupted = true;
  }
  // Heading levels by size: the title is 1, the largest heading size 2, and so on.
  const sizes = [...new Set(out.filter((o) => o.kind === 'heading').map((o) => Math.round(o.size * 2) / 2))].sort((a, b) => b - a);
  return out.map((o) => {
    const block: ParsedBlock = {
      kind: o.kind,
      text: o.bt.text,
      page: o.bt.page,
      pageBreaks: o.bt.breaks,
      footnoteRefs: o.bt.refs,
      marks: o.kind === 'heading' || o.kind === 'title' ? [] : o.bt.finalMarks(),
    };
    if (o.marker !== undefined) block.marker = o.marker;
    if (o.kind === 'title') block.level = 1;
    if (o.kind === 'heading') block.level = Math.min(6, 2 + sizes.indexOf(Math.round(o.size * 2) / 2));
    return block;
  });
}
