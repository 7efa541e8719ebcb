/**
 * Reading order on a page. Lines that follow each other in the content stream
 * and down one column form chunks; chunks are ordered by a recursive XY cut:
 * split at vertical gutters first (columns, left to right), else at horizontal
 * gaps (top to bottom). Horizontal slabs that share the same gutters are merged
 * again before splitting, so aligned paragraph gaps in two columns do not make
 * the reader zig-zag between them. Where nothing separates the chunks (text
 * wrapped round a box), content-stream order decides.
 */
import type { Chunk, Line } from './types.ts';

function continues(chunk: Chunk, l: Line): boolean {
  const last = chunk.lines[chunk.lines.length - 1]!;
  const ref = Math.max(last.size, l.size);
  if (Math.min(last.size, l.size) / ref < 0.93) return false;
  const dy = l.baseline - last.baseline;
  if (dy <= 0.3 * ref || dy > 2.6 * ref) return false;
  const overlap = Math.min(last.x1, l.x1) - Math.max(last.x0, l.x0);
  const narrower = Math.min(last.x1 - last.x0, l.x1 - l.x0);
  return overlap >= 0.5 * narrower || Math.abs(l.x0 - chunk.x0) <= ref;
}

/** The bounding box of some lines as a chunk. */
export const box = (lines: Line[], page: number, order: number): Chunk => ({
  page,
  lines,
  order,
  x0: Math.min(...lines.map((l) => l.x0)),
  x1: Math.max(...lines.map((l) => l.x1)),
  top: Math.min(...lines.map((l) => l.top)),
  bottom: Math.max(...lines.map((l) => l.bottom)),
});

/** Groups a page's lines (in stream order) into column chunks. */
export function buildChunks(lines: Line[], page: number): Chunk[] {
  const chunks: Chunk[] = [];
  let cur: Chunk | undefined;
  for (const l of lines) {
    if (cur && continues(cur, l)) {
      cur.lines.push(l);
      cur.x0 = Math.min(cur.x0, l.x0);
      cur.x1 = Math.max(cur.x1, l.x1);
      cur.bottom = Math.max(cur.bottom, l.bottom);
      cur.top = Math.min(cur.top, l.top);
    } else {
      cur = box([l], page, l.order);
      chunks.push(cur);
    }
  }
  return chunks;
}

/** Splits items at empty intervals along one axis. */
function split(items: Chunk[], lo: (c: Chunk) => number, hi: (c: Chunk) => number, minGap: number): Chunk[][] {
  const sorted = [...items].sort((a, b) => lo(a) - lo(b));
  const groups: Chunk[][] = [];
  let end = -Infinity;
  for (const c of sorted) {
    if (groups.length === 0 || lo(c) - end >= minGap) groups.push([c]);
    else groups[groups.length - 1]!.push(c);
    end = Math.max(end, hi(c));
  }
  return groups;
}

const vertical = (items: Chunk[], gutter: number) => split(items, (c) => c.x0, (c) => c.x1, gutter);
const horizontal = (items: Chunk[], minGap = 0.5) => split(items, (c) => c.top, (c) => c.bottom, minGap);
const lineCount = (g: Chunk[]) => g.reduce((n, c) => n + c.lines.length, 0);

/**
 * Merges consecutive slabs whose union still splits into real columns (each
 * with some lines), when the lower slab has text in every one of those columns.
 * A lone heading under balanced columns starts a new section instead: the
 * columns above it are complete.
 */
function mergeSlabs(slabs: Chunk[][], gutter: number): Chunk[][] {
  const out: Chunk[][] = [];
  for (const s of slabs) {
    const last = out[out.length - 1];
    if (last) {
      const union = [...last, ...s];
      const cols = vertical(union, gutter);
      const covers = cols.every((col) => s.some((c) => col.includes(c)));
      if (cols.length > 1 && covers && cols.every((c) => lineCount(c) >= 4)) {
        out[out.length - 1] = union;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

function xyOrder(items: Chunk[], gutter: number, band: number, depth: number): Chunk[] {
  if (items.length <= 1 || depth > 40) return [...items].sort((a, b) => a.order - b.order);
  // A wide empty band across the whole width (a picture, a section break) ends the columns above it.
  const bands = horizontal(items, band);
  if (bands.length > 1) return bands.flatMap((b) => xyOrder(b, gutter, band, depth + 1));
  const cols = vertical(items, gutter);
  if (cols.length > 1) return cols.flatMap((c) => xyOrder(c, gutter, band, depth + 1));
  const slabs = horizontal(items);
  if (slabs.length > 1) {
    const merged = mergeSlabs(slabs, gutter);
    if (merged.length > 1) return merged.flatMap((s) => xyOrder(s, gutter, band, depth + 1));
  }
  return [...items].sort((a, b) => a.order - b.order);
}

/**
 * Orders a page's chunks for reading. `gutter` is the narrowest gap taken as a
 * column gutter, `band` the narrowest full-width gap that separates sections.
 */
export function orderChunks(chunks: Chunk[], gutter: number, band: number): Chunk[] {
  return xyOrder(chunks, gutter, band, 0);
}
