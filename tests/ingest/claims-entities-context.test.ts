import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEntityFinder, findEntities, type EntityMention } from '../../ingest/claims/entities/find-entities.ts';
import { builtInGlossary } from '../../ingest/claims/entities/glossary.ts';
import { getEntity } from '../../ingest/claims/entities/registry.ts';
import { splitSentences } from '../../ingest/stages/split-sentences.ts';

function expectExact(text: string, ms: EntityMention[]): void {
  for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
}

/** People and context organisations as "written=id [role]". */
function context(text: string, lang: 'fr' | 'en', finder = createEntityFinder(lang)): string[] {
  const ms = finder.find(text);
  expectExact(text, ms);
  return ms.filter((m) => m.kind === 'person' || m.source === 'context').map((m) => `${m.text}=${m.ref.id}${m.role ? ` [${m.role}]` : ''}`);
}

/** Every mention of a sample document, found sentence by sentence with one finder (as the extractor does). */
function sample(prefix: string): EntityMention[] {
  const file = fs.readdirSync('corpus/reference').find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no reference text ${prefix}`);
  const text = fs.readFileSync(`corpus/reference/${file}`, 'utf8');
  const lang = prefix === '001' ? 'en' : 'fr';
  const finder = createEntityFinder(lang);
  return splitSentences(text, lang).flatMap((s) => {
    const sentence = text.slice(s.start, s.end);
    const ms = finder.find(sentence);
    expectExact(sentence, ms);
    return ms;
  });
}

const person = (ms: EntityMention[], id: string) => ms.filter((m) => m.ref.id === id);

describe('people in the sample corpus', () => {
  const glossaryIds = new Set(builtInGlossary().map((e) => e.id));

  it('the people recognised from context are in no list', () => {
    for (const id of ['person:sebastien-lecornu', 'person:frederic-mauro', 'person:pete-hegseth', 'person:josep-borrell', 'person:jared-kushner', 'person:steve-witkoff', 'person:pierre-haroche']) {
      expect(glossaryIds.has(id), id).toBe(false);
    }
  });

  it('004: the French defence minister with his role, then "a affirmé Lecornu" as the same person', () => {
    const ms = person(sample('004'), 'person:sebastien-lecornu');
    expect(ms.map((m) => m.text)).toEqual(['Sébastien Lecornu', 'Lecornu']);
    expect(ms[0]?.role).toBe('ministre français de la Défense');
    expect(ms.every((m) => m.source === 'context')).toBe(true);
  });

  it('003: Zelensky, the American envoys, Frédéric Mauro of IRIS and Gramsci with their roles', () => {
    const ms = sample('003');
    expect(person(ms, 'person:volodymyr-zelensky')[0]?.role).toBe('président ukrainien');
    expect(person(ms, 'person:jared-kushner')[0]?.role).toBe('émissaires américains');
    expect(person(ms, 'person:steve-witkoff')[0]?.role).toBe('émissaires américains');
    const mauro = person(ms, 'person:frederic-mauro');
    expect(mauro.length).toBeGreaterThanOrEqual(2);
    expect(mauro[0]?.role).toMatch(/^chercheur associé à l’Institut des relations internationales et stratégiques \(Iris\)/);
    expect(person(ms, 'person:antonio-gramsci')[0]?.role).toBe('révolutionnaire italien');
    expect(person(ms, 'person:emmanuel-macron')).toHaveLength(1);
    expect(person(ms, 'person:valentin-dauchot')).toHaveLength(1);
    expect(ms.filter((m) => m.ref.id === 'org:iris').map((m) => m.text)).toEqual(expect.arrayContaining(['Institut des relations internationales et stratégiques', 'Iris']));
  });

  it('000/001: the same people with their roles in French and English', () => {
    const fr = sample('000');
    const en = sample('001');
    expect(person(fr, 'person:pete-hegseth')[0]?.role).toBe('secrétaire à la Défense');
    expect(person(en, 'person:pete-hegseth')[0]?.role).toBe('Secretary of Defense');
    expect(person(fr, 'person:josep-borrell')[0]?.role).toBe('Haut Représentant');
    expect(person(en, 'person:josep-borrell')[0]?.role).toBe('High Representative');
    expect(person(fr, 'person:pierre-haroche')[0]?.role).toMatch(/^Maître de conférences en Politique Européenne et Internationale à l'Université Catholique de Lille/);
    expect(person(en, 'person:pierre-haroche')[0]?.role).toMatch(/^Associate Professor of European and International Politics at the Université Catholique de Lille/);
  });

  it('finds no other person and no context organisation in the five samples (precision)', () => {
    const expected: Record<string, string[]> = {
      '000': ['donald-trump', 'josep-borrell', 'marjolaine-bergonnier', 'pete-hegseth', 'pierre-haroche', 'sylvie-matelly'],
      '001': ['donald-trump', 'josep-borrell', 'marjolaine-bergonnier', 'pete-hegseth', 'pierre-haroche', 'sylvie-matelly'],
      '002': ['donald-trump', 'vladimir-putin'],
      '003': ['antonio-gramsci', 'donald-trump', 'emmanuel-macron', 'frederic-mauro', 'jared-kushner', 'steve-witkoff', 'valentin-dauchot', 'volodymyr-zelensky'],
      '004': ['sebastien-lecornu'],
    };
    for (const [doc, people] of Object.entries(expected)) {
      const ms = sample(doc);
      expect([...new Set(ms.filter((m) => m.kind === 'person').map((m) => m.ref.id.slice(7)))].sort(), doc).toEqual(people);
      expect(ms.filter((m) => m.kind !== 'person' && m.source === 'context').map((m) => m.text), doc).toEqual([]);
    }
  });
});

describe('people from context in sentences the samples do not contain', () => {
  it('French: role before or after, honorifics, speech verbs, given names', () => {
    expect(context("Selon Camille Grand, ancienne secrétaire générale adjointe de l'OTAN, l'Europe doit se préparer.", 'fr'))
      .toEqual(["Camille Grand=person:camille-grand [ancienne secrétaire générale adjointe de l'OTAN]"]);
    expect(context('Jean-Noël Barrot, ministre de l’Europe et des Affaires étrangères, se rend à Kyiv.', 'fr'))
      .toEqual(['Jean-Noël Barrot=person:jean-noel-barrot [ministre de l’Europe et des Affaires étrangères]']);
    expect(context('Le maire de Lyon, Grégory Doucet, a reçu la délégation.', 'fr')).toEqual(['Grégory Doucet=person:gregory-doucet [maire de Lyon]']);
    expect(context('Le général Thierry Burkhard a rencontré son homologue.', 'fr')).toEqual(['Thierry Burkhard=person:thierry-burkhard [général]']);
    expect(context('M. Dupont-Aignan et Mme Kowalska étaient absents.', 'fr')).toEqual(['Dupont-Aignan=person:dupont-aignan', 'Kowalska=person:kowalska']);
    expect(context('Mme Kowalska était absente.', 'fr')).toEqual(['Kowalska=person:kowalska']);
    expect(context('« Jamais », a lancé Ivo Brandt, un élu letton.', 'fr')).toEqual(['Ivo Brandt=person:ivo-brandt [élu letton]']);
    expect(context('« Nous tiendrons », a déclaré Radosław Sikorski.', 'fr')).toEqual(['Radosław Sikorski=person:radoslaw-sikorski']);
    expect(context('Le président de la République, Anne Martin, a parlé.', 'fr')).toEqual(['Anne Martin=person:anne-martin [président de la République]']);
    expect(context('La porte-parole du gouvernement, Maud Bregeon, a confirmé.', 'fr')).toEqual(['Maud Bregeon=person:maud-bregeon [porte-parole du gouvernement]']);
    expect(context('Le vice-président américain J.D. Vance a critiqué l’Europe.', 'fr')).toEqual(['J.D. Vance=person:j-d-vance [vice-président américain]']);
    expect(context("Pour Camille Grand, de l'ECFR, la coalition devrait s'élargir.", 'fr')).toEqual(["Camille Grand=person:camille-grand [de l'ECFR]"]);
    expect(context("Hier, Charles de Gaulle et Valéry Giscard d'Estaing.", 'fr')).toEqual(['Charles de Gaulle=person:charles-de-gaulle', "Valéry Giscard d'Estaing=person:valery-giscard-destaing"]);
  });

  it('English: titles before the name, roles after it, speech verbs', () => {
    expect(context('Defence Secretary John Healey said the UK would send more troops.', 'en')).toEqual(['John Healey=person:john-healey [Defence Secretary]']);
    expect(context('According to Sophie Lambert, a senior fellow at the Atlantic Council, NATO allies are divided.', 'en'))
      .toEqual(['Sophie Lambert=person:sophie-lambert [senior fellow at the Atlantic Council]', 'Atlantic Council=org:atlantic-council']);
    expect(context('"We will not back down," said Healey.', 'en')).toEqual(['Healey=person:healey']);
    expect(context('"Never," said Pavla Novak, a senior Czech MP.', 'en')).toEqual(['Pavla Novak=person:pavla-novak [senior Czech MP]']);
    expect(context('Danish MP Ida Holm voted against.', 'en')).toEqual(['Ida Holm=person:ida-holm [Danish MP]']);
    expect(context('Monday\'s meeting was chaired by Dr. Maria Schmidt.', 'en')).toEqual(['Maria Schmidt=person:maria-schmidt']);
    expect(context('NATO Secretary General Jens Olsen and EU foreign policy chief Ana Costa spoke.', 'en'))
      .toEqual(['Jens Olsen=person:jens-olsen [NATO Secretary General]', 'Ana Costa=person:ana-costa [EU foreign policy chief]']);
    expect(context("Pia Lund, NATO's Assistant Secretary General, welcomed the decision.", 'en')).toEqual(["Pia Lund=person:pia-lund [NATO's Assistant Secretary General]"]);
    expect(context('German Defence Minister Boris Pistorius told reporters in Berlin.', 'en')).toEqual(['Boris Pistorius=person:boris-pistorius [German Defence Minister]']);
    expect(context('Prime Minister Kristen Michal and Foreign Minister Margus Tsahkna met in Tallinn.', 'en'))
      .toEqual(['Kristen Michal=person:kristen-michal [Prime Minister]', 'Margus Tsahkna=person:margus-tsahkna [Foreign Minister]']);
  });

  it('one finder per document: a surname alone resolves to the full name seen earlier', () => {
    const finder = createEntityFinder('fr');
    expect(context('Le ministre des Armées, Catherine Vautrin, était à Bruxelles.', 'fr', finder)).toEqual(['Catherine Vautrin=person:catherine-vautrin [ministre des Armées]']);
    expect(context('Vautrin a insisté sur la cohérence.', 'fr', finder)).toEqual(['Vautrin=person:catherine-vautrin']);
    expect(context('« C’est décisif », a affirmé Vautrin.', 'fr', finder)).toEqual(['Vautrin=person:catherine-vautrin']);
    // Without the document's memory the surname is a person of its own.
    expect(context('« C’est décisif », a affirmé Vautrin.', 'fr')).toEqual(['Vautrin=person:vautrin']);
    const en = createEntityFinder('en');
    context('High Representative Kaja Kallas and Defence Commissioner Andrius Kubilius arrived.', 'en', en);
    expect(context('Kubilius said the plan was ready.', 'en', en)).toEqual(['Kubilius=person:andrius-kubilius']);
  });

  it('gives the same role to names joined by "et"/"and" after a plural title', () => {
    expect(context('Les émissaires américains Jared Kushner et Steve Witkoff sont arrivés.', 'fr'))
      .toEqual(['Jared Kushner=person:jared-kushner [émissaires américains]', 'Steve Witkoff=person:steve-witkoff [émissaires américains]']);
    expect(context('Le président Marc Durand et Anne Petit sont arrivés.', 'fr')).toEqual(['Marc Durand=person:marc-durand [président]', 'Anne Petit=person:anne-petit']);
    expect(context('US envoys Keith Kellogg and Steve Witkoff met him.', 'en'))
      .toEqual(['Keith Kellogg=person:keith-kellogg [US envoys]', 'Steve Witkoff=person:steve-witkoff [US envoys]']);
  });
});

describe('organisations from context', () => {
  it('a name followed by its acronym, then the acronym alone in later sentences', () => {
    const finder = createEntityFinder('fr');
    expect(context("L'Institut polonais des affaires internationales (PISM) publie une note.", 'fr', finder))
      .toEqual(['Institut polonais des affaires internationales=org:pism', 'PISM=org:pism']);
    expect(context('Le PISM estime que Varsovie doit augmenter son budget.', 'fr', finder)).toEqual(['PISM=org:pism']);
    expect(context('The Centre for European Reform (CER) argues that the EU should borrow.', 'en')).toEqual(['Centre for European Reform=org:cer', 'CER=org:cer']);
    // Acronyms whose letters come from another language's word order still count ("Capacité militaire de planification et de conduite (MPCC)").
    // A known name inside the expansion does not stop it.
    expect(context('Le Bureau fédéral des équipements de la Bundeswehr (BAAINBw) a signé.', 'fr'))
      .toEqual(['Bureau fédéral des équipements de la Bundeswehr=org:baainbw', 'BAAINBw=org:baainbw']);
    expect(context('La Direction générale de l’armement (DGA) commande des obus.', 'fr')).toEqual(['Direction générale de l’armement=org:dga', 'DGA=org:dga']);
  });

  it('head words followed by capitalised words, in French and English', () => {
    expect(context('La Fondation Robert Schuman et l’Institut Montaigne ont publié une étude.', 'fr'))
      .toEqual(['Fondation Robert Schuman=org:fondation-robert-schuman', 'Institut Montaigne=org:institut-montaigne']);
    expect(context('Le Ministère de la Défense de la Lituanie a confirmé l’envoi.', 'fr')).toEqual(['Ministère de la Défense de la Lituanie=org:ministere-de-la-defense-de-la-lituanie']);
    expect(context('The Ministry of Foreign Affairs of Latvia and the Hudson Institute disagree.', 'en'))
      .toEqual(['Ministry of Foreign Affairs of Latvia=org:ministry-of-foreign-affairs-of-latvia', 'Hudson Institute=org:hudson-institute']);
    expect(context('La Mission Borealis protège les navires.', 'fr')).toEqual(['Mission Borealis=mission:mission-borealis']);
  });
});

describe('the claims gold set (tests/fixtures/claims-gold/general.json)', () => {
  /** Every entity id a value holds, at any depth. */
  const idsIn = (o: unknown, out: Set<string>): Set<string> => {
    if (typeof o === 'string' && /^[a-z]+:[A-Za-z0-9-]+$/.test(o)) out.add(o);
    else if (o && typeof o === 'object') for (const v of Object.values(o)) idsIn(v, out);
    return out;
  };

  it('finds in each sentence every entity its gold claims name (or a group/place standing for it)', () => {
    const gold = JSON.parse(fs.readFileSync('tests/fixtures/claims-gold/general.json', 'utf8')) as { sentences: Array<{ id: string; lang: 'fr' | 'en'; text: string; claims: unknown }> };
    expect(gold.sentences.length).toBeGreaterThan(20);
    const misses: string[] = [];
    for (const s of gold.sentences) {
      const ms = findEntities(s.text, s.lang);
      expectExact(s.text, ms);
      const found = new Set(ms.flatMap((m) => [m.ref.id, ...(m.members ?? []).map((x) => x.id), getEntity(m.ref.id)?.country ?? '']));
      for (const id of idsIn(s.claims, new Set())) if (!found.has(id)) misses.push(`${s.id}: ${id}`);
    }
    expect(misses).toEqual([]);
  });
});

describe('no false positives', () => {
  const quiet: Array<[string, 'fr' | 'en']> = [
    ['Mars 2025 : le sommet réunit les dirigeants européens.', 'fr'],
    ['Lundi, les ministres ont signé un accord. Mardi, rien.', 'fr'],
    ['Officiellement, Cependant et Toutefois ne sont pas des noms.', 'fr'],
    ['DÉFENSE EUROPÉENNE : LE GRAND DÉBAT SUR LA SOUVERAINETÉ', 'fr'],
    ['GÉOPOLITIQUE & DÉFENSE', 'fr'],
    ['Cette Université d’été réunit des chercheurs.', 'fr'],
    ['La Commission a proposé un texte ; le Conseil en débat.', 'fr'],
    ["L'union fait la force et les us et coutumes changent.", 'fr'],
    ['Les Européens ont bien compris la leçon.', 'fr'],
    ['In March, on Tuesday, the ministers met again.', 'en'],
    ['The Council will decide; the Commission proposes.', 'en'],
    ['However, This Report And That Analysis are not organisations.', 'en'],
    ['POLICY BRIEF MARCH 2025', 'en'],
    ['Comme prévu, Bakhmout tient.', 'fr'],
    ['General Dynamics and the Christian Democrats agreed.', 'en'],
    ['The Security Council met in New York; Saint Louis and Grand Est were not invited.', 'en'],
  ];
  it.each(quiet)('finds no person or context organisation in %j', (text, lang) => {
    expect(context(text, lang)).toEqual([]);
  });

  it('does not take a city after "maire de" for a person, nor a sentence-initial word', () => {
    expect(context('Le maire de Lyon a parlé.', 'fr')).toEqual([]);
    expect(context('Retour sur les raisons d’être de cette alliance.', 'fr')).toEqual([]);
  });
});
