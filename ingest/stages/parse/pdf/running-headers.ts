/**
 * Running headers, running footers and page numbers. A line in the top or
 * bottom band of the page is "running" when a similar line sits at about the
 * same height on other pages (wording may vary: "Treasury Board of Canada" /
 * "Treasury Board", odd/even headers, letter-spaced type), or when it is a lone
 * page number ("3", "1 / 2", "Page 3 of 9"). Page-1 banner lines made only of
 * running-header words ("GEOPOLITICS", "MARCH 2025") are reported separately:
 * they are kept as boilerplate, not dropped.
 */
import type { Line, PageLines } from './types.ts';

const TOP_BAND = 0.12;
const BOTTOM_BAND = 0.12;
const WINDOW = 10;

const PAGE_NUMBER = /^(?:(?:page|p\.|seite|pagina)\s*)?[-–—|]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*(?:(?:\/|of|sur|de|\|)\s*\d{1,4})?\s*[-–—|]?$/i;
// A section label and the page number set apart by a rule: "Introduction | 5", "6 | New Interoperability Framework".
const LABELLED_NUMBER = /^(?:[^|]{2,90}\|\s*\d{1,4}|\d{1,4}\s*\|[^|]{2,90})$/;

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}]/gu, '');
const words = (s: string) => s.toLowerCase().match(/\p{L}{2,}|\d+/gu) ?? [];

/** Is the line in the page's top or bottom band? */
export function inBand(l: Line, p: PageLines): 'top' | 'bottom' | undefined {
  if (l.bottom <= p.height * TOP_BAND) return 'top';
  if (l.top >= p.height * (1 - BOTTOM_BAND)) return 'bottom';
  return undefined;
}

/** Comparison features of a band line, computed once. */
interface Feat {
  key: string;
  words: Set<string>;
  digits: boolean;
}

const feat = (l: Line): Feat => ({ key: letters(l.text), words: new Set(words(l.text).filter((w) => !/\d/.test(w))), digits: /\d/.test(l.text) });

/** How alike two band lines read: 0 (not), 1 (alike), 2 (alike and long enough to ignore a shifted position). */
function similar(a: Feat, b: Feat): 0 | 1 | 2 {
  const ka = a.key;
  const kb = b.key;
  if (ka.length <= 2 && kb.length <= 2) return ka === kb && a.digits === b.digits ? 1 : 0;
  const wa = a.words;
  const wb = b.words;
  const long = wa.size >= 4 && wb.size >= 4;
  if (ka === kb) return long ? 2 : 1;
  if (ka.length >= 6 && kb.length >= 6 && (ka.startsWith(kb) || kb.startsWith(ka))) return 1;
  if (wa.size < 2 || wb.size < 2) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const j = common / (wa.size + wb.size - common);
  return j >= 0.75 && long ? 2 : j >= 0.5 ? 1 : 0;
}

/** What to do with band lines: drop them (running) or keep them as boilerplate (banner). */
export interface RunningResult {
  drop: Set<Line>;
  banner: Set<Line>;
}

/** Finds running headers/footers/page numbers across all pages. */
export function findRunning(pages: PageLines[]): RunningResult {
  const drop = new Set<Line>();
  const banner = new Set<Line>();
  const withText = pages.filter((p) => p.lines.length > 0);
  const minOthers = withText.length >= 6 ? 2 : 1;
  const band = pages.map((p) => p.lines.filter((l) => inBand(l, p)));
  const feats = new Map<Line, Feat>();
  for (const b of band) for (const l of b) feats.set(l, feat(l));
  pages.forEach((p, i) => {
    for (const l of band[i]!) {
      if ((PAGE_NUMBER.test(l.text) && isolated(l, p)) || LABELLED_NUMBER.test(l.text)) {
        drop.add(l);
        continue;
      }
      let others = 0;
      const fl = feats.get(l)!;
      // Running lines repeat on nearby pages (chapter headers change): look ten pages either way, so the cost stays linear.
      for (let j = Math.max(0, i - WINDOW); j <= Math.min(pages.length - 1, i + WINDOW) && others < minOthers; j++) {
        const q = pages[j]!;
        if (j === i) continue;
        const tol = Math.max(4, 0.6 * l.size);
        // Word footers float a little from page to page: long matching wording may sit up to 5 % of the page away.
        const repeated = band[j]!.some((m) => {
          const dy = Math.abs(m.baseline - l.baseline);
          if (dy > 0.05 * p.height || inBand(m, q) !== inBand(l, p)) return false;
          const sim = similar(fl, feats.get(m)!);
          return sim > 0 && (dy <= tol || sim === 2);
        });
        if (repeated) others++;
      }
      if (others >= minOthers) drop.add(l);
    }
  });
  keepFlowingText(pages, drop);
  // Banner: top-band lines whose every word belongs to a dropped running header.
  const headerWords = new Set<string>();
  for (const l of drop) for (const w of words(l.text)) headerWords.add(w);
  pages.forEach((p, i) => {
    for (const l of band[i]!) {
      if (drop.has(l) || inBand(l, p) !== 'top') continue;
      const ws = words(l.text);
      if (ws.length > 0 && ws.every((w) => headerWords.has(w))) banner.add(l);
    }
  });
  return { drop, banner };
}

/**
 * A repeated phrase can end a paragraph at the page foot ("… referred to in
 * Article 48(2)."). A line set tight against a kept line of the same size is
 * part of that text, not a running header: release it, until nothing changes.
 */
function keepFlowingText(pages: PageLines[], drop: Set<Line>): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of pages) {
      for (const l of p.lines) {
        if (!drop.has(l) || PAGE_NUMBER.test(l.text)) continue;
        const tight = p.lines.some(
          (m) => !drop.has(m) && Math.abs(m.size - l.size) < 0.05 * l.size && Math.min(m.x1, l.x1) > Math.max(m.x0, l.x0) && Math.max(m.top - l.bottom, l.top - m.bottom) < 0.6 * l.size && m.baseline !== l.baseline,
        );
        if (tight) {
          drop.delete(l);
          changed = true;
        }
      }
    }
  }
}

/** A page number stands apart: no other text on its baseline next to it. */
function isolated(l: Line, p: PageLines): boolean {
  return !p.lines.some((m) => m !== l && Math.abs(m.baseline - l.baseline) < 0.5 * l.size && Math.min(Math.abs(m.x0 - l.x1), Math.abs(l.x0 - m.x1)) < 2 * l.size);
}
