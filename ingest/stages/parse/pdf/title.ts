/**
 * The document title: the largest text on the first page with text, when it is
 * clearly larger than the body (or a heading high on the page); failing that,
 * a bold paragraph at the top of page 1 (official journals set titles in bold
 * body type). Parts of the title set apart in the same type are taken along.
 */
import type { Classified } from './classify.ts';
import type { PageCtx } from './layout.ts';
import type { Line } from './types.ts';

const sizeOf = (lines: Line[]) => {
  const n = lines.reduce((s, l) => s + l.text.length, 0);
  return lines.reduce((s, l) => s + l.size * l.text.length, 0) / Math.max(1, n);
};

const boldShare = (lines: Line[]) => lines.filter((l) => l.bold).reduce((n, l) => n + l.text.length, 0) / Math.max(1, lines.reduce((n, l) => n + l.text.length, 0));

/** A title set in several spaced parts ("REGULATION …" / "of 23 July 2014" / "on …"): take the parts that follow in the same type. */
function absorbParts(items: Classified[], title: Classified): void {
  const i = items.indexOf(title);
  const size = sizeOf(title.para.lines);
  const bold = boldShare(title.para.lines) >= 0.8;
  for (let j = i + 1; j < items.length; ) {
    const next = items[j]!;
    const lines = next.para.lines;
    const last = title.para.lines[title.para.lines.length - 1]!;
    const same = next.para.chunk === title.para.chunk && (next.kind === 'heading' || next.kind === 'body');
    const alike = Math.abs(sizeOf(lines) - size) <= 0.05 * size && (boldShare(lines) >= 0.8) === bold;
    if (!same || !alike || lines[0]!.top - last.bottom > 2 * size) break;
    title.para = { ...title.para, lines: [...title.para.lines, ...lines], chunkEnd: next.para.chunkEnd };
    items.splice(j, 1);
  }
}

/** Marks the title paragraph (kind 'title') in place. */
export function pickTitle(items: Classified[], ctxs: Map<number, PageCtx>, bodySize: number): void {
  const title = chooseTitle(items, ctxs, bodySize);
  if (title) {
    title.kind = 'title';
    absorbParts(items, title);
  }
}

function chooseTitle(items: Classified[], ctxs: Map<number, PageCtx>, bodySize: number): Classified | undefined {
  const first = items.find((i) => i.kind !== 'boilerplate')?.para.page;
  if (first === undefined) return undefined;
  const ctx = ctxs.get(first);
  let best: Classified | undefined;
  let bestSize = 0;
  for (const i of items) {
    if (i.para.page !== first || (i.kind !== 'heading' && i.kind !== 'body')) continue;
    const text = i.para.lines.map((l) => l.text).join(' ');
    if ((text.match(/\p{L}/gu) ?? []).length < 3) continue;
    const size = sizeOf(i.para.lines);
    if (size > bestSize + 0.01) [best, bestSize] = [i, size];
  }
  if (!best || !ctx) return undefined;
  const top = Math.min(...best.para.lines.map((l) => l.top));
  if (bestSize >= 1.4 * bodySize || (best.kind === 'heading' && bestSize >= 1.1 * bodySize && top < 0.45 * ctx.height)) return best;
  // Official texts set the title in bold body type at the top of page 1 ("REGULATION (EU) No 910/2014 …").
  const firstFlow = items.find((i) => i.para.page === first && (i.kind === 'heading' || i.kind === 'body'));
  if (!firstFlow) return undefined;
  const lines = firstFlow.para.lines;
  return boldShare(lines) >= 0.8 && lines.length <= 6 && Math.min(...lines.map((l) => l.top)) < 0.3 * ctx.height ? firstFlow : undefined;
}
