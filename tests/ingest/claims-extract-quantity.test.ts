import { describe as group, expect, it } from 'vitest';
import { claimsOf, extract } from './claims-extract-helpers.ts';

group('rule extractor: quantity', () => {
  it('reads soldiers trained by a mission, in digits and words, FR and EN', async () => {
    expect(await claimsOf('quantity', 'La mission EUMAM Ukraine a formé plus de 60 000 soldats depuis sa création.', 'fr')).toEqual([
      'quantity mission:eumam-ukraine soldiers_trained =more_than 60000 [asserted]',
    ]);
    expect(await claimsOf('quantity', 'EUMAM Ukraine has trained nearly 40,000 Ukrainian soldiers.', 'en')).toEqual([
      'quantity mission:eumam-ukraine soldiers_trained =about 40000 [asserted]',
    ]);
  });

  it('keeps the number\'s own words and unit', async () => {
    const [d] = (await extract('La coalition des volontaires compte une trentaine de pays.', 'fr')).filter((x) => x.type === 'quantity');
    expect(d?.predicate).toBe('member_count');
    expect(d?.value).toMatchObject({ kind: 'number', amount: 30, approx: 'about', unit: 'countries' });
    expect(d?.value?.kind === 'number' ? d.value.text : '').toContain('trentaine');
  });

  it('counts countries at a meeting as participants, of the coalition that meets', async () => {
    const text = ['Le 2 mars, à Londres, les dirigeants de la coalition des volontaires se sont réunis.', 'Cette quarantaine de pays a promis de soutenir Kiev.'].join('\n\n');
    expect(await claimsOf('quantity', text, 'fr')).toEqual(['quantity coalition:willing participant_count =about 40 [asserted]']);
    expect(await claimsOf('quantity', 'More than 45 countries attended the summit of the coalition of the willing in Paris.', 'en')).toEqual([
      'quantity coalition:willing participant_count =more_than 45 [asserted]',
    ]);
  });

  it('reads money and troops of the actor of the clause, with the modality of the clause', async () => {
    expect(await claimsOf('quantity', 'The European Union has pledged €5 billion to the European Peace Facility.', 'en')).toEqual(['quantity org:eu amount =5000000000 [asserted]']);
    expect(await claimsOf('quantity', "L'Allemagne pourrait déployer jusqu'à 5 000 soldats en Lituanie.", 'fr')).toEqual(['quantity country:DE troops =at_most 5000 [hypothetical]']);
  });

  it('leaves numbers that are not claims alone', async () => {
    for (const [text, lang] of [
      ['Le rapport compte 45 pages et trois annexes.', 'fr'],
      ['Depuis 2022, la guerre a duré trois ans.', 'fr'],
      ['The treaty has two parts and 14 articles.', 'en'],
      ['Article 42.7 of the Treaty on European Union was invoked in 2015.', 'en'],
    ] as const) {
      expect(await claimsOf('quantity', text, lang), text).toEqual([]);
    }
  });
});
