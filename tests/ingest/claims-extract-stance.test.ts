import { describe as group, expect, it } from 'vitest';
import { claimsOf, extract } from './claims-extract-helpers.ts';

group('rule extractor: stance', () => {
  it('reads stance verbs with a named actor, FR and EN, and the entity the position is about', async () => {
    expect(await claimsOf('stance', "L'Allemagne soutient l'envoi de missiles à l'Ukraine.", 'fr')).toEqual(['stance country:DE supports → country:UA [asserted]']);
    expect(await claimsOf('stance', 'Poland demands a stronger NATO presence on its eastern border.', 'en')).toEqual(['stance country:PL demands → org:nato [asserted]']);
    expect(await claimsOf('stance', "La Hongrie refuse de livrer des armes à l'Ukraine.", 'fr')).toEqual(['stance country:HU refuses → country:UA [asserted]']);
  });

  it('reads a government through its ministers, and a person over their country', async () => {
    expect(await claimsOf('stance', 'Les ministres suédois et danois ont souligné le rôle de l\'OTAN.', 'fr')).toEqual([
      'stance country:DK supports → org:nato [asserted]',
      'stance country:SE supports → org:nato [asserted]',
    ]);
    const [d] = await extract("La ministre allemande de la Défense, Anna Keller, a insisté sur l'importance de ne pas réduire l'aide à l'Ukraine.", 'fr');
    expect(d).toMatchObject({ type: 'stance', subject: { id: 'person:anna-keller' }, predicate: 'opposes' });
    expect(d?.value).toMatchObject({ kind: 'text', text: "réduire l'aide à l'Ukraine" });
  });

  it('reads refusals said as nouns and inside quoted words', async () => {
    expect(await claimsOf('stance', "Le refus de la Turquie d'ouvrir ses détroits a surpris les alliés.", 'fr')).toEqual(['stance country:TR refuses [asserted]']);
    const refusal = (await extract('“We will never recognise the annexation,” said Petra Novak.', 'en')).filter((d) => d.type === 'stance');
    expect(refusal.map((d) => `${d.subject.id} ${d.predicate}`)).toEqual(['person:petra-novak refuses']);
  });

  it('keeps a named source out of the actors and marks the stance reported', async () => {
    const [d] = (await extract('Selon Le Monde, Rome soutiendrait un emprunt commun européen.', 'fr')).filter((x) => x.type === 'stance');
    expect(d).toMatchObject({ subject: { id: 'country:IT' }, predicate: 'supports', modality: 'reported', attribution: { id: 'org:le-monde' } });
  });

  it('gives no stance without a named actor or under negation', async () => {
    for (const [text, lang] of [
      ['Certains pays soutiennent cette proposition.', 'fr'],
      ["La France ne soutient pas l'adhésion de la Turquie.", 'fr'],
      ['Some analysts argue that the alliance has never been so divided.', 'en'],
      ['Support for Ukraine remains strong in Poland.', 'en'],
    ] as const) {
      expect(await claimsOf('stance', text, lang), text).toEqual([]);
    }
  });
});
