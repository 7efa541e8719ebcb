import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedDoc } from '../../ingest/model/document.ts';
import { parseHtml } from '../../ingest/stages/parse/html.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/${p}`, import.meta.url), 'utf8');
const FURNITURE = ['Skip to content', 'facebook icon', 'twitter icon', 'linkedin icon', 'Copié!', 'Plus de contenu'];

/** 1 − Levenshtein distance / longer length, on whitespace-normalised text. */
function similarity(a: string, b: string): number {
  const x = a.replace(/\s+/g, ' ').trim();
  const y = b.replace(/\s+/g, ' ').trim();
  let prev = new Uint32Array(y.length + 1).map((_, j) => j);
  let cur = new Uint32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return 1 - (prev[y.length] as number) / Math.max(1, x.length, y.length);
}

const page = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><title>Test page | Site</title>${head}</head><body>${body}</body></html>`;
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} explains the policy of the European Union towards its eastern neighbours in some detail, with figures and sources.</p>`).join('');

describe('parseHtml', () => {
  const doc = parseHtml(read('samples/002_d2107694f30e2b3c.html'));
  const text = doc.blocks.map((b) => b.text).join('\n');

  it('extracts the 002 article text at >= 0.98 similarity to the reference, without site furniture', () => {
    const reference = read('reference/002_d2107694f30e2b3c.txt')
      .split('\n')
      .filter((l) => !FURNITURE.some((f) => l.includes(f)))
      .join('\n');
    const sim = similarity(text, reference);
    console.log(`HTML 002: similarity to reference (furniture lines removed) = ${sim.toFixed(4)}; blocks = ${doc.blocks.length}`);
    expect(sim).toBeGreaterThanOrEqual(0.98);
    for (const f of FURNITURE) expect(text).not.toContain(f);
    expect(ParsedDoc.safeParse(doc).success).toBe(true);
  });

  it('gives the h1 as title and keeps heading levels, caption and list items', () => {
    expect(doc.blocks[0]).toMatchObject({ kind: 'title', level: 1, text: 'L’Europe prépare une alliance militaire sans les États-Unis — et l’Ukraine pourrait en faire partie' });
    expect(doc.blocks.find((b) => b.text === 'Crédit: Adobe Stock')?.kind).toBe('caption');
    expect(doc.blocks.find((b) => b.text === 'La « coalition des volontaires » devient permanente')).toMatchObject({ kind: 'heading', level: 2 });
    expect(doc.blocks.find((b) => b.text === 'Sources primaires')).toMatchObject({ kind: 'heading', level: 3 });
    expect(doc.meta).toMatchObject({ lang: 'fr', title: doc.blocks[0]?.text });
  });

  it('keeps <strong> and <a> as marks with offsets into the block text', () => {
    const li = doc.blocks.find((b) => b.text.startsWith('Militarnyi'));
    expect(li).toBeDefined();
    const marks = (li?.marks ?? []).map((m) => [m.type, li?.text.slice(m.start, m.end), m.href]);
    expect(marks).toContainEqual(['strong', 'Militarnyi', undefined]);
    expect(marks).toContainEqual(['link', 'Europe Seeks Military Alliance Format Without the USA, With Possible Participation of Ukraine (janvier 2026)', '#']);
  });

  it('never keeps scripts, styles, event handlers or navigation chrome', () => {
    const html = page(
      `<a href="#main" class="skip-link">Skip to content</a><header><nav><a href="/">Home</a><a href="/a">About us</a></nav></header>
       <main id="main"><article><h1>Real title</h1><p onclick="steal()">Clean <em>emphasis</em> here.</p>
       <script>alert("pwned")</script><style>p{color:red}</style>${filler(6)}
       <div class="social-share"><a href="https://facebook.com">facebook icon</a><button>Copié!</button></div></article></main>
       <footer><p>© Site 2025 — Mentions légales</p></footer>`,
    );
    const d = parseHtml(html);
    const all = d.blocks.map((b) => b.text).join('\n');
    for (const bad of ['alert', 'pwned', 'color:red', 'steal', 'onclick', 'Home', 'About us', 'Skip to content', 'facebook', 'Copié', 'Mentions légales']) {
      expect(all).not.toContain(bad);
    }
    const p = d.blocks.find((b) => b.text === 'Clean emphasis here.');
    expect(p?.marks).toEqual([{ type: 'em', start: 6, end: 14 }]);
    expect(d.blocks[0]).toMatchObject({ kind: 'title', text: 'Real title' });
    expect(d.meta.lang).toBe('en');
  });

  it('keeps only the article of a news page: no cookie banner, menu, share bar, related rail or site footer', () => {
    const d = parseHtml(
      page(`<div id="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
        <header class="site-header"><a href="/">Le Journal</a><nav><a href="/monde">Monde</a></nav></header>
        <div class="layout"><main><article><header><h1>Le plan de l'UE</h1><p class="byline">Par Jeanne Martin</p></header>
        <div class="share-bar"><a>Partager</a><a>Twitter</a></div>${filler(5)}<p>Lire aussi</p></article></main>
        <aside class="sidebar related"><h2>Les plus lus</h2><ul><li><a href="/a">Autre article</a></li></ul></aside></div>
        <footer class="site-footer"><p>© Le Journal 2025</p><a href="/mentions">Mentions légales</a></footer>`),
    );
    const all = d.blocks.map((b) => b.text).join('\n');
    for (const bad of ['cookies', 'Accepter', 'Monde', 'Partager', 'Twitter', 'Lire aussi', 'Les plus lus', 'Autre article', '© Le Journal', 'Mentions']) {
      expect(all).not.toContain(bad);
    }
    expect(d.blocks.slice(0, 2).map((b) => [b.kind, b.text])).toEqual([
      ['title', "Le plan de l'UE"],
      ['body', 'Par Jeanne Martin'],
    ]);
    expect(d.blocks.filter((b) => b.text.startsWith('Paragraph'))).toHaveLength(5);
  });

  it('takes the title from the article h1 the <title> repeats, not from a logo h1', () => {
    const d = parseHtml(
      `<html><head><title>Europe rearms | Daily</title></head><body><header><h1>Daily</h1></header>
       <div class="top"><h1>Europe rearms</h1></div><main><article>${filler(5)}</article></main></body></html>`,
    );
    expect(d.blocks[0]).toMatchObject({ kind: 'title', text: 'Europe rearms' });
    expect(d.meta.title).toBe('Europe rearms');
  });

  it('turns footnote calls into refs and the footnotes list into footnote blocks', () => {
    const html = page(
      `<article><h1>Notes test</h1><p>Europe must act.<sup><a href="#fn1" id="fnref1">1</a></sup> It will<sup>2</sup> soon.</p>${filler(5)}
       <p>The XX<sup>e</sup> siècle ended.</p>
       <section class="footnotes" role="doc-endnotes"><ol><li id="fn1"><p>US Department of Defense, 12 February 2025. <a href="#fnref1" class="footnote-backref">↩</a></p></li>
       <li id="fn2">Second note.</li></ol></section></article>`,
    );
    const d = parseHtml(html);
    const p = d.blocks.find((b) => b.text.startsWith('Europe must act.'));
    expect(p?.text).toBe('Europe must act. It will soon.');
    expect(p?.footnoteRefs).toEqual([
      { marker: '1', offset: 'Europe must act.'.length },
      { marker: '2', offset: 'Europe must act. It will'.length },
    ]);
    expect(d.blocks.find((b) => b.text.startsWith('The XX'))?.text).toBe('The XXe siècle ended.');
    const notes = d.blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => [n.marker, n.text])).toEqual([
      ['1', 'US Department of Defense, 12 February 2025.'],
      ['2', 'Second note.'],
    ]);
  });

  it('keeps asides as sidebars and blockquotes as quotes', () => {
    const d = parseHtml(
      page(`<article><h1>Interview</h1>${filler(4)}<blockquote><p>Le vieux monde se meurt.</p></blockquote>
            <aside><p><strong>Pierre Haroche,</strong> Associate Professor at the Université Catholique de Lille.</p></aside>${filler(3)}</article>`),
    );
    expect(d.blocks.find((b) => b.text === 'Le vieux monde se meurt.')?.kind).toBe('quote');
    expect(d.blocks.find((b) => b.text.startsWith('Pierre Haroche,'))?.kind).toBe('sidebar');
  });

  it('reads the publication date from article:published_time or <time datetime>', () => {
    const a = parseHtml(page(`<article><h1>T</h1>${filler(4)}</article>`, '<meta property="article:published_time" content="2025-03-14T08:00:00Z">'));
    expect(a.meta).toMatchObject({ publishedOn: '2025-03-14', datePrecision: 'day' });
    const b = parseHtml(page(`<article><h1>T</h1><p class="byline">Publié le <time datetime="2026-01-18">18 janvier 2026</time></p>${filler(4)}</article>`));
    expect(b.meta).toMatchObject({ publishedOn: '2026-01-18', dateText: '18 janvier 2026' });
    expect(parseHtml(page(`<article><h1>T</h1>${filler(4)}</article>`)).meta.publishedOn).toBeUndefined();
    const bad = parseHtml(page(`<article><h1>T</h1>${filler(4)}</article>`, '<meta property="article:published_time" content="2025-02-31">'));
    expect(bad.meta.publishedOn).toBeUndefined();
  });

  it('parses a bare fragment (no <html>) into blocks, dropping javascript: links', () => {
    const d = parseHtml('<p>Just a <b>fragment</b> with <a href="javascript:x()">a bad link</a>.</p><ul><li>one</li><li>two</li></ul>');
    expect(d.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', 'Just a fragment with a bad link.'],
      ['body', 'one'],
      ['body', 'two'],
    ]);
    expect(d.blocks[0]?.marks).toEqual([{ type: 'strong', start: 7, end: 15 }]);
    expect(parseHtml('<body><p>Body only.</p></body>').blocks.map((b) => b.text)).toEqual(['Body only.']);
  });

  it('leaves meta.lang unset for a language Concorde does not analyse', () => {
    expect(parseHtml(`<html lang="de"><body><h1>Titel</h1>${filler(3)}</body></html>`).meta.lang).toBeUndefined();
  });
});
