import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedDoc } from '../../ingest/model/document.ts';
import { parseMarkdown } from '../../ingest/stages/parse/markdown.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/${p}`, import.meta.url), 'utf8');
const marked = (b: { text: string; marks: { type: string; start: number; end: number; href?: string }[] } | undefined) =>
  (b?.marks ?? []).map((m) => [m.type, b?.text.slice(m.start, m.end), m.href]);

describe('parseMarkdown', () => {
  it('reads headings, emphasis, links, lists, quotes, tables and code', () => {
    const md = [
      '# Titre &amp; co',
      '',
      'Un **gras** et *italique* et [un lien](https://example.org) ; A\\*b &eacute;.',
      '',
      '## Section',
      '',
      '- premier **point**',
      '- second',
      '  - imbriqué',
      '',
      '> Une citation',
      '> sur deux lignes.',
      '',
      '| Pays | Troupes |',
      '|---|---|',
      '| France | 1 000 |',
      '',
      '```',
      'const x = 1;',
      '```',
      '',
      '# Second h1',
    ].join('\n');
    const d = parseMarkdown(md);
    expect(ParsedDoc.safeParse(d).success).toBe(true);
    expect(d.blocks.map((b) => [b.kind, b.level ?? null, b.text])).toEqual([
      ['title', 1, 'Titre & co'],
      ['body', null, 'Un gras et italique et un lien ; A*b é.'],
      ['heading', 2, 'Section'],
      ['body', null, 'premier point'],
      ['body', null, 'second'],
      ['body', null, 'imbriqué'],
      ['quote', null, 'Une citation sur deux lignes.'],
      ['body', null, 'Pays | Troupes'],
      ['body', null, 'France | 1 000'],
      ['boilerplate', null, 'const x = 1;'],
      ['heading', 1, 'Second h1'],
    ]);
    expect(marked(d.blocks[1])).toEqual([
      ['strong', 'gras', undefined],
      ['em', 'italique', undefined],
      ['link', 'un lien', 'https://example.org'],
    ]);
    expect(d.meta.title).toBe('Titre & co');
  });

  it('reduces raw HTML to its text and never keeps markup or scripts', () => {
    const d = parseMarkdown('Avant.\n\n<div class="x">Bloc <b>html</b> &amp; fin<script>alert(1)</script><style>p{}</style></div>\n\nTexte <span onclick="x()">inline</span> <i>fin</i>.');
    const all = d.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/[<>]|alert|onclick|p\{\}/);
    expect(d.blocks.map((b) => b.text)).toEqual(['Avant.', 'Bloc html & fin', 'Texte inline fin.']);
    expect(marked(d.blocks[2])).toEqual([['em', 'fin', undefined]]);
  });

  it('turns <sup>n</sup> and [^n] into footnote refs and [^n]: definitions into footnotes', () => {
    const d = parseMarkdown('Europe must act.<sup>1</sup> It will[^2] soon.\n\n[^2]: A *second* note.');
    expect(d.blocks[0]?.text).toBe('Europe must act. It will soon.');
    expect(d.blocks[0]?.footnoteRefs).toEqual([
      { marker: '1', offset: 16 },
      { marker: '2', offset: 24 },
    ]);
    expect(d.blocks[1]).toMatchObject({ kind: 'footnote', marker: '2', text: 'A second note.' });
    expect(marked(d.blocks[1])).toEqual([['em', 'second', undefined]]);
  });

  it('parses the French brief reference (000): no markup left, footnotes and bio recognised', () => {
    const d = parseMarkdown(read('reference/000_f3baa790e8b846bd.txt'));
    const all = d.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/\*\*|<sup>|\]\(|^#/m);
    expect(d.blocks[0]).toMatchObject({ kind: 'title', text: 'Vers une alliance UE-Ukraine : Un plan pour une mission de formation conjointe' });
    expect(d.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.text)).toContain('II • Coordonner les segments nord et sud du flanc oriental de l\'Europe');
    expect(d.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.marker, b.text.slice(0, 20)])).toEqual([
      ['1', 'Département américai'],
      ['2', 'SEAE, Conseil des af'],
    ]);
    expect(d.blocks.find((b) => b.text.startsWith('Pierre Haroche'))?.kind).toBe('sidebar');
    const contact = d.blocks.find((b) => b.text.startsWith('18 rue de Londres'));
    expect(marked(contact)).toEqual([['link', 'www.delorsinstitute.eu', 'http://www.delorsinstitute.eu']]);
    const withRef = d.blocks.find((b) => b.footnoteRefs.some((r) => r.marker === '1'));
    const ref = withRef?.footnoteRefs[0];
    expect(withRef?.text.slice(0, ref?.offset).endsWith('propre sécurité ».')).toBe(true);
  });
});
