import { fold } from './text-utils.ts';

/** A number written in words, with its position: "vingt-quatre" / "twenty-four" = 24. */
export interface WordNumber {
  value: number;
  start: number;
  end: number;
  /** "une vingtaine" / "around twenty"-style approximations and ordinals: never flagged when missing. */
  approximate: boolean;
  ordinal: boolean;
}

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  cent: 100, cents: 100, hundred: 100, mille: 1000, thousand: 1000, million: 1e6, millions: 1e6, milliard: 1e9,
  milliards: 1e9, billion: 1e9,
};
const APPROX: Record<string, number> = {
  dizaine: 10, douzaine: 12, dozen: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40,
  cinquantaine: 50, soixantaine: 60, centaine: 100, millier: 1000, milliers: 1000, thousands: 1000, dozens: 12,
};
const ORDINALS: Record<string, number> = {
  premier: 1, premiere: 1, first: 1, deuxieme: 2, troisieme: 3, third: 3, quatrieme: 4, fourth: 4,
  cinquieme: 5, fifth: 5, sixieme: 6, sixth: 6, septieme: 7, seventh: 7, huitieme: 8, eighth: 8, neuvieme: 9,
  ninth: 9, dixieme: 10, tenth: 10, vingtieme: 20, twentieth: 20, centieme: 100, hundredth: 100,
};
const JOINERS = new Set(['et', 'and']);

const isNumberWord = (w: string): boolean => w in UNITS || w in SCALES;

/**
 * Numbers written in words, French and English. "un"/"une"/"one" alone are articles and are
 * skipped; "pour cent"/"per cent" is a percent sign, not a hundred.
 */
export function wordNumbers(text: string): WordNumber[] {
  const out: WordNumber[] = [];
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ w: fold(m[0]), start: m.index, end: m.index + m[0].length }));
  let i = 0;
  while (i < words.length) {
    const cur = words[i]!;
    const prev = words[i - 1]?.w;
    if (cur.w in APPROX || cur.w in ORDINALS) {
      const value = APPROX[cur.w] ?? ORDINALS[cur.w] ?? 0;
      out.push({ value, start: cur.start, end: cur.end, approximate: cur.w in APPROX, ordinal: cur.w in ORDINALS });
      i++;
      continue;
    }
    if (!isNumberWord(cur.w) || ((cur.w === 'cent' || cur.w === 'cents') && (prev === 'pour' || prev === 'per'))) {
      i++;
      continue;
    }
    // Collect the run: number words joined by spaces, hyphens or "et"/"and" between number words.
    let j = i;
    const run: string[] = [];
    while (j < words.length) {
      const w = words[j]!;
      const gap = j > i ? text.slice(words[j - 1]!.end, w.start) : '';
      if (j > i && !/^[\s\u00a0-]*$/.test(gap)) break;
      if (isNumberWord(w.w)) run.push(w.w);
      else if (JOINERS.has(w.w) && isNumberWord(words[j + 1]?.w ?? '') && run.length > 0) run.push(w.w);
      else break;
      j++;
    }
    const end = words[j - 1]!.end;
    const value = runValue(run);
    const lone1 = run.length === 1 && UNITS[run[0]!] === 1;
    if (!lone1 && value !== undefined) out.push({ value, start: cur.start, end, approximate: false, ordinal: false });
    i = j;
  }
  return out;
}

/** Value of a run of number words; "quatre vingt dix" = 90, "two hundred and five" = 205. */
function runValue(run: string[]): number | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  for (const w of run) {
    if (JOINERS.has(w)) continue;
    const unit = UNITS[w];
    const scale = SCALES[w];
    if (unit !== undefined) {
      // "quatre-vingt": four twenties.
      if (unit === 20 && last === 4) current = current - 4 + 80;
      else current += unit;
      last = unit;
    } else if (scale === 100) {
      current = (current || 1) * 100;
      last = 100;
    } else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
      last = scale;
    }
  }
  return total + current;
}
