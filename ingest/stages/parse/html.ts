import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockKind, DocMeta, ParsedBlock, ParsedDoc } from '../../model/document.ts';
import { TextBuilder } from './text-builder.ts';


/** The little of the DOM this parser needs; linkedom's nodes satisfy it (the project has no DOM lib types). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  hasAttribute(name: string): boolean;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}
interface DomDocument {
  documentElement: DomElement;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  toString(): string;
}

/** Never content: code, media, forms and navigation. */
const SKIP_TAGS = new Set(
  'script style noscript template iframe object embed svg canvas video audio picture img map form button input select textarea nav head meta link dialog'.split(' '),
);
/** Class/id words that mark site furniture (share bars, skip links, "more content" rails…). */
const FURNITURE = new Set(
  'share sharing social skip skiplink skip-link copied copy-link breadcrumb breadcrumbs cookie cookies newsletter related more read-more ads advert advertisement promo subscribe comments toolbar menu navbar sitenav'.split(' '),
);
const BLOCK_TAGS = new Set(
  'p div li ul ol dl dt dd section article main header footer figure table thead tbody tfoot tr caption pre address details summary center hr body'.split(' '),
);
const CONTAINER_KIND: Record<string, BlockKind> = { blockquote: 'quote', aside: 'sidebar', figcaption: 'caption' };
/** Whole-block texts that are chrome, whatever element carried them. */
const FURNITURE_TEXT = [
  /^(skip to (main )?content|aller au contenu( principal)?|passer au contenu|plus de contenu|more content|lire aussi|read more|partager|share|menu)$/i,
  /^(((facebook|twitter|linkedin|whatsapp|email|e-mail|mail|reddit|telegram|x|bluesky) ?(icon|icône)?|copié ?!?|copied ?!?|lien copié ?!?)[\s|•]*)+$/i,
];

/**
 * Parses an HTML page: Readability finds the main content, then the original DOM under it is
 * walked into blocks (title, headings, body, quotes, captions, sidebars, footnotes) with
 * emphasis and links kept as marks. Site furniture, scripts and styles never reach a block.
 */
export function parseHtml(html: string): ParsedDoc {
  // linkedom makes the first element of a bare fragment the document element, so wrap fragments.
  const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const doc = parseHTML(full).document as unknown as DomDocument;
  for (const el of Array.from(doc.querySelectorAll('script,style,noscript,template,iframe,object,embed'))) el.remove();
  const meta = readMeta(doc);
  const all = Array.from(doc.querySelectorAll('*'));
  all.forEach((el, i) => el.setAttribute('data-cc', String(i)));
  // Readability rewrites the tree it reads, so it gets a copy; we walk the untouched one.
  const copy = parseHTML(doc.toString()).document as unknown as DomDocument;
  const root = mainContent(copy, all) ?? doc.body ?? doc.documentElement;
  const blocks = new Walker().run(root);
  const title = pageTitle(doc, meta.title);
  // A page with no content keeps no blocks at all (the pipeline then says NO_CONTENT), title or not.
  if (title && blocks.length > 0 && !blocks.some((b) => b.kind === 'title')) blocks.unshift(block('title', title, { level: 1 }));
  return { format: 'html', pageCount: 1, blocks, meta: { ...meta, ...(title ? { title } : {}) } };
}

/** The article's h1: the one the <title> repeats, else the <title>, else the first h1 (logos are h1s too). */
function pageTitle(doc: DomDocument, titleTag: string | undefined): string | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1')).map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return h1s.find((h) => titleTag?.includes(h)) ?? titleTag ?? h1s[0];
}

/** Blocks of an HTML fragment (raw HTML inside Markdown), walked as is: no Readability, no title. */
export function htmlFragmentBlocks(html: string): ParsedBlock[] {
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as DomDocument;
  return doc.body ? new Walker().run(doc.body) : [];
}

let scratch: (DomElement & { innerHTML: string }) | undefined;

/** Decodes HTML character references ("&eacute;", "&#8217;") in text that holds no markup. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  scratch ??= (parseHTML('<!doctype html><html><body></body></html>').document as unknown as DomDocument).body as DomElement & { innerHTML: string };
  const body = scratch;
  body.innerHTML = text.replace(/</g, '&lt;');
  return body.textContent ?? text;
}

/** Readability's pick, mapped back to the lowest original element holding all it kept. */
function mainContent(copy: DomDocument, originals: DomElement[]): DomElement | undefined {
  let article: ReturnType<Readability<DomElement>['parse']>;
  try {
    article = new Readability<DomElement>(copy as never, { serializer: (n) => n as unknown as DomElement }).parse();
  } catch {
    return undefined;
  }
  const content = article?.content;
  if (!content) return undefined;
  const kept: DomElement[] = [];
  const visit = (n: DomNode) => {
    const id = n.nodeType === 1 ? (n as DomElement).getAttribute('data-cc') : null;
    const original = id === null ? undefined : originals[Number(id)];
    if (original) return void kept.push(original);
    for (const c of Array.from(n.childNodes)) visit(c);
  };
  visit(content);
  return kept.reduce<DomElement | undefined>((lca, el) => (lca ? commonAncestor(lca, el) : el), undefined);
}

function commonAncestor(a: DomElement, b: DomElement): DomElement {
  const seen = new Set<DomNode>();
  for (let n: DomNode | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: DomNode | null = b; n; n = n.parentNode) if (seen.has(n)) return n as DomElement;
  return a;
}

function readMeta(doc: DomDocument): DocMeta {
  const attr = (sel: string, name = 'content') => doc.querySelector(sel)?.getAttribute(name)?.trim() || undefined;
  const meta: DocMeta = {};
  const title = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title.split(/\s+\|\s+/)[0] ?? title;
  const lang = /^(fr|en)\b/i.exec(doc.documentElement.getAttribute('lang') ?? '')?.[1]?.toLowerCase();
  if (lang === 'fr' || lang === 'en') meta.lang = lang;
  const author = attr('meta[name="author"]');
  if (author) meta.authors = [author];
  const time = doc.querySelector('time[pubdate],time[itemprop="datePublished"]') ?? doc.querySelector('article time[datetime]');
  const raw =
    attr('meta[property="article:published_time"]') ??
    attr('meta[itemprop="datePublished"]') ??
    attr('meta[name="date"]') ??
    attr('meta[name="dc.date"]') ??
    time?.getAttribute('datetime')?.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw ?? '');
  const [y, m, d] = [Number(iso?.[1]), Number(iso?.[2]), Number(iso?.[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (iso && day.getUTCMonth() === m - 1 && day.getUTCDate() === d) {
    meta.publishedOn = `${iso[1]}-${iso[2]}-${iso[3]}`;
    meta.datePrecision = 'day';
    const fromTime = raw === time?.getAttribute('datetime')?.trim();
    meta.dateText = (fromTime && time?.textContent?.trim()) || raw;
  }
  return meta;
}

function block(kind: BlockKind, text: string, extra: Partial<ParsedBlock> = {}): ParsedBlock {
  return { kind, text, page: 1, pageBreaks: [], footnoteRefs: [], marks: [], ...extra };
}

/** Class and id tokens, whole ("skip-link") and split at hyphens ("share-bar" → "share"). */
const classWords = (el: DomElement, split = true): string[] => {
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/).filter(Boolean);
  return split ? [...tokens, ...tokens.flatMap((t) => (/[-_]/.test(t) ? t.split(/[-_]+/) : []))] : tokens;
};

/** A footnote call's text: "1", "[12]", "*". Letters are not calls: French ordinals write XX<sup>e</sup>. */
const FOOTNOTE_CALL = /^\[?(\d{1,3}|[*†‡]{1,3})\]?$/;

/** Depth-first walk that turns block elements into ParsedBlocks. */
class Walker {
  private blocks: ParsedBlock[] = [];
  private b = new TextBuilder();
  private cur: { kind: BlockKind; level?: number; marker?: string; footnotes: boolean } = { kind: 'body', footnotes: false };

  run(root: DomElement): ParsedBlock[] {
    this.element(root);
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    const { text, marks, footnoteRefs } = this.b.take();
    if (!text || FURNITURE_TEXT.some((re) => re.test(text))) return;
    const { kind, level, marker } = this.cur;
    const title = kind === 'heading' && level === 1 && !this.blocks.some((x) => x.kind === 'title');
    this.blocks.push(block(title ? 'title' : kind, text, { marks, footnoteRefs, ...(level ? { level } : {}), ...(marker ? { marker } : {}) }));
  }

  private node(n: DomNode): void {
    if (n.nodeType === 3) this.b.add(n.textContent ?? '');
    else if (n.nodeType === 1) this.element(n as DomElement);
  }

  private children(el: DomElement): void {
    for (const c of Array.from(el.childNodes)) this.node(c);
  }

  /** Runs `inner` as its own block(s) with the given context, restoring the outer one after. */
  private asBlock(next: Partial<typeof this.cur>, inner: () => void): void {
    this.flush();
    const saved = this.cur;
    this.cur = { ...saved, ...next };
    inner();
    this.flush();
    this.cur = saved;
  }

  private element(el: DomElement): void {
    const tag = el.tagName.toLowerCase();
    if (this.isFurniture(el, tag)) return;
    const words = classWords(el, false);
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) return this.asBlock({ kind: 'heading', level: Number(heading[1]), marker: undefined }, () => this.children(el));
    if (words.some((w) => /^(footnotes?|endnotes?|notes)$/.test(w)) || /doc-(endnotes|footnotes)/.test(el.getAttribute('role') ?? '')) {
      return this.asBlock({ kind: 'footnote', footnotes: true }, () => this.children(el));
    }
    if (tag === 'li' && this.cur.footnotes) {
      const marker = /(\d+)$/.exec(el.getAttribute('id') ?? '')?.[1] ?? String(this.listIndex(el));
      return this.asBlock({ kind: 'footnote', marker, level: undefined }, () => this.children(el));
    }
    const container = CONTAINER_KIND[tag];
    if (container) return this.asBlock({ kind: this.cur.kind === 'footnote' ? 'footnote' : container, level: undefined }, () => this.children(el));
    if (BLOCK_TAGS.has(tag)) return this.asBlock({ level: this.cur.kind === 'heading' ? this.cur.level : undefined }, () => this.children(el));
    if (tag === 'br') return this.b.lineBreak();
    if (tag === 'td' || tag === 'th') {
      if (this.b.length > 0) this.b.add(' | ');
      return this.children(el);
    }
    const href = el.getAttribute('href') ?? '';
    const text = (el.textContent ?? '').trim();
    if (tag === 'a' && (/^#fnref|^#r?fn-?ref/i.test(href) || words.includes('footnote-backref') || text === '↩' || text === '↩︎')) return;
    const call = tag === 'sup' || (tag === 'a' && (/^#(fn|footnote|note)/i.test(href) || words.includes('footnote-ref')));
    if (call && FOOTNOTE_CALL.test(text)) {
      const marker = text.replace(/[[\]]/g, '');
      // At the start of a footnote the number is the footnote's own marker, not a call.
      if (this.cur.kind === 'footnote' && this.b.length === 0) this.cur = { ...this.cur, marker };
      else this.b.ref(marker);
      return;
    }
    const start = this.b.length;
    this.children(el);
    if (tag === 'strong' || tag === 'b') this.b.mark('strong', start);
    else if (tag === 'em' || tag === 'i') this.b.mark('em', start);
    else if (tag === 'a' && href && !/^javascript:/i.test(href)) this.b.mark('link', start, href);
  }

  private isFurniture(el: DomElement, tag: string): boolean {
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) return true;
    if (/^(navigation|banner|contentinfo|search|menu|menubar|toolbar)$/.test(el.getAttribute('role') ?? '')) return true;
    if (classWords(el).some((w) => FURNITURE.has(w))) return true;
    // Page headers and footers are chrome unless they carry the article's title or its notes.
    if (tag === 'header') return el.querySelector('nav') !== null || el.querySelector('h1') === null;
    if (tag === 'footer') return el.querySelector('.footnotes,[role="doc-endnotes"],ol') === null;
    return false;
  }

  private listIndex(li: DomElement): number {
    const parent = li.parentNode as DomElement | null;
    const start = Number(parent?.getAttribute?.('start') ?? '1') || 1;
    const items = parent ? Array.from(parent.childNodes).filter((c) => c.nodeType === 1 && (c as DomElement).tagName.toLowerCase() === 'li') : [li];
    return start + Math.max(0, items.indexOf(li));
  }
}
