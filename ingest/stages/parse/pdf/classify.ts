/**
 * What each paragraph is in the page design, from geometry and type: footnote
 * (small type under the body with a marker), sidebar / pull quote (a narrow box
 * beside the body, smaller or larger type), caption (small type next to an
 * empty picture area, or "Figure 1…"), boilerplate (web furniture, colophon
 * below the flow, tables of contents), title and headings (larger or bold
 * short lines), else body.
 */
import type { BlockKind } from '../../../model/document.ts';
import { leadingMarker, splitNotes } from './footnotes.ts';
import type { PageCtx } from './layout.ts';
import type { Chunk, Line, Para } from './types.ts';

/** A paragraph with its kind. */
export interface Classified {
  para: Para;
  kind: BlockKind;
}

const FURNITURE = /^(?:skip to (?:main )?content|aller au contenu(?: principal)?|passer au contenu(?: principal)?|menu|rechercher|search|partager(?: cet article)?|share(?: this(?: article)?)?|imprimer|print|copié ?!?|copied ?!?|copier le lien|copy link|plus de contenu|more content|lire aussi|à lire aussi|read more|read also|related articles?|articles? similaires|retour en haut|back to top|abonnez-vous|subscribe)$/i;
const SHARE = /^(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|mail|telegram|reddit|bluesky|mastodon|pinterest|icon|icône|share|partager|copy|copier|link|lien|print|imprimer)\s*)+$/i;
const LEGAL = /©|\bISBN\b|\bISSN\b|\bdoi:|all rights reserved|tous droits réservés|reproduction (?:is authori[sz]ed|autorisée)|directeur de la publication|funded by|financements? du programme|co-?financé|co-?funded/i;
const CAPTION_START = /^(?!table (?:des matières|of contents)\b)(?:figure|fig\.|figura|table|tableau|graphique|chart|graph|source|sources?\s*:|photo|crédits?|credits?|image|illustration|carte|map)\b/i;
const TOC_LINE = /(?:\.\s?){4,}\s*\d{1,4}$/;

const textOf = (lines: Line[]) => lines.map((l) => l.text).join(' ');
const chars = (l: Line) => Math.max(1, l.text.length);
const sizeOf = (lines: Line[]) => lines.reduce((n, l) => n + l.size * chars(l), 0) / lines.reduce((n, l) => n + chars(l), 0);
const share = (lines: Line[], f: (l: Line) => boolean) => lines.filter(f).reduce((n, l) => n + chars(l), 0) / lines.reduce((n, l) => n + chars(l), 0);
const family = (font: string) => font.replace(/[-,].*$/, '').replace(/(?:bold|black|italic|semibold|medium|light|regular|mt|ps)+$/i, '').toLowerCase();
const overlapX = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) => Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0;
const top = (lines: Line[]) => Math.min(...lines.map((l) => l.top));
const bottom = (lines: Line[]) => Math.max(...lines.map((l) => l.bottom));

function isFootnoteChunk(c: Chunk, ctx: PageCtx): boolean {
  const first = c.lines[0]!;
  if (sizeOf(c.lines) > 0.92 * ctx.bodySize || !leadingMarker(first)) return false;
  return !ctx.body.some((l) => !c.lines.includes(l) && l.top > c.top && overlapX(l, c));
}

function sideKind(c: Chunk, ctx: PageCtx): BlockKind | undefined {
  if (c.x1 - c.x0 >= 0.6 * ctx.colWidth) return undefined;
  const size = sizeOf(c.lines);
  const distinct = Math.abs(size - ctx.bodySize) > 0.07 * ctx.bodySize || family(c.lines[0]!.font) !== family(ctx.bodyFont);
  if (!distinct || (size > 0.95 * ctx.bodySize && size < 1.12 * ctx.bodySize)) return undefined;
  const others = ctx.body.filter((l) => !c.lines.includes(l));
  const beside = others.some((l) => l.top < c.bottom && l.bottom > c.top && (l.x1 < c.x0 - 1 || l.x0 > c.x1 + 1));
  // A heading sits in a column, with body text right above or below it; a box stands apart.
  const width = c.x1 - c.x0;
  const stacked = others.some((l) => Math.min(l.x1, c.x1) - Math.max(l.x0, c.x0) >= 0.3 * width && Math.max(l.top - c.bottom, c.top - l.bottom) <= 3 * ctx.pitch);
  if (!beside || stacked) return undefined;
  // A pull quote is a phrase; a short label beside the text belongs to a diagram.
  const words = textOf(c.lines).split(/\s+/).length;
  if (size >= 1.12 * ctx.bodySize) return words >= 6 ? 'quote' : 'caption';
  return c.lines.length >= 2 ? 'sidebar' : undefined;
}

/** The larger empty height above or below the paragraph, across its width and a margin either side (room for a picture). */
function gapAround(lines: Line[], ctx: PageCtx): number {
  const margin = 0.25 * ctx.colWidth;
  const box = { x0: Math.min(...lines.map((l) => l.x0)) - margin, x1: Math.max(...lines.map((l) => l.x1)) + margin };
  const t = top(lines);
  const b = bottom(lines);
  const others = ctx.lines.filter((l) => !lines.includes(l) && overlapX(l, box));
  const above = others.filter((l) => l.bottom <= t + 1).reduce((m, l) => Math.max(m, l.bottom), -Infinity);
  const below = others.filter((l) => l.top >= b - 1).reduce((m, l) => Math.min(m, l.top), Infinity);
  return Math.max(Number.isFinite(above) ? t - above : 0, Number.isFinite(below) ? below - b : 0);
}

function paraKind(lines: Line[], ctx: PageCtx): BlockKind {
  const text = textOf(lines);
  const size = sizeOf(lines);
  const body = ctx.bodySize;
  const bold = share(lines, (l) => l.bold) >= 0.8;
  const italic = share(lines, (l) => l.italic) >= 0.8;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (FURNITURE.test(text) || SHARE.test(text)) return 'boilerplate';
  if (size <= 0.85 * body && LEGAL.test(text)) return 'boilerplate';
  const smallish = size <= 0.92 * body || (italic && size <= 1.02 * body);
  const keyword = CAPTION_START.test(text) && (smallish || bold || italic || Math.abs(size - body) > 0.07 * body);
  if (lines.length <= 4 && ((smallish && gapAround(lines, ctx) >= Math.max(60, 4.5 * ctx.pitch)) || keyword)) return 'caption';
  const big = size >= 1.12 * body;
  // Short lines in capitals ("CHAPTER II", "GENERAL PROVISIONS") head what follows.
  const caps = text === text.toUpperCase() && letters >= 6 && text.split(/\s+/).length >= 2 && text.length <= 60;
  const headingish = big || caps || (bold && size >= 0.97 * body) || (italic && lines.length === 1 && (size >= 1.05 * body || (size >= 0.97 * body && text.length <= 40)));
  const endsOk = !/[.,;]$/.test(text) && !(text.endsWith('?') && !big) && !(text.endsWith(':') && text.length > 40);
  if (headingish && lines.length <= 3 && text.length <= 160 && letters >= 2 && endsOk) return 'heading';
  // Figure annotations: tiny type, or numbers standing alone ("47", "1.").
  if ((size < 0.75 * body && letters >= 1) || letters === 0 || (letters === 1 && text.length <= 3)) return 'caption';
  return 'body';
}

/** A line of bare numbers ("12", "3 4"): page numbers of a contents page. */
const numeric = (l: Line) => /^\d{1,4}(?:\s+\d{1,4})*$/.test(l.text);

/** Classifies the ordered chunks of one page into paragraphs with kinds. */
export function classifyPage(chunks: Chunk[], ctx: PageCtx, split: (c: Chunk) => Line[][], lastPage: boolean): Classified[] {
  const out: Classified[] = [];
  const tocPage = ctx.lines.filter((l) => l.tocNumber || TOC_LINE.test(l.text)).length >= 4;
  // On a contents page: entries with their page number glued, leader dots, bare page numbers, or a number on the same baseline.
  const tocLines = tocPage
    ? ctx.lines.filter((l) => l.tocNumber || TOC_LINE.test(l.text) || numeric(l) || ctx.lines.some((m) => m !== l && numeric(m) && m.x0 > l.x1 && Math.abs(m.baseline - l.baseline) < 0.5 * l.size))
    : [];
  const bodyBottom = ctx.body.reduce((m, l) => Math.max(m, l.bottom), -Infinity);
  let lastQuote: Chunk | undefined;
  const below: Classified[] = [];
  for (const c of chunks) {
    const mk = (lines: Line[], i: number, n: number, kind: BlockKind): Classified => ({ para: { page: c.page, lines, chunk: c, chunkStart: i === 0, chunkEnd: i === n - 1 }, kind });
    if (c.banner || (tocPage && share(c.lines, (l) => tocLines.includes(l)) >= 0.5)) {
      out.push(mk(c.lines, 0, 1, 'boilerplate'));
      continue;
    }
    if (isFootnoteChunk(c, ctx)) {
      const notes = splitNotes(c.lines);
      notes.forEach((n, i) => out.push(mk(n, i, notes.length, 'footnote')));
      continue;
    }
    let side = sideKind(c, ctx);
    // The attribution under a pull quote belongs to the quote.
    if (lastQuote && overlapX(lastQuote, c) && c.top - lastQuote.bottom < 4 * ctx.bodySize && c.x1 - c.x0 < 0.6 * ctx.colWidth) side = 'quote';
    lastQuote = side === 'quote' ? c : undefined;
    const paras = split(c);
    paras.forEach((p, i) => {
      let kind: BlockKind = side ?? paraKind(p, ctx);
      if (tocPage && share(p, (l) => tocLines.includes(l)) >= 0.5) kind = 'boilerplate';
      const item = mk(p, i, paras.length, kind);
      if (!side && top(p) >= bodyBottom - 1 && kind !== 'footnote') below.push(item);
      out.push(item);
    });
  }
  // A colophon: several lines of small type under the whole body flow of the last page, or with legal wording.
  const belowLines = below.flatMap((b) => b.para.lines);
  const legal = below.some((b) => LEGAL.test(textOf(b.para.lines)));
  if ((lastPage || legal) && belowLines.length >= 4 && sizeOf(belowLines) <= 0.85 * ctx.bodySize) for (const b of below) b.kind = 'boilerplate';
  return out;
}
