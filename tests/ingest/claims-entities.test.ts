import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoCountryCodes } from '../../ingest/claims/entities/countries.ts';
import { findEntities, type EntityMention } from '../../ingest/claims/entities/find-entities.ts';
import { builtInGlossary, GlossaryError, parseGlossary } from '../../ingest/claims/entities/glossary.ts';
import { nameIndex } from '../../ingest/claims/entities/name-index.ts';
import { slugId } from '../../ingest/claims/entities/normalize.ts';
import { allEntities, entityName, getEntity } from '../../ingest/claims/entities/registry.ts';

/** Every mention's text is exactly the slice of the searched string at its offsets; mentions are ordered and disjoint. */
function expectExact(text: string, ms: EntityMention[]): void {
  let prevEnd = 0;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = m.end;
  }
}

/** The mentions of `text` as "written=id" strings, offsets checked. */
function ids(text: string, lang: 'fr' | 'en'): string[] {
  const ms = findEntities(text, lang);
  expectExact(text, ms);
  return ms.map((m) => `${m.text}=${m.ref.id}${m.demonym ? ' (demonym)' : ''}`);
}

const countries = allEntities().filter((e) => e.kind === 'country');

describe('country registry (CLDR)', () => {
  it('has every assigned ISO 3166-1 alpha-2 code the runtime knows, and no deprecated or grouping code', () => {
    const codes = isoCountryCodes();
    // 249 officially assigned codes, plus XK (Kosovo, user-assigned but used by the EU and CLDR).
    expect(codes.filter((c) => c !== 'XK')).toHaveLength(249);
    for (const c of ['FR', 'GB', 'US', 'UA', 'EE', 'LV', 'LT', 'NO', 'MD', 'XK', 'SS', 'VA']) expect(codes).toContain(c);
    for (const c of ['UK', 'EU', 'EZ', 'UN', 'SU', 'YU', 'DD', 'ZZ', 'QO', 'XA', 'AC', 'IC']) expect(codes).not.toContain(c);
    expect(countries.map((e) => e.id).sort()).toEqual(codes.map((c) => `country:${c}`).sort());
  });

  it('names every country in French and English from CLDR', () => {
    expect(getEntity('country:GB')?.names).toEqual({ fr: 'Royaume-Uni', en: 'United Kingdom' });
    expect(getEntity('country:DE')?.names).toEqual({ fr: 'Allemagne', en: 'Germany' });
    expect(entityName('country:NL', 'fr')).toBe('Pays-Bas');
    expect(entityName('country:NL', 'en')).toBe('Netherlands');
    for (const e of countries) {
      expect(e.names.fr, e.id).not.toMatch(/^[A-Z]{2}$/);
      expect(e.names.en, e.id).not.toMatch(/^[A-Z]{2}$/);
    }
  });

  it('finds every country by its CLDR name in both languages, alone and inside a sentence', () => {
    const misses: string[] = [];
    for (const e of countries) {
      for (const lang of ['fr', 'en'] as const) {
        // CLDR qualifiers in brackets ("Myanmar (Burma)") are not written in running text.
        const name = e.names[lang].replace(/\s*\([^)]*\)/g, '');
        // "Saint-Martin (partie néerlandaise)" without its qualifier is the French part's name.
        const expected = e.id === 'country:SX' && lang === 'fr' ? 'country:MF' : e.id;
        const sentence = lang === 'fr' ? `Hier, ${name} a voté.` : `On Monday, ${name} voted.`;
        const found = findEntities(sentence, lang);
        expectExact(sentence, found);
        const hit = found.find((m) => m.text === name && m.ref.id === expected && !m.demonym);
        if (!hit) misses.push(`${e.id} ${lang} "${name}" → ${found.map((m) => `${m.text}=${m.ref.id}`).join(', ') || 'nothing'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('resolves the United Kingdom under all its names (Royaume-Uni = United Kingdom = UK = Grande-Bretagne)', () => {
    for (const [text, lang] of [
      ['le Royaume-Uni', 'fr'], ['la Grande-Bretagne', 'fr'], ['le Royaume Uni', 'fr'], ['the United Kingdom', 'en'], ['the UK', 'en'],
      ['the U.K.', 'en'], ['Great Britain', 'en'], ['Britain', 'en'],
    ] as const) {
      const ms = findEntities(text, lang);
      expect(ms.map((m) => m.ref.id), text).toEqual(['country:GB']);
      expectExact(text, ms);
    }
  });

  it('knows common aliases: US/USA/États-Unis, Pays-Bas/Holland, Tchéquie/Czech Republic, Türkiye/Turquie, Moldova/Moldavie', () => {
    const cases: Array<[string, string]> = [
      ['États-Unis', 'US'], ['Etats-Unis', 'US'], ['USA', 'US'], ['U.S.', 'US'], ['United States', 'US'],
      ['Pays-Bas', 'NL'], ['the Netherlands', 'NL'], ['Holland', 'NL'], ['Tchéquie', 'CZ'], ['République tchèque', 'CZ'],
      ['Czech Republic', 'CZ'], ['Czechia', 'CZ'], ['Türkiye', 'TR'], ['Turquie', 'TR'], ['Turkey', 'TR'], ['Moldova', 'MD'],
      ['Moldavie', 'MD'], ['Biélorussie', 'BY'], ['Belarus', 'BY'], ['Kosovo', 'XK'],
    ];
    for (const [text, code] of cases) expect(findEntities(text, 'fr').map((m) => m.ref.id), text).toContain(`country:${code}`);
  });

  it('marks demonyms as such, in French (m/f/pl) and English', () => {
    expect(ids('Les troupes ukrainiennes et les soldats ukrainiens ; une Ukrainienne ; des avions français.', 'fr')).toEqual([
      'ukrainiennes=country:UA (demonym)', 'ukrainiens=country:UA (demonym)', 'Ukrainienne=country:UA (demonym)', 'français=country:FR (demonym)',
    ]);
    expect(ids('Les ministres néerlandais et finlandais, les Britanniques, les Allemandes, les Polonais et les Américains.', 'fr')).toEqual([
      'néerlandais=country:NL (demonym)', 'finlandais=country:FI (demonym)', 'Britanniques=country:GB (demonym)',
      'Allemandes=country:DE (demonym)', 'Polonais=country:PL (demonym)', 'Américains=country:US (demonym)',
    ]);
    expect(ids('French, British, German, Dutch, Finnish, Ukrainian, Russian, American and Polish troops.', 'en')).toEqual(
      ['FR', 'GB', 'DE', 'NL', 'FI', 'UA', 'RU', 'US', 'PL'].map((c, i) =>
        `${['French', 'British', 'German', 'Dutch', 'Finnish', 'Ukrainian', 'Russian', 'American', 'Polish'][i]}=country:${c} (demonym)`),
    );
    // The country (capitalised name) wins over the adjective written the same way.
    expect(ids('La Suisse et la neutralité suisse.', 'fr')).toEqual(['Suisse=country:CH', 'suisse=country:CH (demonym)']);
  });

  it('guards "Amérique"/"America" and names that are also first names', () => {
    expect(ids("L'Amérique latine, l'Amérique du Sud et l'Amérique de Trump.", 'fr')).toEqual(['Amérique=country:US', 'Trump=person:donald-trump']);
    expect(ids('Latin America, South America and America.', 'en')).toEqual(['America=country:US']);
    expect(ids('Maurice Gourdault-Montagne a rencontré le Premier ministre de Maurice.', 'fr')).toContain('Maurice=country:MU');
    expect(findEntities('Maurice Gourdault-Montagne arrive.', 'fr').some((m) => m.ref.id === 'country:MU')).toBe(false);
    expect(findEntities('Dominique de Villepin et Jordan Bardella ; New Jersey.', 'fr').filter((m) => m.kind === 'country')).toEqual([]);
    // A capitalised article at the start of a sentence is not a name touching the country.
    expect(ids('Le Niger a quitté la CEDEAO.', 'fr')).toContain('Niger=country:NE');
  });

  it('gives no two entities the same written form (demonyms aside)', () => {
    const owners = new Map<string, Set<string>>();
    for (const forms of nameIndex().values()) {
      for (const f of forms) {
        if (f.demonym) continue;
        const key = f.words.map((w) => (w.rule === 'exact' ? w.raw : w.folded)).join(' ') + f.gaps.join('');
        owners.set(key, (owners.get(key) ?? new Set()).add(f.entityId));
      }
    }
    expect([...owners].filter(([, s]) => s.size > 1).map(([k, s]) => `${k}: ${[...s].join(', ')}`)).toEqual([]);
  });
});

describe('groups', () => {
  it('expands the Baltic states to EE, LV, LT in both languages', () => {
    for (const [text, lang] of [['les États baltes', 'fr'], ['les pays baltes', 'fr'], ['the Baltic states', 'en'], ['the Baltics', 'en']] as const) {
      const [m, ...rest] = findEntities(text, lang);
      expect(rest).toEqual([]);
      expect(m?.ref.id).toBe('group:baltic-states');
      expect(m?.kind).toBe('group');
      expect(m?.members?.map((x) => x.id)).toEqual(['country:EE', 'country:LV', 'country:LT']);
    }
    expect(findEntities('les États baltes', 'fr')[0]?.members?.map((x) => x.name)).toEqual(['Estonie', 'Lettonie', 'Lituanie']);
    expect(findEntities('the Baltic states', 'en')[0]?.members?.map((x) => x.name)).toEqual(['Estonia', 'Latvia', 'Lithuania']);
  });

  it('expands EU member states to the 27 and NATO members to the 32', () => {
    for (const [text, lang] of [
      ["Vingt-quatre États membres de l'UE et la Norvège", 'fr'], ["les membres de l’Union européenne excepté la Hongrie", 'fr'],
      ['Twenty-four EU states plus Norway', 'en'], ['EU member states', 'en'],
    ] as const) {
      const g = findEntities(text, lang).find((m) => m.kind === 'group');
      expect(g?.ref.id, text).toBe('group:eu-members');
      expect(new Set(g?.members?.map((m) => m.id)).size).toBe(27);
      expect(g?.members?.map((m) => m.id)).toContain('country:AT');
      expect(g?.members?.map((m) => m.id)).not.toContain('country:GB');
    }
    const nato = findEntities("les membres de l'OTAN et NATO allies", 'fr').filter((m) => m.ref.id === 'group:nato-members');
    expect(nato).toHaveLength(2);
    expect(new Set(nato[0]?.members?.map((m) => m.id)).size).toBe(32);
    expect(nato[0]?.members?.map((m) => m.id)).toEqual(expect.arrayContaining(['country:FI', 'country:SE', 'country:US', 'country:TR']));
  });

  it('knows the Nordic countries, Benelux, E3 (trio franco-germano-britannique) and Visegrád', () => {
    const members = (text: string, lang: 'fr' | 'en') => findEntities(text, lang).find((m) => m.kind === 'group')?.members?.map((m) => m.id.slice(8)).sort();
    expect(members('les pays nordiques', 'fr')).toEqual(['DK', 'FI', 'IS', 'NO', 'SE']);
    expect(members('the Benelux countries', 'en')).toEqual(['BE', 'LU', 'NL']);
    expect(findEntities('le G7', 'fr').map((m) => [m.ref.id, m.members])).toEqual([['org:g7', undefined]]);
    expect(members('le trio franco-germano-britannique', 'fr')).toEqual(['DE', 'FR', 'GB']);
    expect(members('the E3', 'en')).toEqual(['DE', 'FR', 'GB']);
    expect(members('le groupe de Visegrád', 'fr')).toEqual(['CZ', 'HU', 'PL', 'SK']);
  });

  it('does not read one member as the group ("un membre de l\'OTAN" is NATO)', () => {
    expect(ids("une attaque russe contre un membre de l'OTAN", 'fr')).toEqual(['russe=country:RU (demonym)', 'OTAN=org:nato']);
  });
});

describe('glossary', () => {
  const entries = builtInGlossary();

  it('ships the organisations the brief names, with both languages', () => {
    for (const id of ['org:nato', 'org:eu', 'coalition:willing', 'mission:eumam-ukraine', 'mission:euu-jtm', 'org:mpcc', 'programme:edip',
      'org:edtib', 'org:eeas', 'org:iris', 'org:ijd', 'org:saceur', 'org:udcg', 'org:osce', 'org:un', 'org:bruegel', 'org:politico']) {
      expect(getEntity(id), id).toBeDefined();
    }
    expect(entries.filter((e) => e.kind !== 'person').length).toBeGreaterThanOrEqual(60);
  });

  it('finds every glossary name and alias as its own entity (round trip)', () => {
    const misses: string[] = [];
    for (const e of entries) {
      for (const [name, lang] of [[e.names.fr, 'fr'], [e.names.en, 'en'], ...e.aliases.map((a) => [a, 'fr'] as const)] as const) {
        const text = `Selon nous, ${name} compte.`;
        const ms = findEntities(text, lang);
        expectExact(text, ms);
        // An elided article may belong to the alias ("l'Union") or not ("l'OTAN").
        if (!ms.some((m) => m.ref.id === e.id && m.text === name)) misses.push(`${e.id}: "${name}" → ${ms.map((m) => `${m.text}=${m.ref.id}`).join(', ')}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('recognises the coalition of the willing under its French, English and descriptive names', () => {
    for (const [text, lang] of [
      ['La « coalition des volontaires » devient permanente', 'fr'], ['la *Coalition of the Willing* est incarnée', 'fr'],
      ['les membres de la coalition internationale en soutien à l’Ukraine se sont réunis', 'fr'], ['the coalition of the willing met', 'en'],
      ['La Coalition des volontaires se réunit', 'fr'],
    ] as const) {
      expect(findEntities(text, lang).map((m) => m.ref.id), text).toContain('coalition:willing');
    }
  });

  it('rejects an invalid entry with an error naming it', () => {
    const bad = JSON.stringify({ entries: [{ id: 'org:ok', kind: 'organisation', names: { fr: 'A', en: 'A' }, aliases: [] },
      { id: 'org:broken', kind: 'club', names: { fr: 'B' }, aliases: [] }] });
    expect(() => parseGlossary(bad, 'x.json')).toThrow(GlossaryError);
    expect(() => parseGlossary(bad, 'x.json')).toThrow(/x\.json entry 1 \(org:broken\)/);
    const dup = JSON.stringify({ entries: [1, 2].map(() => ({ id: 'org:a', kind: 'organisation', names: { fr: 'A', en: 'A' }, aliases: [] })) });
    expect(() => parseGlossary(dup, 'd.json')).toThrow(/entry 1 \(org:a\): duplicate id/);
    const comma = JSON.stringify({ entries: [{ id: 'org:c', kind: 'organisation', names: { fr: 'A, B', en: 'A' }, aliases: [] }] });
    expect(() => parseGlossary(comma, 'c.json')).toThrow(/org:c/);
  });

  it('links capitals to their country and heads of government to theirs ("les alliés de Kiev", "l\'administration Trump")', () => {
    expect(getEntity('place:kyiv')?.country).toBe('country:UA');
    expect(getEntity('place:brussels')?.country).toBe('country:BE');
    expect(getEntity('person:donald-trump')?.country).toBe('country:US');
    expect(getEntity('person:vladimir-putin')?.names).toEqual({ fr: 'Vladimir Poutine', en: 'Vladimir Putin' });
    expect(allEntities().filter((e) => e.kind === 'place').every((e) => e.country && getEntity(e.country)?.kind === 'country')).toBe(true);
  });

  it('names entities in either language, and slug ids in title case', () => {
    expect(entityName('org:nato', 'fr')).toBe('OTAN');
    expect(entityName('org:nato', 'en')).toBe('NATO');
    expect(entityName('coalition:willing', 'fr')).toBe('coalition des volontaires');
    expect(entityName('place:kyiv', 'fr')).toBe('Kiev');
    expect(entityName('place:kyiv', 'en')).toBe('Kyiv');
    expect(entityName('person:sebastien-lecornu', 'fr')).toBe('Sebastien Lecornu');
  });
});

describe('matching rules', () => {
  it('strips elided articles with either apostrophe', () => {
    expect(ids("l'Ukraine, d'Allemagne, l’OTAN, l'OTAN, d’Estonie, l'UE, qu'Israël, jusqu’à l’Élysée", 'fr')).toEqual([
      'Ukraine=country:UA', 'Allemagne=country:DE', 'OTAN=org:nato', 'OTAN=org:nato', 'Estonie=country:EE', 'UE=org:eu', 'Israël=country:IL', 'Élysée=place:elysee',
    ]);
  });

  it('matches acronyms case-sensitively and never inside words', () => {
    expect(ids('UE, OTAN, EU, US, UK, ONU', 'fr').map((s) => s.split('=')[1])).toEqual(['org:eu', 'org:nato', 'org:eu', 'country:US', 'country:GB', 'org:un']);
    expect(ids("ue, otan, eu, us, Us, uk ; EUROPE, USAGE, FRUE, BUS, EUR, UKRAINE", 'fr')).toEqual(['UKRAINE=country:UA']);
    expect(ids('Let us go: the bus is on us.', 'en')).toEqual([]);
    expect(ids("L'union fait la force ; l'otan n'est pas un mot.", 'fr')).toEqual([]);
  });

  it('accepts "Otan", "Iris" as written by the press, but not lower case', () => {
    expect(ids("au sein de l'Otan et de l'Iris", 'fr')).toEqual(['Otan=org:nato', 'Iris=org:iris']);
    expect(ids('une fleur, un iris', 'fr')).toEqual([]);
  });

  it('ignores accents and treats hyphens, dashes and line breaks inside names alike', () => {
    expect(ids('Etats-Unis, Royaume Uni, EU–Ukraine Joint Training Mission, Université\nCatholique de Lille', 'fr')).toEqual([
      'Etats-Unis=country:US', 'Royaume Uni=country:GB', 'EU–Ukraine Joint Training Mission=mission:euu-jtm', 'Université\nCatholique de Lille=org:ucl-lille',
    ]);
  });

  it('prefers the longest name ("États membres de l\'UE" over "UE", "Conseil OTAN-Ukraine" over "OTAN")', () => {
    expect(ids("Les États membres de l'UE et le Conseil OTAN-Ukraine", 'fr')).toEqual(["États membres de l'UE=group:eu-members", 'Conseil OTAN-Ukraine=org:nato-ukraine-council']);
  });

  it('keeps exact offsets on any text (property)', () => {
    const piece = fc.constantFrom(
      'la France', "l'OTAN", 'l’UE', 'les États baltes', 'Royaume-Uni', 'UK', 'U.S.', 'ukrainiennes', 'Sébastien Lecornu', ', ministre des Armées',
      'a affirmé', ' ', '\n', '\u00a0', '\u202f', '«', '»', '(', ')', 'Iris', 'MPCC', 'Kyiv', 'le président', 'Institut', 'Montaigne', 'é', 'e\u0301',
      'Mme', 'M.', 'Dr', 'said', 'des', 'de', 'Bruxelles', 'EU–Ukraine', '🇺🇦', 'x', '.', ',', "'", '’', '-', '–',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('fr' as const, 'en' as const), (parts, lang) => {
      const text = parts.join('');
      expectExact(text, findEntities(text, lang));
    }), { numRuns: 300 });
  });
});

describe('slugId', () => {
  it('strips accents, apostrophes and punctuation', () => {
    expect(slugId('person', 'Sébastien Lecornu')).toBe('person:sebastien-lecornu');
    expect(slugId('organisation', "Institut d'études Politiques")).toBe('org:institut-detudes-politiques');
    expect(slugId('person', 'Jean-Noël Barrot')).toBe('person:jean-noel-barrot');
    expect(slugId('place', 'Chișinău')).toBe('place:chisinau');
  });
});
