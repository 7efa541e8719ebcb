import type { DocSketch, SketchBlock, TranslationLang } from './types.ts';

/** The columns of a stored document and its blocks that a sketch needs (see store/*.repo.ts). */
export interface StoredDocRow {
  id: string;
  lang: string;
  page_count: number;
}

/**
 * A sketch from stored rows (documents + blocks tables). Documents whose language is not
 * French or English (`und`) cannot be paired and give undefined.
 */
export function sketchFromRows(doc: StoredDocRow, blocks: readonly SketchBlock[]): DocSketch | undefined {
  if (doc.lang !== 'fr' && doc.lang !== 'en') return undefined;
  return { id: doc.id, lang: doc.lang, pageCount: doc.page_count, blocks: blocks.map((b) => ({ kind: b.kind, text: b.text })) };
}

/**
 * A sketch from plain or Markdown-ish text: paragraphs are separated by blank lines, lines
 * starting with "#" are headings, short paragraphs opening with a number and a capital
 * ("1 US Department of…") are footnotes. Inline markup (`**`, `<sup>1</sup>`, links) is removed.
 * Form feeds count pages unless `pageCount` is given.
 */
export function sketchFromPlainText(id: string, lang: TranslationLang, text: string, pageCount?: number): DocSketch {
  const blocks: SketchBlock[] = [];
  for (const para of text.replace(/\r\n?/g, '\n').split(/\n[ \t\f]*\n/)) {
    const raw = para.replace(/\f/g, '').trim();
    if (!raw) continue;
    const clean = stripMarkup(raw);
    if (!clean) continue;
    const kind = raw.startsWith('#') ? 'heading' : /^\d{1,3}\s+\p{Lu}/u.test(clean) && clean.length < 500 ? 'footnote' : 'body';
    blocks.push({ kind, text: kind === 'heading' ? clean.replace(/^#+\s*/, '') : clean });
  }
  return { id, lang, blocks, pageCount: pageCount ?? text.split('\f').length };
}

/** Removes the reference texts' inline markup, keeping the words. */
export function stripMarkup(s: string): string {
  return s
    .replace(/<sup>[^<]*<\/sup>/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*/g, '$1$2')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
