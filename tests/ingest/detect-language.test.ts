import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDocumentLanguage, detectLanguage, functionWords, letterCount, sentenceLanguage } from '../../ingest/stages/detect-language.ts';
import { parseMarkdown } from '../../ingest/stages/parse/markdown.ts';
import { parseText } from '../../ingest/stages/parse/text.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/${p}`, import.meta.url), 'utf8');
const letters = (s: string) => s.match(/\p{L}/gu)?.length ?? 0;

const GERMAN =
  'Die Europäische Union hat in den letzten Jahren ihre Verteidigungspolitik deutlich verstärkt. Viele Mitgliedstaaten investieren mehr Geld in ihre Streitkräfte, weil sie befürchten, dass sich die Vereinigten Staaten aus Europa zurückziehen könnten.';
const SPANISH =
  'La Unión Europea ha reforzado considerablemente su política de defensa en los últimos años. Muchos Estados miembros invierten más dinero en sus fuerzas armadas, porque temen que los Estados Unidos puedan retirarse de Europa.';

describe('detectLanguage per block on the English brief (reference 001)', () => {
  const blocks = parseText(read('reference/001_aa096a18e0aa19e6.txt')).blocks;
  const colophon = blocks.findIndex((b) => b.text.startsWith('Directeur de la publication'));
  const french = blocks.filter((b) => /^(Directeur de la publication|Le projet reçoit des financements|le projet est financé)/.test(b.text));
  const english = blocks.filter((b, i) => (i < colophon && letters(b.text) >= 40) || b.text.startsWith('This project is funded'));

  it('finds the labelled blocks it is scored on', () => {
    expect(colophon).toBeGreaterThan(0);
    expect(french).toHaveLength(3);
    expect(english.length).toBeGreaterThanOrEqual(20);
  });

  it('says fr for the French colophon and funding lines and en for the English body', () => {
    const wrong = [...french.map((b) => [b, 'fr'] as const), ...english.map((b) => [b, 'en'] as const)]
      .map(([b, want]) => ({ want, got: detectLanguage(b.text), text: b.text.slice(0, 60) }))
      .filter((r) => r.got !== r.want);
    const total = french.length + english.length;
    console.log(`language accuracy on 001 blocks: ${total - wrong.length}/${total} = ${((total - wrong.length) / total).toFixed(3)} (fr lines ${french.length}, en blocks ${english.length})`, wrong);
    for (const b of french) expect(detectLanguage(b.text), b.text).toBe('fr');
    expect(wrong).toEqual([]);
  });

  it('gives the whole document as en', () => {
    expect(detectDocumentLanguage(blocks)).toBe('en');
  });
});

describe('detectLanguage on the French brief (reference 000)', () => {
  it('says fr for every body paragraph and the document', () => {
    const blocks = parseMarkdown(read('reference/000_f3baa790e8b846bd.txt')).blocks;
    const body = blocks.filter((b) => b.kind === 'body' && letters(b.text) >= 40);
    const got = body.map((b) => detectLanguage(b.text));
    console.log(`language accuracy on 000 body blocks: ${got.filter((g) => g === 'fr').length}/${body.length}`);
    expect(body.length).toBeGreaterThanOrEqual(15);
    expect(got.every((g) => g === 'fr')).toBe(true);
    expect(detectDocumentLanguage(blocks)).toBe('fr');
  });
});

describe('detectLanguage: third languages and short text', () => {
  it('returns und for German and Spanish paragraphs so the pipeline can refuse them', () => {
    expect(detectLanguage(GERMAN)).toBe('und');
    expect(detectLanguage(SPANISH)).toBe('und');
    expect(detectDocumentLanguage([{ kind: 'title', text: 'Europas Verteidigung' }, { kind: 'body', text: GERMAN }, { kind: 'body', text: GERMAN }])).toBe('und');
    expect(detectDocumentLanguage([{ kind: 'body', text: SPANISH }])).toBe('und');
  });

  it('keeps an English document English despite one German quotation', () => {
    const english = parseText(read('reference/001_aa096a18e0aa19e6.txt')).blocks;
    expect(detectDocumentLanguage([...english, { kind: 'quote', text: GERMAN }])).toBe('en');
  });

  it('returns und for short text without clear evidence, and decides short text with clear function words', () => {
    expect(detectLanguage('POLICY BRIEF')).toBe('und');
    expect(detectLanguage('Frédéric Mauro')).toBe('und');
    expect(detectLanguage('Oui.')).toBe('und');
    expect(detectLanguage('It is the end of the war.')).toBe('en');
    expect(detectLanguage('Le projet reçoit des financements du programme')).toBe('fr');
    expect(detectLanguage("C'est la fin de la guerre.")).toBe('fr');
  });

  it('returns und for letter-spaced display type instead of guessing from single letters', () => {
    expect(detectLanguage('N A T I O N A L C Y B E R S E C U R I T Y S T R A T E G Y I V')).toBe('und');
    expect(detectLanguage('N AT I O N A L E N M AT I È R E D E')).toBe('und');
  });

  it('falls back to the whole text when every block is short', () => {
    expect(detectDocumentLanguage([{ kind: 'body', text: 'Le chat dort.' }, { kind: 'body', text: 'Il fait beau et chaud dans le jardin.' }])).toBe('fr');
    expect(detectDocumentLanguage([])).toBe('und');
  });
});

/** The function-word count as first written (regex words, string sets), and the letters: the scanner must agree with it. */
function functionWordsByRegex(text: string): { fr: number; en: number; total: number; single: number; letters: number } {
  const FR = new Set(
    ('le la les de des du un une et est en dans pour que qui ne pas sur au aux par avec ce cette ces il elle ils elles nous vous ' +
      'se sont été être ou où mais plus son sa ses leur leurs lui ont sera entre comme très aussi donc').split(' '),
  );
  const EN = new Set(
    ('the of and to in is are was were for on with as by at from that this which be it its an or not have has had will would ' +
      'should can could their they we our you there these those between into been than also such who what how').split(' '),
  );
  const ELISIONS = new Set(['l', 'd', 'qu', 'n', 's', 'c', 'j', 'm', 't', 'jusqu', 'lorsqu', 'puisqu']);
  let fr = 0;
  let en = 0;
  let total = 0;
  let single = 0;
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)) {
    total++;
    const word = m[0];
    if (word.length === 1) single++;
    const parts = word.split(/['’]/);
    const head = parts[0] ?? '';
    if (parts.length > 1) {
      if (ELISIONS.has(head) && !(head === 's' || head === 't')) fr++;
      else if (/^(s|t|re|ve|ll|d)$/.test(parts[parts.length - 1] ?? '') && !ELISIONS.has(head)) en++;
      continue;
    }
    if (FR.has(head)) fr++;
    if (EN.has(head)) en++;
  }
  if (/[éèêàùçœ]/i.test(text) && fr > 0) fr++;
  return { fr, en, total, single, letters: letters(text) };
}

/** Words and non-words of every kind the scanner distinguishes: elisions, clitics, listed words (and longer ones), accents, case oddities, surrogates. */
const piece = fc.constantFrom(
  'le', 'la', 'les', 'été', 'être', 'où', 'très', 'between', 'should', 'the', 'The', 'THE', 'LES', 'ÉTÉ', 'elles', 'ellesx', 'xle', 'puisqu', 'lorsqu',
  "l'Europe", 'd’un', "qu'il", "jusqu'à", "s'il", "t'as", 'S’IL', "it's", 'don’t', "we're", "they'll", "I'd", "l''a", "'s", "l'", 'aujourd’hui', "c'est-à-dire",
  'É', 'À', 'Œ', 'œ', 'ç', 'ß', 'ﬁ', 'ǅ', 'Σ', 'ΟΔΟΣ', 'İ', 'İl', 'ı', 'K', '𝐀', '𝐀𝐁', "l'𝐀", "𝐀's", '😀', '\ud800', '\udc00', 'e\u0301', 'Привет',
  ' ', '  ', '\n', '\u00a0', ',', '.', '-', '’', "'", '1', 'a', 'b', 'S T R A T É G I E',
);
const texts = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((w) => w.join(' ')),
  fc.array(piece, { maxLength: 40 }).map((w) => w.join('')),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
);

describe('function words and letters counted by table', () => {
  const paragraphs = readdirSync(new URL('../../corpus/reference/', import.meta.url))
    .flatMap((f) => read(`reference/${f}`).split(/\n\s*\n/))
    .filter((p) => p.trim());

  it('count the function words the regex words give, on the sample texts and arbitrary strings', () => {
    expect(paragraphs.length).toBeGreaterThan(100);
    for (const p of paragraphs) expect(functionWords(p), p.slice(0, 60)).toEqual(functionWordsByRegex(p));
    fc.assert(
      fc.property(texts, (t) => {
        expect(functionWords(t)).toEqual(functionWordsByRegex(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('count the letters /\\p{L}/gu matches', () => {
    for (const p of paragraphs) expect(letterCount(p)).toBe(letters(p));
    fc.assert(
      fc.property(texts, (t) => {
        expect(letterCount(t)).toBe(letters(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('leave sentence verdicts to the block when the sentence has none', () => {
    expect(sentenceLanguage('Oui.', 'fr')).toBe('fr');
    expect(sentenceLanguage('Oui.', 'en')).toBe('en');
    expect(sentenceLanguage('It is the end of the war.', 'fr')).toBe('en');
    expect(sentenceLanguage("C'est la fin de la guerre.", 'en')).toBe('fr');
  });
});
