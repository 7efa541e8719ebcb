import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParsedDoc } from '../../ingest/model/document.ts';
import { parseText } from '../../ingest/stages/parse/text.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/${p}`, import.meta.url), 'utf8');

describe('parseText on the English brief (reference 001)', () => {
  const doc = parseText(read('reference/001_aa096a18e0aa19e6.txt'));
  const find = (start: string) => doc.blocks.find((b) => b.text.startsWith(start));

  it('returns a valid ParsedDoc', () => {
    expect(ParsedDoc.safeParse(doc).success).toBe(true);
    expect(doc.format).toBe('txt');
  });

  it('takes the short unpunctuated first line as the title', () => {
    expect(doc.blocks[0]).toMatchObject({ kind: 'title', level: 1, text: 'Towards an EU–Ukraine alliance: A plan for an EU–Ukraine Joint Training Mission' });
  });

  it('recognises "1. Title", "II • Title", "• Conclusion" and all-caps lines as headings', () => {
    for (const h of ["1. Ukraine's contribution to European security", 'II • Coordinating the northern and southern segments', 'IV • Planning a new joint training mission', '• Conclusion', 'GEOPOLITICS & DEFENSE']) {
      expect(find(h)?.kind, h).toBe('heading');
    }
  });

  it('makes "1 US Department…" lines footnotes with their marker', () => {
    const notes = doc.blocks.filter((b) => b.kind === 'footnote');
    expect(notes.map((n) => n.marker)).toEqual(['1', '2']);
    expect(notes[0]?.text.startsWith('US Department of Defense, Opening Remarks')).toBe(true);
    expect(notes[1]?.text.startsWith('EEAS, Foreign Affairs Council')).toBe(true);
  });

  it('keeps ¹ and ² as footnote refs placed after the period they follow', () => {
    const b = find('This is even truer');
    const ref = b?.footnoteRefs[0];
    expect(ref?.marker).toBe('1');
    expect(b?.text.slice(0, ref?.offset).endsWith("security'.")).toBe(true);
    expect(b?.text).not.toMatch(/[¹²]/);
    expect(find('Geographically')?.footnoteRefs.map((r) => r.marker)).toEqual(['2']);
  });

  it('joins the hard-wrapped bio into one sidebar block', () => {
    expect(find('Pierre Haroche')).toMatchObject({
      kind: 'sidebar',
      text: 'Pierre Haroche, Associate Professor of European and International Politics at the Université Catholique de Lille (France).',
    });
  });

  it('rejoins a word hyphenated across a page break and a sentence cut by one', () => {
    expect(find('In comparison')?.text).toContain('in terms of coordination capacity. If the aim');
    expect(find('Since at least 2022')?.text).toContain("eastern flank – or to attack another European country");
    expect(find('Conversely')).toBeUndefined();
  });

  it('turns **bold** and *italic* into marks and removes the asterisks', () => {
    expect(doc.blocks.some((b) => b.text.includes('*'))).toBe(false);
    const b = find('A first step');
    const strong = b?.marks.find((m) => m.type === 'strong');
    expect(b?.text.slice(strong?.start, strong?.end)).toBe('EU-Ukraine Joint Training Mission (EUU-JTM)');
    const note = doc.blocks.find((x) => x.kind === 'footnote' && x.marker === '1');
    const em = note?.marks.find((m) => m.type === 'em');
    expect(note?.text.slice(em?.start, em?.end)).toBe('Opening Remarks by Secretary of Defense Pete Hegseth at Ukraine Defense Contact Group');
  });

  it('keeps the funding lines in different languages as separate blocks', () => {
    expect(find('Le projet reçoit')?.text).toBe('Le projet reçoit des financements du programme');
    expect(find('This project is funded')?.text.includes('Le projet')).toBe(false);
  });
});

describe('parseText line handling', () => {
  it('joins hard-wrapped prose into one paragraph', () => {
    const wrapped = [
      'The question of the peacekeeping mechanisms and security',
      'guarantees that Europeans could offer Ukraine has become a',
      'central point of debate. The objective is to ensure that any',
      'future ceasefire is not based solely on commitments.',
      '',
      'A broader objective is to anchor Ukraine within the European',
      'security architecture.',
    ].join('\n');
    const d = parseText(wrapped);
    expect(d.blocks.map((b) => b.text)).toEqual([
      'The question of the peacekeeping mechanisms and security guarantees that Europeans could offer Ukraine has become a central point of debate. The objective is to ensure that any future ceasefire is not based solely on commitments.',
      'A broader objective is to anchor Ukraine within the European security architecture.',
    ]);
  });

  it('keeps one-paragraph-per-line text (reference 004) as separate paragraphs', () => {
    const d = parseText(read('reference/004_58cc976fb8c2e0f9.txt'));
    expect(d.blocks.map((b) => b.kind)).toEqual(['title', 'body', 'body', 'body', 'body', 'body', 'body', 'body']);
    expect(d.blocks[1]?.text.startsWith('Le 10 avril, à Bruxelles')).toBe(true);
    expect(d.blocks[1]?.text.endsWith('la France et le Royaume-Uni.')).toBe(true);
  });

  it('treats form feeds as page breaks', () => {
    const d = parseText('First page paragraph, long enough to be prose.\fSecond page paragraph.\fThird page.');
    expect(d.pageCount).toBe(3);
    expect(d.blocks.map((b) => b.page)).toEqual([1, 2, 3]);
  });

  it('records a page break inside a sentence rejoined across pages', () => {
    const first = 'This is a long sentence that runs across the bottom of the page, and it keeps going, well past one hundred and fifty characters, before it is cut by the';
    const d = parseText(`A title\n\n${first}\fnext page where it ends.`);
    expect(d.blocks).toHaveLength(2);
    expect(d.blocks[1]?.page).toBe(1);
    expect(d.blocks[1]?.pageBreaks).toEqual([{ page: 2, offset: first.length + 1 }]);
    expect(d.blocks[1]?.text.slice(first.length + 1)).toBe('next page where it ends.');
  });

  it('keeps <sup>1</sup> calls as refs and does not mistake km² for one', () => {
    const d = parseText('Intro title\n\nLa zone couvre 600 km² de terrain.<sup>1</sup> Elle est vaste.\n\n1 Source : ministère, 2025.');
    const body = d.blocks.find((b) => b.kind === 'body');
    expect(body?.text).toBe('La zone couvre 600 km² de terrain. Elle est vaste.');
    expect(body?.footnoteRefs).toEqual([{ marker: '1', offset: 'La zone couvre 600 km² de terrain.'.length }]);
    expect(d.blocks.at(-1)).toMatchObject({ kind: 'footnote', marker: '1', text: 'Source : ministère, 2025.' });
  });

  it('does not take an address line starting with a number for a footnote', () => {
    const d = parseText('Title here\n\nSome body text that is a paragraph.\n\n18 rue de Londres 75009 Paris, France');
    expect(d.blocks.at(-1)?.kind).toBe('body');
  });

  it('returns no blocks for whitespace-only input', () => {
    expect(parseText('  \n\n \t\n').blocks).toEqual([]);
  });
});
