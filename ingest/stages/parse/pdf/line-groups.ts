/**
 * Text items → groups of items that form one visual line. Items are grouped in
 * content-stream order by baseline and horizontal adjacency (raised smaller
 * items join as superscripts); fragments of one line that the stream emitted
 * apart are merged back, section labels are glued to their text, and
 * letter-spaced display type is collapsed.
 */
import type { Run } from './types.ts';

/** Runs that make one visual line. */
export interface Group {
  runs: Run[];
  baseline: number;
  size: number;
  x1: number;
  order: number;
  /** A far-right page number was glued on (table-of-contents entry). */
  toc?: boolean;
}

const spacedKey = (r: Run) => `${r.font.name}|${Math.round(r.size)}`;

const ALNUM = /[\p{L}\p{N}]/gu;
const alnumCount = (text: string): number => text.match(ALNUM)?.length ?? 0;

/**
 * Collapses letter-spaced display type inside one item ("N A T I O N A L").
 * Short items ("I V") are collapsed only in a font and size already seen
 * letter-spaced (`spaced`), since "y a" can be ordinary text.
 */
export function collapseLetterSpacing(run: Run, spaced: Set<string>): Run {
  const text = run.text.trim();
  // The tokens of `text.split(' ')`, counted without splitting: most items are ordinary text,
  // and every item is tested twice per page (see groupLines).
  let tokens = 1;
  let short = 0;
  let single = 0;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 32) {
      len++;
      continue;
    }
    if (i < text.length) tokens++;
    if (len <= 2) short++;
    if (len === 1) single++;
    len = 0;
  }
  if (tokens < 2) return run;
  // Ordinary text (most items) fails the cheap tests first.
  const clear = tokens >= 4 && short / tokens >= 0.9 && single / tokens >= 0.6 && alnumCount(run.text) >= 3;
  const known = !clear && short === tokens && spaced.has(spacedKey(run));
  if (!clear && !known) return run;
  if (clear) spaced.add(spacedKey(run));
  const lead = run.text.startsWith(' ') ? ' ' : '';
  const trail = run.text.endsWith(' ') ? ' ' : '';
  return { ...run, text: lead + text.split(' ').join('') + trail, letterSpaced: true };
}

/** Can `r` continue the line being built? Superscripts may sit up to 0.6 em above the baseline. */
function fits(g: Group, r: Run): boolean {
  const ref = Math.max(g.size, r.size);
  const dx = r.x - g.x1;
  const ratio = Math.min(g.size, r.size) / ref;
  const dy = r.y - g.baseline;
  // Wide justified word gaps: pdf.js saw no line break, so the same line goes on.
  const last = g.runs[g.runs.length - 1]!;
  if (dx > 1.5 * ref && !last.eol && ratio >= 0.85 && Math.abs(dy) <= 0.1 * ref && dx <= 4 * ref) return true;
  if (dx < -0.6 * ref || dx > 1.5 * ref) return false;
  if (ratio >= 0.85) return Math.abs(dy) <= 0.3 * ref;
  if (ratio < 0.4) return false;
  // The smaller text must be raised (superscript) or slightly lowered (subscript).
  const raise = r.size < g.size ? -dy : dy;
  return raise >= -0.3 * ref && raise <= 0.6 * ref;
}

function groupRuns(runs: Run[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | undefined;
  runs.forEach((r, i) => {
    if (r.space) {
      if (cur && Math.abs(r.y - cur.baseline) <= 0.3 * cur.size) cur.runs.push(r);
      return;
    }
    if (cur && fits(cur, r)) {
      cur.runs.push(r);
      if (r.size > cur.size * 1.15) {
        cur.size = r.size;
        cur.baseline = r.y;
      }
      cur.x1 = Math.max(cur.x1, r.x + r.width);
      return;
    }
    cur = { runs: [r], baseline: r.y, size: r.size, x1: r.x + r.width, order: i };
    groups.push(cur);
  });
  return groups;
}

// A list or section label set before a tab ("1.1", "A.2.3", "(a)", "•").
const LABEL = /^(?:\(?[0-9]{1,3}(?:[.,][0-9]{1,3})*[.)]?|[A-Z]\.[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|\(?[a-zivx]{1,4}\)|[•◦▪■●○‣⁃➢►✓-])$/;

/** Merges fragments of one line that the content stream emitted apart; glues labels to their text and far-right page numbers (tables of contents). */
function mergeFragments(groups: Group[], pageWidth: number): Group[] {
  const sorted = [...groups].sort((a, b) => a.baseline - b.baseline || a.runs[0]!.x - b.runs[0]!.x);
  const out: Group[] = [];
  for (const g of sorted) {
    const prev = out[out.length - 1];
    if (prev) {
      const ref = Math.max(prev.size, g.size);
      const sameBase = Math.abs(prev.baseline - g.baseline) <= 0.25 * ref && Math.min(prev.size, g.size) / ref >= 0.85;
      const gap = g.runs[0]!.x - prev.x1;
      const text = g.runs.map((r) => r.text).join('').trim();
      const adjacent = gap >= -0.3 * ref && gap <= 0.5 * ref;
      const prevText = prev.runs.map((r) => r.text).join('').trim();
      const tocNumber = /^\d{1,4}$/.test(text) && gap > 2 * ref && g.x1 > 0.75 * pageWidth && !/\d$/.test(prevText);
      const label = LABEL.test(prevText) && gap > 0 && gap <= 8 * ref;
      if (sameBase && (adjacent || tocNumber || label)) {
        if (tocNumber && !adjacent) prev.toc = true;
        if (label && !adjacent) g.runs[0] = { ...g.runs[0]!, text: ` ${g.runs[0]!.text.trimStart()}` };
        prev.runs.push(...g.runs);
        prev.x1 = Math.max(prev.x1, g.x1);
        prev.order = Math.min(prev.order, g.order);
        continue;
      }
    }
    out.push({ ...g, runs: [...g.runs] });
  }
  return out.sort((a, b) => a.order - b.order);
}

/**
 * Groups a page's runs into lines, in content-stream order. `spaced` collects
 * the font/size pairs seen letter-spaced, across pages.
 */
export function groupLines(raw: Run[], pageWidth: number, spaced: Set<string>): Group[] {
  // Two passes: the first learns which fonts are letter-spaced on this page, the second collapses short items in them.
  for (const r of raw) collapseLetterSpacing(r, spaced);
  const runs = raw.map((r) => collapseLetterSpacing(r, spaced));
  return mergeFragments(groupRuns(runs), pageWidth);
}
