import { describe, expect, it } from 'vitest';
import { entityKeys } from '../../ingest/align/acronyms.ts';
import { cognateKeys, skeleton } from '../../ingest/align/cognates.ts';
import { builtInLexicon, indexLexicon, lookup, parseLexicon } from '../../ingest/align/lexicon.ts';
import { digitReadings, numberKeys, romanValue } from '../../ingest/align/numbers.ts';
import { guessLang } from '../../ingest/align/stopwords.ts';
import { normalizeWord, tokenize } from '../../ingest/align/tokenize.ts';
import { galeChurchCost, logErfc } from '../../ingest/align/gale-church.ts';
import { longestChain } from '../../ingest/align/anchors.ts';

const nums = (s: string) => numberKeys(tokenize(s));
const shared = (a: string[], b: string[]) => a.some((x) => b.includes(x));

describe('number evidence', () => {
  it('reads digits in French, English and German notations', () => {
    expect(nums('75 000 soldats')).toContain('75000');
    expect(nums('75\u202f000 soldats')).toContain('75000');
    expect(nums('75,000 soldiers')).toContain('75000');
    expect(nums('75.000 Soldaten')).toContain('75000');
    expect(nums('1,5 %')).toEqual(['1.5']);
    expect(nums('1.5%')).toEqual(['1.5']);
    expect(nums('article 42.7')).toContain('42.7');
    expect(digitReadings('1,234.5')).toContain('1234.5');
    expect(digitReadings('1.234,5')).toContain('1234.5');
  });

  it('reads number words, compounds, ordinals and Roman numerals', () => {
    expect(nums('Vingt-quatre États')).toEqual(['24']);
    expect(nums('Twenty-four states')).toEqual(['24']);
    expect(nums('quatre-vingt-dix-neuf ans')).toEqual(['99']);
    expect(nums('soixante-quinze')).toEqual(['75']);
    expect(nums('deux cent cinquante mille')).toEqual(['250000']);
    expect(nums('vingt et un')).toEqual(['21']);
    expect(nums('one hundred and five')).toEqual(['105']);
    expect(nums('vierundzwanzig Stunden')).toEqual(['24']);
    expect(nums('le 3e jour')).toEqual(['3']);
    expect(nums('the third day')).toEqual(['3']);
    expect(nums('the 21st century')).toEqual(['21']);
    expect(nums('CHAPITRE II')).toEqual(['2']);
    expect(nums('Chapitre I.')).toEqual(['1']);
    expect(nums('I think so')).toEqual([]); // English "I" is not one
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('CIVIL')).toBeUndefined();
  });

  it('keeps separate number words apart and ignores articles', () => {
    expect(nums('deux, trois')).toEqual(['2', '3']);
    expect(nums('un homme et une femme')).toEqual([]);
    expect(nums('constructor toString __proto__')).toEqual([]);
  });

  it('reads times both ways: "4.45 Uhr" and "4 h 45" share their parts', () => {
    expect(shared(nums('4.45 Uhr'), nums('4 h 45'))).toBe(true);
  });
});

describe('names, acronyms and cognates', () => {
  const ents = (s: string) => entityKeys(tokenize(s));
  it('pairs French and English acronyms and names', () => {
    for (const [fr, en] of [['OTAN', 'NATO'], ['UE', 'EU'], ['BITDE', 'EDTIB'], ['SEAE', 'EEAS'], ['ONU', 'UN'], ['les États-Unis', 'the United States'], ['les États-Unis', 'the US'], ['Royaume-Uni', 'UK'], ['Londres', 'London']]) {
      expect(shared(ents(fr as string), ents(en as string)), `${fr} ~ ${en}`).toBe(true);
    }
  });
  it('matches acronyms case-sensitively', () => {
    expect(shared(ents('the WHO said'), ents('who said'))).toBe(false);
  });
  it('gives cognates a shared shape', () => {
    const c = (w: string) => cognateKeys(normalizeWord(w));
    for (const [a, b] of [['sécurité', 'security'], ['coordination', 'coordination'], ['gouvernement', 'government'], ['Vestphalie', 'Westphalia'], ['chapitre', 'chapter']]) {
      expect(shared(c(a as string), c(b as string)), `${a} ~ ${b}`).toBe(true);
    }
    expect(shared(c('maison'), c('house'))).toBe(false);
    expect(cognateKeys('les')).toEqual([]);
    expect(skeleton('philosophy')).toBe('flsf');
  });
});

describe('lexicon', () => {
  it('has every form as a single word token', () => {
    const groups = builtInLexicon();
    expect(groups.length).toBeGreaterThan(1000);
    for (const g of groups) {
      for (const [lang, forms] of Object.entries(g.forms)) {
        for (const f of forms) {
          const t = tokenize(f);
          expect(t.length === 1 && t[0]?.kind === 'word', `${lang} "${f}"`).toBe(true);
        }
      }
    }
  });

  it('finds inflected forms through their stems', () => {
    const groups = parseLexicon('parler\tspeak spoke\n# comment\nmaison\thouse\nêtre est était fut\tbe is was were\n');
    expect(groups).toHaveLength(3);
    const fr = indexLexicon(groups, 'fr');
    const en = indexLexicon(groups, 'en');
    expect(lookup(fr, 'parlaient')).toEqual(lookup(en, 'speaking'));
    expect(lookup(fr, 'maisons')).toEqual(lookup(en, 'houses'));
    expect(lookup(fr, normalizeWord('était'))).toEqual(lookup(en, 'was'));
    expect(lookup(fr, 'voiture')).toEqual([]);
  });

  it('links frequent non-cognate words of the two languages', () => {
    const groups = builtInLexicon();
    const fr = indexLexicon(groups, 'fr');
    const en = indexLexicon(groups, 'en');
    const same = (f: string, e: string) => shared(lookup(fr, normalizeWord(f)).map(String), lookup(en, e).map(String));
    for (const [f, e] of [['maison', 'house'], ['était', 'was'], ['yeux', 'eyes'], ['pensa', 'thought'], ['chevaux', 'horses'], ['aujourd', 'today'], ['femme', 'woman']]) {
      expect(same(f as string, e as string), `${f} ~ ${e}`).toBe(true);
    }
  });
});

describe('helpers', () => {
  it('guesses the language from function words', () => {
    expect(guessLang('le chat est sur la table et il dort dans la maison'.split(' '))).toBe('fr');
    expect(guessLang('the cat is on the table and it sleeps in the house'.split(' '))).toBe('en');
    expect(guessLang('die Katze ist auf dem Tisch und sie schläft'.toLowerCase().split(' '))).toBe('de');
    expect(guessLang(['xyz'])).toBeUndefined();
  });

  it('gives a length cost that is low for proportional lengths and grows with the mismatch', () => {
    expect(galeChurchCost(100, 110, 1.1, 6.8)).toBeLessThan(0.01);
    expect(galeChurchCost(100, 200, 1.1, 6.8)).toBeGreaterThan(galeChurchCost(100, 150, 1.1, 6.8));
    expect(Math.exp(logErfc(1))).toBeCloseTo(0.157299, 5);
    expect(Number.isFinite(logErfc(40))).toBe(true);
  });

  it('keeps the longest chain of increasing anchor proposals', () => {
    const chain = longestChain([[0, 0], [1, 5], [2, 1], [3, 2], [4, 3], [4, 4]]);
    // (1, 5) breaks the chain; only one of the two row-4 points can be in it.
    expect(chain.slice(0, 3)).toEqual([[0, 0], [2, 1], [3, 2]]);
    expect(chain).toHaveLength(4);
    expect(chain[3]?.[0]).toBe(4);
  });
});
