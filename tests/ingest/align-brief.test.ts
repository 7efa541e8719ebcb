import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../ingest/align/align.ts';
import { alignDocument } from '../../ingest/align/document.ts';
import type { AlignLink } from '../../ingest/align/types.ts';
import { splitSentences } from '../../ingest/stages/split-sentences.ts';

// The sample policy brief (corpus/reference): 000 is the French original, 001 its English version.
const read = (f: string) => fs.readFileSync(new URL(`../../corpus/reference/${f}`, import.meta.url), 'utf8');
const paragraphs = (text: string, lang: 'fr' | 'en'): string[][] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => splitSentences(p, lang).map((s) => p.slice(s.start, s.end)));

const FR = paragraphs(read('000_f3baa790e8b846bd.txt'), 'fr');
const EN = paragraphs(read('001_aa096a18e0aa19e6.txt'), 'en');
const frFlat = FR.flat();
const enFlat = EN.flat();

/** Index of the one sentence starting with `prefix`. */
function find(sentences: string[], prefix: string): number {
  const hits = sentences.flatMap((s, k) => (s.startsWith(prefix) ? [k] : []));
  expect(hits, prefix).toHaveLength(1);
  return hits[0] as number;
}

// Pairs checked by reading both texts: each French sentence and its English translation.
const PAIRS: [string, string][] = [
  ['La question des mécanismes de maintien de la paix', 'The question of the peacekeeping mechanisms'],
  ["L'objectif est de s'assurer qu'un cessez-le-feu", 'The objective is to ensure that any future ceasefire'],
  ["Un objectif plus large est d'ancrer", 'A broader objective is to anchor'],
  ['Depuis au moins 2022', 'Since at least 2022'],
  ["Il s'agit là d'une précieuse garantie", 'This constitutes an invaluable security guarantee'],
  ['C\'est encore plus vrai dans le contexte actuel', 'This is even truer in the current context'],
  // The French splitter keeps "...».<sup>1</sup> Cette nouvelle réalité..." in the same sentence.
  ['C\'est encore plus vrai dans le contexte actuel', 'This new reality makes Europeans'],
  ['Cette évolution appelle une reconceptualisation', 'This shift calls for a re-conceptualisation'],
  ['Les garanties de sécurité accordées à l', 'Security guarantees to Ukraine should therefore not'],
  ['Comment organiser une telle alliance ?', 'How should such an alliance be organised?'],
  ["Vingt-quatre États membres de l'UE et la Norvège", 'Twenty-four EU states plus Norway'],
  ["Une première étape consisterait", 'A first step would be'],
  ["Cet objectif, défini dans le programme pour l'industrie", 'This objective, set out in the European Defence Industry Programme'],
  ['Sur le plan géographique', 'Geographically, the possibility'],
  ['Comme EUMAM Ukraine, EUU-JTM serait placée', 'Like EUMAM Ukraine, EUU-JTM would be placed'],
  ['La MPCC trouverait dans cette mission', 'The MPCC would find in this mission'],
  ['Alors que les États-Unis cherchent à réduire', 'As the United States seeks to reduce'],
];

const linked = (links: AlignLink[], s: number, t: number) => links.some((l) => l.src.includes(s) && l.tgt.includes(t));

describe('aligning the sample brief (French original, English version)', () => {
  it('splits both texts into enough sentences to be a real test', () => {
    expect(frFlat.length).toBeGreaterThan(50);
    expect(enFlat.length).toBeGreaterThan(50);
  });

  it('links each checked French sentence to its English translation (two-level alignDocument)', () => {
    const { sentences, paragraphs: paras } = alignDocument(FR, EN, { srcLang: 'fr', tgtLang: 'en' });
    expect(paras.flatMap((l) => l.src)).toEqual(FR.map((_, k) => k));
    for (const [f, e] of PAIRS) expect(linked(sentences, find(frFlat, f), find(enFlat, e)), `${f} <-> ${e}`).toBe(true);
  });

  it('links the same pairs when aligning the flat sentence lists', () => {
    const links = alignSentences(frFlat.map((text) => ({ text, lang: 'fr' })), enFlat.map((text) => ({ text, lang: 'en' })));
    for (const [f, e] of PAIRS) expect(linked(links, find(frFlat, f), find(enFlat, e)), `${f} <-> ${e}`).toBe(true);
  });

  it('joins the two halves of a sentence cut by a page break to their translation', () => {
    const { sentences } = alignDocument(FR, EN, { srcLang: 'fr', tgtLang: 'en' });
    // French: "... repose sur une coalition ad hoc" | new paragraph | "d'États volontaires, prêts à ..."
    const en = find(enFlat, 'The format currently favoured');
    expect(linked(sentences, find(frFlat, 'Le format actuellement privilégié'), en)).toBe(true);
    expect(linked(sentences, find(frFlat, "d'États volontaires, prêts"), en)).toBe(true);
    // Both sides cut "capa-|acité" and "flank|– or to attack": a 2-2 link.
    const link = sentences.find((l) => l.src.includes(find(frFlat, 'Tant que les forces russes')));
    expect(link?.src).toEqual([find(frFlat, 'Tant que les forces russes'), find(frFlat, 'acité à se concentrer')]);
    expect(link?.tgt).toEqual([find(enFlat, 'As long as Russian forces'), find(enFlat, '– or to attack another')]);
  });

  it('keeps the conclusion linked although the second footnote moved', () => {
    const { sentences } = alignDocument(FR, EN, { srcLang: 'fr', tgtLang: 'en' });
    // The second footnote sits before the conclusion in French and after it in English: the
    // conclusion is linked, so at most one of the two footnote copies can be.
    const concl = find(frFlat, 'Alors que les États-Unis cherchent');
    expect(linked(sentences, concl, find(enFlat, 'As the United States seeks'))).toBe(true);
    const fn = find(frFlat, '2 SEAE, Conseil des affaires');
    const fnLinks = sentences.filter((l) => l.src.includes(fn));
    expect(fnLinks).toHaveLength(1);
    expect(fnLinks[0]?.tgt.every((t) => !(enFlat[t] ?? '').startsWith('A joint EU-Ukraine'))).toBe(true);
  });
});
