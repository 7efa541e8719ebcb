import { describe as group, expect, it } from 'vitest';
import { claimsOf, extract } from './claims-extract-helpers.ts';

group('rule extractor: quote', () => {
  it('finds the speaker after the quote (FR guillemets, EN curly quotes) and cites the quoted words only', async () => {
    const text = "« Nous ne laisserons pas tomber l'Ukraine », a déclaré Emmanuel Macron.";
    const [q] = (await extract(text, 'fr')).filter((d) => d.type === 'quote');
    expect(q).toMatchObject({ subject: { id: 'person:emmanuel-macron' }, predicate: 'says', attribution: { id: 'person:emmanuel-macron' } });
    expect(q?.citation.quote).toBe("Nous ne laisserons pas tomber l'Ukraine");
    expect(await claimsOf('quote', '“Europe must be able to defend itself,” said Mark Rutte.', 'en')).toEqual(['quote person:mark-rutte says [reported]']);
  });

  it('resolves a bare surname to the person named earlier and "le magazine" to the paragraph source', async () => {
    const fr = 'Le ministre Jean Martel a visité Kiev. « Notre soutien ne faiblira jamais face à la Russie », a affirmé Martel.';
    expect(await claimsOf('quote', fr, 'fr')).toEqual(['quote person:jean-martel says [reported]']);
    const src = "Politico rapporte des tensions. Le magazine note que « les Européens ne sont pas prêts à se passer de l'OTAN ».";
    expect(await claimsOf('quote', src, 'fr')).toEqual(['quote org:politico says [reported]']);
  });

  it('ignores scare quotes and quotes without a speaker', async () => {
    for (const [text, lang] of [
      ['Cette alliance « fragile » reste la meilleure option.', 'fr'],
      ['The so-called “tripwire” force would deter Russia.', 'en'],
      ['« Le monde change très vite et sans nous », peut-on lire sur une affiche.', 'fr'],
    ] as const) {
      expect(await claimsOf('quote', text, lang), text).toEqual([]);
    }
  });
});
