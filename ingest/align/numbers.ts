import type { Token } from './tokenize.ts';

/** Cardinal number words (normalised) of French, English and German; 1 is left out: "un"/"one"/"ein" are articles. */
const UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  // French
  zero: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // English
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  // German
  null: 0, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12,
  dreizehn: 13, vierzehn: 14, funfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19, zwanzig: 20,
  dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
});
const ONES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { un: 1, une: 1, one: 1, ein: 1, eins: 1, eine: 1 });
const SCALES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  cent: 100, cents: 100, hundred: 100, hundert: 100, mille: 1000, mil: 1000, thousand: 1000, tausend: 1000,
  million: 1e6, millions: 1e6, millionen: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e9, milliarde: 1e9, milliarden: 1e9,
});
const JOINERS = new Set(['et', 'and', 'und']);
/** Ordinals map to the same value as the cardinal: "third" ~ "troisième" ~ "3e" ~ "3rd". */
const ORDINALS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  premier: 1, premiere: 1, first: 1, erste: 1, ersten: 1, erster: 1, erstes: 1,
  deuxieme: 2, second: 2, seconde: 2, zweite: 2, zweiten: 2, troisieme: 3, third: 3, dritte: 3, dritten: 3,
  quatrieme: 4, fourth: 4, vierte: 4, cinquieme: 5, fifth: 5, funfte: 5, sixieme: 6, sixth: 6, sechste: 6,
  septieme: 7, seventh: 7, siebte: 7, huitieme: 8, eighth: 8, achte: 8, neuvieme: 9, ninth: 9, neunte: 9,
  dixieme: 10, tenth: 10, zehnte: 10, vingtieme: 20, twentieth: 20, centieme: 100, hundredth: 100,
});
const CHAPTER_WORDS = new Set([
  'chapitre', 'chapter', 'kapitel', 'livre', 'book', 'buch', 'partie', 'part', 'teil', 'tome', 'volume', 'band', 'acte', 'act',
  'akt', 'scene', 'szene', 'article', 'artikel', 'section', 'titre', 'title', 'annexe', 'annex', 'anhang', 'chap', 'art',
]);
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 });

/** Value of a valid upper-case Roman numeral, else undefined. */
export function romanValue(s: string): number | undefined {
  if (!s || !ROMAN.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i] as string] ?? 0;
    const next = ROMAN_VALUES[s[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const canon = (x: number): string => String(Math.round(x * 1e6) / 1e6);

/**
 * Readings of a number written with digits. Separators are ambiguous across languages
 * ("75.000" is 75000 in French and German, 75 in English), so every plausible reading is kept.
 */
export function digitReadings(raw: string): string[] {
  const s = raw.replace(/(er|ère|re|e|ème|eme|st|nd|rd|th)$/u, '');
  const out = new Set<string>();
  const compact = s.replace(/[ \u00a0\u202f\u2009]/g, '');
  if (compact !== s) {
    out.add(canon(Number(compact)));
    return [...out];
  }
  const seps = s.match(/[.,:]/g) ?? [];
  if (seps.length === 0) out.add(canon(Number(s)));
  else {
    if (/^\d{1,3}([.,]\d{3})+$/.test(s) && new Set(seps).size === 1) out.add(canon(Number(s.replace(/[.,]/g, ''))));
    if (seps.length === 1) {
      out.add(canon(Number(s.replace(/[,:]/, '.'))));
      const [a, b] = s.split(/[.,:]/);
      // "4.45" / "6:02" are also times: "4 h 45".
      if (a !== undefined && b !== undefined && b.length === 2) {
        out.add(canon(Number(a)));
        out.add(canon(Number(b)));
      }
    }
    // "1,234.5" / "1.234,5": the last separator is the decimal one.
    if (seps.length > 1 && new Set(seps).size === 2) {
      const last = s.search(/[.,][^.,]*$/);
      out.add(canon(Number(s.slice(0, last).replace(/[.,]/g, '') + '.' + s.slice(last + 1))));
    }
  }
  return [...out].filter((x) => x !== 'NaN');
}

/** German compounds such as "vierundzwanzig", "zweihundert", "dreitausend". */
function germanCompound(w: string): number | undefined {
  if (w.length < 7) return undefined;
  for (const [scaleWord, scale] of [['tausend', 1000], ['hundert', 100]] as const) {
    const k = w.indexOf(scaleWord);
    if (k >= 0 && k + scaleWord.length <= w.length) {
      const head = w.slice(0, k);
      const tail = w.slice(k + scaleWord.length);
      const h = head === '' || head === 'ein' ? 1 : (UNITS[head] ?? germanCompound(head));
      const t = tail === '' ? 0 : (UNITS[tail] ?? ONES[tail] ?? germanCompound(tail));
      if (h !== undefined && t !== undefined) return h * scale + t;
    }
  }
  const u = w.indexOf('und');
  if (u > 0) {
    const a = w.slice(0, u);
    const b = w.slice(u + 3);
    const av = ONES[a] ?? UNITS[a];
    const bv = UNITS[b];
    if (av !== undefined && av < 10 && bv !== undefined && bv >= 20 && bv % 10 === 0) return av + bv;
  }
  return undefined;
}

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), ...Object.keys(ORDINALS)]);
const mayBeGermanNumber = (w: string): boolean => w.length >= 7 && (w.includes('zig') || w.includes('hundert') || w.includes('tausend') || w.includes('und'));

const COMPOUND_CACHE = new Map<string, number | null>();
function wordValue(w: string): number | undefined {
  const u = UNITS[w];
  if (u !== undefined) return u;
  if (w.length < 7) return undefined;
  let c = COMPOUND_CACHE.get(w);
  if (c === undefined) {
    c = germanCompound(w) ?? null;
    if (COMPOUND_CACHE.size > 100_000) COMPOUND_CACHE.clear();
    COMPOUND_CACHE.set(w, c);
  }
  return c ?? undefined;
}

/**
 * Number keys of a tokenised unit: digits in any notation, number words ("vingt-quatre",
 * "twenty-four", "soixante-quinze", "quatre-vingts"), ordinals ("3e", "third") and Roman
 * numerals ("II", or "I" after "chapitre"). Values are canonical decimal strings.
 */
export function numberKeys(tokens: Token[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind === 'number') {
      out.push(...digitReadings(t.raw));
      i++;
      continue;
    }
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    // Fast exit for the vast majority of words: no number word, no Roman numeral starts like this.
    const c0 = t.raw.charCodeAt(0);
    if (!NUMBER_WORDS.has(t.norm) && !(c0 === 73 || c0 === 86 || c0 === 88 || c0 === 76 || c0 === 67 || c0 === 68 || c0 === 77) && !mayBeGermanNumber(t.norm)) {
      i++;
      continue;
    }
    const ord = ORDINALS[t.norm];
    if (ord !== undefined) {
      out.push(String(ord));
      i++;
      continue;
    }
    const prev = tokens[i - 1];
    const romanLike = t.raw.length <= 8 && /^[IVXLCDM]+$/.test(t.raw);
    const roman = romanLike && (t.raw.length >= 2 || (prev !== undefined && CHAPTER_WORDS.has(prev.norm))) ? romanValue(t.raw) : undefined;
    if (roman !== undefined) {
      out.push(String(roman));
      i++;
      continue;
    }
    // A run of number words: accumulate like "deux cent cinquante mille".
    let j = i;
    let total = 0;
    let current = 0;
    let any = false;
    let words = 0;
    while (j < tokens.length) {
      const w = (tokens[j] as Token).norm;
      if ((tokens[j] as Token).kind !== 'word' || (j > i && !(tokens[j] as Token).joined)) break;
      const v = wordValue(w) ?? (words > 0 ? ONES[w] : undefined);
      const sc = SCALES[w];
      if (v !== undefined) {
        // "quatre-vingt(s)" = 4 x 20
        if (v === 20 && current % 100 === 4 && (w === 'vingt' || w === 'vingts')) current += 76;
        else current += v;
        any = true;
      } else if (sc !== undefined && (any || sc >= 100)) {
        if (sc === 100) current = Math.max(1, current) * 100;
        else {
          total += Math.max(1, current) * sc;
          current = 0;
        }
        any = true;
      } else if (JOINERS.has(w) && any && j + 1 < tokens.length && wordValue((tokens[j + 1] as Token).norm) === undefined && ONES[(tokens[j + 1] as Token).norm] !== undefined) {
        // "vingt et un", "hundred and one"
      } else if (JOINERS.has(w) && any && j + 1 < tokens.length && wordValue((tokens[j + 1] as Token).norm) !== undefined) {
        // "one hundred and five"
      } else break;
      j++;
      words++;
    }
    if (any) {
      out.push(String(total + current));
      i = j;
    } else i++;
  }
  return out;
}
