import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findNumbers, type NumberMention } from '../../ingest/claims/values/numbers.ts';

type Lang = 'fr' | 'en';
/** A compact view of a mention: "words=amount approx [unit]". */
const show = (m: NumberMention) => `${m.text}=${m.amount} ${m.approx}${m.unit ? ` ${m.unit}` : ''}`;
const quantities = (text: string, lang: Lang) => findNumbers(text, lang).map(show);

const REFERENCE = path.resolve('corpus/reference');
/** The line of a reference text that contains `needle` (the samples keep one paragraph per line). */
function lineOf(prefix: string, needle: string): string {
  const file = readdirSync(REFERENCE).find((f) => f.startsWith(prefix));
  const line = readFileSync(path.join(REFERENCE, file ?? ''), 'utf8').split('\n').find((l) => l.includes(needle));
  if (!line) throw new Error(`no line with ${needle} in ${prefix}`);
  return line;
}

describe('findNumbers: digits', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'qui a formé 75 000 soldats', ['75 000=75000 exact']],
    ['fr', 'qui a formé 75\u00A0000 soldats', ['75\u00A0000=75000 exact']],
    ['fr', 'qui a formé 75\u202F000 soldats', ['75\u202F000=75000 exact']],
    ['fr', 'soit 75.000 soldats', ['75.000=75000 exact']],
    ['fr', 'soit 75,000 soldats', ['75,000=75000 exact']],
    ['fr', 'un taux de 0,125', ['0,125=0.125 exact']],
    ['fr', 'environ 1,5 milliard d’euros', ['environ 1,5 milliard d’euros=1500000000 about EUR']],
    ['fr', '2 millions de personnes', ['2 millions=2000000 exact']],
    ['fr', 'une hausse de 3,2 %', ['3,2 %=3.2 exact percent']],
    ['fr', '50 pour cent des voix', ['50 pour cent=50 exact percent']],
    ['fr', 'un budget de 8 Mds€', ['8 Mds€=8000000000 exact EUR']],
    ['en', 'which has trained 75,000 Ukrainian soldiers', ['75,000=75000 exact']],
    ['en', 'which has trained 75 000 soldiers', ['75 000=75000 exact']],
    ['en', 'a fund of 3.2 billion', ['3.2 billion=3200000000 exact']],
    ['en', 'a fund of $3.2 billion', ['$3.2 billion=3200000000 exact USD']],
    ['en', 'a fund of €1.5bn', ['€1.5bn=1500000000 exact EUR']],
    ['en', 'up by 10%', ['10%=10 exact percent']],
    ['en', '1,000,000 people', ['1,000,000=1000000 exact']],
    ['en', '1.000.000 people', ['1.000.000=1000000 exact']],
    ['en', 'a grant of $3m and £250k', ['$3m=3000000 exact USD', '£250k=250000 exact GBP']],
    ['fr', 'un contrat de 8 M€', ['8 M€=8000000 exact EUR']],
    ['en', 'a 400 m runway', ['400=400 exact']],
  ])('%s %j', (lang, text, expected) => {
    expect(quantities(text, lang)).toEqual(expected);
  });
});

describe('findNumbers: words', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'Vingt-quatre États membres', ['Vingt-quatre=24 exact']],
    ['fr', 'vingt et un pays', ['vingt et un=21 exact']],
    ['fr', 'vingt-et-un pays', ['vingt-et-un=21 exact']],
    ['fr', 'quatre-vingt-dix soldats', ['quatre-vingt-dix=90 exact']],
    ['fr', 'quatre vingt dix-neuf soldats', ['quatre vingt dix-neuf=99 exact']],
    ['fr', 'soixante-dix-sept pays', ['soixante-dix-sept=77 exact']],
    ['fr', 'soixante et onze pays', ['soixante et onze=71 exact']],
    ['fr', 'deux cent mille soldats', ['deux cent mille=200000 exact']],
    ['fr', 'trois millions cinq cent mille euros', ['trois millions cinq cent mille euros=3500000 exact EUR']],
    ['fr', 'mille soldats', ['mille=1000 exact']],
    ['fr', 'un million de réfugiés', ['un million=1000000 exact']],
    ['fr', 'dans cinq, dix ou quinze ans', ['cinq=5 exact', 'dix=10 exact', 'quinze=15 exact']],
    ['fr', 'les Vingt-Sept', ['Vingt-Sept=27 exact']],
    ['en', 'twenty-four member states', ['twenty-four=24 exact']],
    ['en', 'one hundred and five soldiers', ['one hundred and five=105 exact']],
    ['en', 'a hundred soldiers', ['a hundred=100 exact']],
    ['en', 'two thousand and twenty troops', ['two thousand and twenty=2020 exact']],
    ['en', 'three million people', ['three million=3000000 exact']],
    ['en', 'Ninety-nine ships', ['Ninety-nine=99 exact']],
  ])('%s %j', (lang, text, expected) => {
    expect(quantities(text, lang)).toEqual(expected);
  });
});

describe('findNumbers: approximations and bounds', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'une trentaine de nations', ['une trentaine=30 about']],
    ['fr', 'cette trentaine de nations', ['trentaine=30 about']],
    ['fr', 'des unités d’une vingtaine d’États membres', ['une vingtaine=20 about']],
    ['fr', 'une dizaine de pays', ['une dizaine=10 about']],
    ['fr', 'une centaine de soldats', ['une centaine=100 about']],
    ['fr', 'plus d’une centaine de soldats', ['plus d’une centaine=100 more_than']],
    ['fr', 'des dizaines de milliers de soldats', ['des dizaines de milliers=20000 at_least']],
    ['fr', 'des centaines de chars', ['des centaines=200 at_least']],
    ['fr', 'environ 30 pays', ['environ 30=30 about']],
    ['fr', 'près de 500 chars', ['près de 500=500 about']],
    ['fr', 'quelque 300 hommes', ['quelque 300=300 about']],
    ['fr', 'plus de 20 pays', ['plus de 20=20 more_than']],
    ['fr', 'au moins 12 États', ['au moins 12=12 at_least']],
    ['fr', 'pas moins de 40 pays', ['pas moins de 40=40 at_least']],
    ['fr', 'moins de 5 % du PIB', ['moins de 5 %=5 less_than percent']],
    ['fr', 'jusqu’à 3 000 soldats', ['jusqu’à 3 000=3000 at_most']],
    ['fr', 'près d’un million de personnes', ['près d’un million=1000000 about']],
    ['en', 'around twenty member states', ['around twenty=20 about']],
    ['en', 'about 30 countries', ['about 30=30 about']],
    ['en', 'approximately 400 troops', ['approximately 400=400 about']],
    ['en', 'more than 40 countries', ['more than 40=40 more_than']],
    ['en', 'over 20 nations', ['over 20=20 more_than']],
    ['en', 'at least 12 states', ['at least 12=12 at_least']],
    ['en', 'fewer than 5 ships', ['fewer than 5=5 less_than']],
    ['en', 'less than 2% of GDP', ['less than 2%=2 less_than percent']],
    ['en', 'up to 3,000 troops', ['up to 3,000=3000 at_most']],
    ['en', 'a dozen countries', ['a dozen=12 about']],
    ['en', 'dozens of countries', ['dozens=24 at_least']],
    ['en', 'tens of thousands of soldiers', ['tens of thousands=20000 at_least']],
  ])('%s %j', (lang, text, expected) => {
    expect(quantities(text, lang)).toEqual(expected);
  });
});

describe('findNumbers: what is not a count', () => {
  it.each<[Lang, string]>([
    ['fr', 'la première réunion de son genre'],
    ['fr', 'le 1er mai et le 2e sommet'],
    ['fr', 'un certain nombre de pays, une demande'],
    ['fr', 'un char neuf et rien de neuf'],
    ['fr', 'la vingt-quatrième réunion, le dix-huitième sommet'],
    ['fr', 'mis en quarantaine'],
    ['fr', 'des avions F-35 et A400M, la 5G'],
    ['fr', 'à 10h30 ou 10:30'],
    ['fr', 'T +33 (0)1 44 58 97 97'],
    ['fr', 'au titre de l’article 42.7 du traité'],
    ['fr', 'voir page 12 et p. 3'],
    ['fr', '18 rue de Londres 75009 Paris'],
    ['fr', 'la guerre<sup>1</sup> en Ukraine'],
    ['fr', 'le 10 avril 2025'],
    ['fr', 'en 2025, après 2022'],
    ['fr', 'Project 101104850 – IJD 2025'],
    ['fr', 'les 27 et 28 juin, du 3 au 5 mai'],
    ['fr', 'les deux tiers des États, à 14 h 30, vers 9 h'],
    ['en', 'two thirds of the members, three quarters, three times more'],
    ['fr', 'deux fois plus de soldats'],
    ['en', 'the first meeting, the twenty-first century, the 21st summit'],
    ['en', 'one of them, a plan, one another'],
    ['en', 'a five-year plan'],
    ['en', 'under Article 42.7 of the Treaty'],
    ['en', 'on February 12, 2025'],
    ['en', 'a hundred-year war'],
  ])('%s %j has no quantity', (lang, text) => {
    expect(quantities(text, lang)).toEqual([]);
  });

  it('keeps "les neuf pays" (a determiner before "neuf") but not "un char neuf"', () => {
    expect(quantities('les neuf pays', 'fr')).toEqual(['neuf=9 exact']);
    expect(quantities('un char neuf', 'fr')).toEqual([]);
  });

  it('labels years, date parts and references when asked for everything', () => {
    const all = findNumbers('Depuis 2022, au titre de l’article 42.7, le 10 avril, 75 000 soldats.', 'fr', { all: true });
    expect(all.map((m) => `${m.text}:${m.kind}`)).toEqual(['2022:date', '42.7:reference', '10:date', '75 000:quantity']);
    expect(findNumbers('Le rapport 2024 est paru.', 'fr', { all: true }).map((m) => m.kind)).toEqual(['year']);
    // A qualified bare number before a noun is a count, not a year.
    expect(quantities('au moins 2000 soldats', 'fr')).toEqual(['au moins 2000=2000 at_least']);
  });
});

describe('findNumbers: sentences from the sample corpus', () => {
  it.each<[string, Lang, string, string[]]>([
    ['000', 'fr', '75 000 soldats', ['Vingt-quatre=24 exact', '75 000=75000 exact']],
    ['001', 'en', '75,000 Ukrainian', ['Twenty-four=24 exact', '75,000=75000 exact']],
    ['000', 'fr', 'une vingtaine', ['une vingtaine=20 about']],
    ['001', 'en', 'around twenty member states', ['around twenty=20 about']],
    ['003', 'fr', 'trentaine d’États', ['une trentaine=30 about']],
    ['003', 'fr', '35 pays', ['35=35 exact']],
    ['004', 'fr', 'cette trentaine de nations', ['trentaine=30 about']],
    ['004', 'fr', 'Le 10 avril', []],
    ['003', 'fr', 'Ça fait trente ans', ['trois=3 exact', 'trente=30 exact']],
  ])('%s %s %j', (doc, lang, needle, expected) => {
    const line = lineOf(doc, needle);
    const found = quantities(line, lang);
    for (const e of expected) expect(found).toContain(e);
    if (expected.length === 0) expect(found).toEqual([]);
    for (const m of findNumbers(line, lang, { all: true })) expect(line.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds no quantity in the footer lines (address, phone, project code)', () => {
    expect(quantities(lineOf('000', 'rue de Londres'), 'fr')).toEqual([]);
    expect(quantities(lineOf('000', 'T +33'), 'fr')).toEqual([]);
    expect(quantities(lineOf('001', '40104-LE'), 'en')).toEqual([]);
  });
});

describe('findNumbers: sentences written for Concorde (not in the samples)', () => {
  it.each<[Lang, string, string[]]>([
    ['en', "NATO's 32 members met in The Hague; the EU's twenty-seven member states sent some 400 officials.", ['32=32 exact', 'twenty-seven=27 exact', 'some 400=400 about']],
    ['en', 'Under Article 5, nearly two thousand troops and up to €1.2 billion were pledged by 14 countries.', ['nearly two thousand=2000 about', 'up to €1.2 billion=1200000000 at_most EUR', '14=14 exact']],
    ['fr', 'Selon le ministère, près de deux mille soldats et jusqu’à 1,2 milliard d’euros ont été promis par 14 pays.', ['près de deux mille=2000 about', 'jusqu’à 1,2 milliard d’euros=1200000000 at_most EUR', '14=14 exact']],
    ['fr', 'La mission, lancée en 2022, a formé plus de 60 000 militaires ukrainiens dans une vingtaine de pays.', ['plus de 60 000=60000 more_than', 'une vingtaine=20 about']],
    ['fr', 'Les Vingt-Sept ont adopté le 12e paquet de sanctions à l’unanimité moins une voix.', ['Vingt-Sept=27 exact']],
    ['en', 'The second summit, held on 6 January 2026, gathered 35 heads of state.', ['35=35 exact']],
  ])('%s %j', (lang, text, expected) => {
    expect(quantities(text, lang)).toEqual(expected);
  });
});
