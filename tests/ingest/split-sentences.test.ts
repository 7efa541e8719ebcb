import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DetectedLang } from '../../ingest/model/document.ts';
import type { Span } from '../../ingest/model/segment.ts';
import { splitSentences } from '../../ingest/stages/split-sentences.ts';

const sentences = (text: string, lang: DetectedLang = 'fr') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

/** The splitter's contract: ordered, disjoint, trimmed spans covering every non-space character once. */
function checkSpans(text: string, spans: Span[]): void {
  const problems: string[] = [];
  let prevEnd = 0;
  const covered = new Uint8Array(text.length);
  for (const s of spans) {
    if (s.start < prevEnd) problems.push(`span ${s.start}-${s.end} overlaps or precedes the previous one`);
    if (s.end <= s.start || s.end > text.length) problems.push(`span ${s.start}-${s.end} is empty or out of bounds`);
    if (/\s/.test(text[s.start] ?? '') || /\s/.test(text[s.end - 1] ?? '')) problems.push(`span ${s.start}-${s.end} is not trimmed`);
    covered.fill(1, s.start, s.end);
    prevEnd = s.end;
  }
  for (let i = 0; i < text.length && problems.length < 5; i++) {
    if (!/\s/.test(text[i] as string) && covered[i] !== 1) problems.push(`character ${i} (${JSON.stringify(text[i])}) is in no span`);
  }
  expect(problems).toEqual([]);
}

const tricky = fc.constantFrom(
  'M.', 'MM.', 'Mme', 'Dr', 'art.', 'p.', 'etc.', 'e.g.', 'i.e.', 'U.S.', 'No.', 'J.', ' ', ' ', ' ', '\n', '\n\n', '\u00a0', '\u202f',
  '«', '»', '“', '”', '"', "'", '(', ')', '.', '?', '!', '…', '...', '¹', '²', '1', '42', '75 000', '1,5', '3.1', 'é', 'A', 'a', 'Le', 'the',
  'The', 'word', '•', '-', '–', 'www.x.eu', 'a@b.fr', '\t', '。', 'ß', '\ud83d\ude00',
);
const trickyText = fc.array(tricky, { maxLength: 80 }).map((xs) => xs.join(''));
const langs = fc.constantFrom<DetectedLang>('fr', 'en', 'und');

describe('splitSentences', () => {
  it('property: any string gives ordered, disjoint, trimmed, in-bounds spans covering all non-space characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), langs, (t, l) => checkSpans(t, splitSentences(t, l))), { numRuns: 1000 });
    fc.assert(fc.property(trickyText, langs, (t, l) => checkSpans(t, splitSentences(t, l))), { numRuns: 2000 });
  });

  it('has a contract checker that rejects untrimmed, overlapping and incomplete spans', () => {
    expect(() => checkSpans('ab cd', [{ start: 0, end: 3 }, { start: 3, end: 5 }])).toThrow();
    expect(() => checkSpans('ab cd', [{ start: 0, end: 2 }, { start: 1, end: 5 }])).toThrow();
    expect(() => checkSpans('ab cd', [{ start: 0, end: 2 }])).toThrow();
    expect(() => checkSpans('ab cd', [{ start: 0, end: 2 }, { start: 3, end: 5 }])).not.toThrow();
  });

  it('splits plain French and English sentences', () => {
    expect(sentences('Les dirigeants se parlent. Les ministres coordonnent. Tout va bien !')).toEqual([
      'Les dirigeants se parlent.',
      'Les ministres coordonnent.',
      'Tout va bien !',
    ]);
    expect(sentences('How should such an alliance be organised? The format relies on a coalition.', 'en')).toEqual([
      'How should such an alliance be organised?',
      'The format relies on a coalition.',
    ]);
  });

  it('keeps « guillemets » in one sentence when the quote ends in ? and the sentence goes on in lower case', () => {
    expect(sentences('« Comment ? », a-t-il dit. Puis il partit.')).toEqual(['« Comment ? », a-t-il dit.', 'Puis il partit.']);
    expect(sentences('Il demanda « Pourquoi ! » et se tut.')).toEqual(['Il demanda « Pourquoi ! » et se tut.']);
    const nbsp = '«\u00a0Vraiment\u00a0?\u00a0», répondit-elle. Non.';
    expect(sentences(nbsp)).toEqual(['«\u00a0Vraiment\u00a0?\u00a0», répondit-elle.', 'Non.']);
  });

  it('keeps the closing guillemet with the sentence it closes', () => {
    expect(sentences('Il a dit « c’est fini. » Le silence tomba.')).toEqual(['Il a dit « c’est fini. »', 'Le silence tomba.']);
  });

  it('does not split after French and English abbreviations and titles', () => {
    expect(sentences('M. Macron et MM. Dupont ont vu Mme Curie. Elle a parlé.')).toEqual(['M. Macron et MM. Dupont ont vu Mme Curie.', 'Elle a parlé.']);
    expect(sentences('Voir art. 5 et p. 12 du rapport. Ensuite, on verra.')).toEqual(['Voir art. 5 et p. 12 du rapport.', 'Ensuite, on verra.']);
    expect(sentences('Dr. Smith met Mr. Jones. They talked.', 'en')).toEqual(['Dr. Smith met Mr. Jones.', 'They talked.']);
    expect(sentences('Drones, robots, etc. sont cités. La liste est longue.')).toEqual(['Drones, robots, etc. sont cités.', 'La liste est longue.']);
    expect(sentences('Use tools, e.g. drones, i.e. cheap ones. No. 5 is next.', 'en')).toEqual(['Use tools, e.g. drones, i.e. cheap ones.', 'No. 5 is next.']);
  });

  it('keeps initials with the surname', () => {
    expect(sentences('Remarks by High Representative J. Borrell after the meeting. It ended.', 'en')).toEqual([
      'Remarks by High Representative J. Borrell after the meeting.',
      'It ended.',
    ]);
  });

  it('keeps "U.S." inside a sentence but ends one before a typical opener', () => {
    expect(sentences('The U.S. Department of Defense spoke. It was brief.', 'en')).toEqual(['The U.S. Department of Defense spoke.', 'It was brief.']);
    expect(sentences('Troops left the U.S. The war went on.', 'en')).toEqual(['Troops left the U.S.', 'The war went on.']);
  });

  it('never splits inside numbers, whatever the separator', () => {
    const t = 'Il a formé 75 000 soldats, soit 75\u00a0000 ou 75\u202f000. Le coût atteint 1,5 milliard. It trained 75,000 troops. Article 42.7 applies. Version 3.1 is out.';
    expect(sentences(t)).toEqual([
      'Il a formé 75 000 soldats, soit 75\u00a0000 ou 75\u202f000.',
      'Le coût atteint 1,5 milliard.',
      'It trained 75,000 troops.',
      'Article 42.7 applies.',
      'Version 3.1 is out.',
    ]);
  });

  it('keeps footnote markers after the period with the sentence they annotate', () => {
    expect(sentences("about 'empowering Europe'.¹ This new reality matters.", 'en')).toEqual(["about 'empowering Europe'.¹", 'This new reality matters.']);
    expect(sentences('La question a été débattue.2 Dans un contexte nouveau.')).toEqual(['La question a été débattue.2', 'Dans un contexte nouveau.']);
  });

  it('splits after an ellipsis only when a capital follows', () => {
    expect(sentences('Canada, Turquie, Norvège... mais pas les États-Unis. Fin… Début.')).toEqual([
      'Canada, Turquie, Norvège... mais pas les États-Unis.',
      'Fin…',
      'Début.',
    ]);
  });

  it('leaves URLs and e-mail addresses whole', () => {
    expect(sentences('Voir www.delorsinstitute.eu ou écrire à info@delorsinstitute.eu. Merci.')).toEqual([
      'Voir www.delorsinstitute.eu ou écrire à info@delorsinstitute.eu.',
      'Merci.',
    ]);
  });

  it('treats " • " as a separator but not after a section number', () => {
    expect(sentences('Directeur de la publication: Sylvie Matelly • La reproduction est autorisée • Version originale')).toEqual([
      'Directeur de la publication: Sylvie Matelly',
      '• La reproduction est autorisée',
      '• Version originale',
    ]);
    expect(sentences("II • Coordinating the northern and southern segments of Europe's eastern flank", 'en')).toHaveLength(1);
  });

  it('keeps a numbered heading in one piece', () => {
    expect(sentences("1. Ukraine's contribution to European security", 'en')).toEqual(["1. Ukraine's contribution to European security"]);
  });

  it('breaks at blank lines and before list items', () => {
    expect(sentences('Titre sans point\n\nUn paragraphe.\n- premier point\n- second point')).toEqual([
      'Titre sans point',
      'Un paragraphe.',
      '- premier point',
      '- second point',
    ]);
  });

  it('runs in linear time on long and adversarial input', () => {
    const time = (t: string) => {
      const t0 = performance.now();
      const spans = splitSentences(t, 'fr');
      const ms = performance.now() - t0;
      checkSpans(t, spans);
      return ms;
    };
    const unit = 'M. Dupont a vu 75 000 soldats « Comment ? », dit-il… Fin. U.S. • ';
    const small = time(unit.repeat(2_000));
    const big = time(unit.repeat(20_000));
    console.log(`splitSentences: ${(unit.length * 20_000 / 1e6).toFixed(2)} MB in ${big.toFixed(0)} ms (10x smaller: ${small.toFixed(0)} ms)`);
    expect(big).toBeLessThan(Math.max(50, small) * 30);
    for (const bad of ['!»'.repeat(1) + '»'.repeat(200_000), ' '.repeat(300_000) + '.', '.'.repeat(300_000), '\n'.repeat(300_000), ' • '.repeat(100_000)]) {
      expect(time(bad)).toBeLessThan(2_000);
    }
  });
});
