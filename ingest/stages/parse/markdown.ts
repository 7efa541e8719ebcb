import { lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { BlockKind, ParsedBlock, ParsedDoc } from '../../model/document.ts';
import { bioName } from '../extract-metadata.ts';
import { decodeEntities, htmlFragmentBlocks } from './html.ts';
import { TextBuilder } from './text-builder.ts';

const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]:\s*/;
const FOOTNOTE_CALL = /\[\^([^\]\s]+)\]/g;
const SUP_CALL = /^(\d{1,3}|[*†‡]{1,3})$/;

/**
 * Parses Markdown with marked's lexer: the first h1 is the title, other headings keep their
 * level; paragraphs, list items and table rows are body, blockquotes quote, code boilerplate.
 * Emphasis and links become marks (the markup characters are gone from the text); raw HTML is
 * reduced to its text; `<sup>n</sup>` and `[^n]` are footnote calls, `[^n]: …` footnotes.
 */
export function parseMarkdown(md: string): ParsedDoc {
  const blocks: ParsedBlock[] = [];
  new MarkdownWalker(blocks).tokens(lexer(md.normalize('NFC')), 'body');
  relabel(blocks);
  const title = blocks.find((b) => b.kind === 'title')?.text;
  return { format: 'md', pageCount: 1, blocks, meta: title ? { title } : {} };
}

/**
 * Converted documents often write footnotes as "1 Source…" paragraphs and author bios as
 * "**Name,** role" paragraphs: relabel them when a call with that number exists / a role follows.
 */
function relabel(blocks: ParsedBlock[]): void {
  const calls = new Set(blocks.flatMap((b) => b.footnoteRefs.map((r) => r.marker)));
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    const note = /^(\d{1,3})\s+(?=\p{Lu})/u.exec(b.text);
    if (note && calls.has(note[1] as string)) {
      const cut = note[0].length;
      const fix = (x: number) => Math.max(0, x - cut);
      b.kind = 'footnote';
      b.marker = note[1] as string;
      b.text = b.text.slice(cut);
      b.marks = b.marks.map((m) => ({ ...m, start: fix(m.start), end: fix(m.end) })).filter((m) => m.end > m.start);
      b.footnoteRefs = b.footnoteRefs.map((r) => ({ ...r, offset: fix(r.offset) }));
    } else if (b.text.length <= 400 && bioName(b.text.replace(/\n/g, ' '))) b.kind = 'sidebar';
  }
}

class MarkdownWalker {
  constructor(private readonly blocks: ParsedBlock[]) {}

  tokens(tokens: Token[], kind: BlockKind): void {
    for (const t of tokens) this.token(t as MarkedToken, kind);
  }

  private token(t: MarkedToken, kind: BlockKind): void {
    switch (t.type) {
      case 'heading': {
        const title = t.depth === 1 && !this.blocks.some((b) => b.kind === 'title');
        return this.inlineBlock(t.tokens, title ? 'title' : 'heading', { level: t.depth });
      }
      case 'paragraph':
        return this.paragraph(t, kind);
      case 'text':
        return this.inlineBlock(t.tokens ?? [t], kind);
      case 'list':
        for (const item of t.items) this.tokens(item.tokens, kind);
        return;
      case 'blockquote':
        return this.tokens(t.tokens, 'quote');
      case 'code':
        return this.push({ kind: 'boilerplate', text: t.text.trim() });
      case 'html':
        for (const b of htmlFragmentBlocks(t.text)) {
          const titled = b.kind === 'title' && this.blocks.some((x) => x.kind === 'title');
          this.blocks.push(b.kind === 'body' ? { ...b, kind } : titled ? { ...b, kind: 'heading' } : b);
        }
        return;
      case 'table':
        for (const row of [t.header, ...t.rows]) this.row(row, kind);
        return;
      default:
        return; // space, hr, def (link reference definitions)
    }
  }

  /** A paragraph opening with "[^id]:" is that footnote's text. */
  private paragraph(t: Tokens.Paragraph, kind: BlockKind): void {
    const def = FOOTNOTE_DEF.exec(t.text);
    const first = t.tokens[0];
    if (def && first?.type === 'text' && FOOTNOTE_DEF.test(first.text)) {
      const rest = { ...first, text: first.text.replace(FOOTNOTE_DEF, '') } as Token;
      return this.inlineBlock([rest, ...t.tokens.slice(1)], 'footnote', { marker: def[1] as string });
    }
    this.inlineBlock(t.tokens, kind);
  }

  private row(cells: Tokens.TableCell[], kind: BlockKind): void {
    const b = new TextBuilder();
    cells.forEach((c, i) => {
      if (i > 0) b.add(' | ');
      inline(c.tokens, b);
    });
    this.emit(b, kind);
  }

  private inlineBlock(tokens: Token[], kind: BlockKind, extra: Partial<ParsedBlock> = {}): void {
    const b = new TextBuilder();
    inline(tokens, b);
    this.emit(b, kind, extra);
  }

  private emit(b: TextBuilder, kind: BlockKind, extra: Partial<ParsedBlock> = {}): void {
    const { text, marks, footnoteRefs } = b.take();
    this.push({ kind, text, marks, footnoteRefs, ...extra });
  }

  private push(b: Partial<ParsedBlock> & { kind: BlockKind; text: string }): void {
    if (b.text) this.blocks.push({ page: 1, pageBreaks: [], footnoteRefs: [], marks: [], ...b });
  }
}

/** Appends inline tokens to `b`: text without markup, marks for emphasis and links, refs for calls. */
function inline(tokens: Token[], b: TextBuilder): void {
  const open: { tag: string; start: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as MarkedToken;
    switch (t.type) {
      case 'text':
        if (t.tokens && t.tokens !== tokens) inline(t.tokens, b);
        else addWithCalls(decodeEntities(t.text), b);
        break;
      case 'escape':
      case 'codespan':
        b.add(decodeEntities(t.text));
        break;
      case 'strong':
      case 'em':
      case 'link': {
        const start = b.length;
        inline(t.tokens, b);
        b.mark(t.type, start, t.type === 'link' ? t.href : undefined);
        break;
      }
      case 'del':
        inline(t.tokens, b);
        break;
      case 'br':
        b.lineBreak();
        break;
      case 'html': {
        // Inline HTML: <sup>1</sup> is a footnote call, <b>/<i> are emphasis, other tags vanish.
        const next = tokens[i + 1] as MarkedToken | undefined;
        const close = tokens[i + 2] as MarkedToken | undefined;
        const hidden = /^<(script|style|template|noscript)\b/i.exec(t.text);
        if (hidden) {
          // marked splits inline HTML into tags and text: skip what lies up to the closing tag.
          const closing = new RegExp(`</${hidden[1]}\\s*>`, 'i');
          const closes = (x: MarkedToken | undefined) => x?.type === 'html' && closing.test(x.text);
          if (!closing.test(t.text)) {
            while (i + 1 < tokens.length && !closes(tokens[i + 1] as MarkedToken)) i++;
            i++; // the closing tag itself
          }
        } else if (/^<sup\b/i.test(t.text) && next?.type === 'text' && close?.type === 'html' && /^<\/sup>/i.test(close.text) && SUP_CALL.test(next.text.trim())) {
          b.ref(next.text.trim());
          i += 2;
        } else if (/^<br\b/i.test(t.text)) b.lineBreak();
        else emphasisTag(t.text, open, b);
        break;
      }
      default:
        break; // images: their alt text is not prose
    }
  }
}

function emphasisTag(tag: string, open: { tag: string; start: number }[], b: TextBuilder): void {
  const m = /^<(\/?)(b|strong|i|em)\b/i.exec(tag);
  if (!m) return;
  const name = (m[2] as string).toLowerCase();
  const type = name === 'b' || name === 'strong' ? 'strong' : 'em';
  if (!m[1]) return void open.push({ tag: type, start: b.length });
  const idx = open.map((o) => o.tag).lastIndexOf(type);
  if (idx >= 0) b.mark(type, (open.splice(idx, 1)[0] as { start: number }).start);
}

/** Text with "[^1]" footnote calls taken out as refs. */
function addWithCalls(text: string, b: TextBuilder): void {
  let last = 0;
  for (const m of text.matchAll(FOOTNOTE_CALL)) {
    b.add(text.slice(last, m.index));
    b.ref(m[1] as string);
    last = m.index + m[0].length;
  }
  b.add(text.slice(last));
}
