import type { Approx } from '../model.ts';
import { APPROX_NOUNS_FR, type Lang } from './number-words.ts';

/** A vague or approximate quantity ("une trentaine", "des centaines", "dozens of"); offsets into the searched string. */
export interface ApproxNumber {
  start: number;
  end: number;
  amount: number;
  approx: Approx;
}

const SP = '[\\s\\u00A0\\u202F]+';
const DE = `(?=${SP}(?:de|d['’]|des)(?![\\p{L}])|${SP}?d['’])`;
const OF = `(?=${SP}of(?![\\p{L}]))`;

/**
 * French: "une trentaine de" (about 30), "des dizaines de" / "plusieurs centaines de" (at least
 * twice the unit), "une centaine de milliers de" (about 100 000), "des milliers de". Only before
 * "de": "en quarantaine" is a quarantine, not forty.
 */
const FR_APPROX = new RegExp(
  `(?<![\\p{L}])(?:(une?|des|plusieurs|quelques)${SP})?(${Object.keys(APPROX_NOUNS_FR).join('|')})(s?)(?:${SP}de${SP}(milliers|millions))?(?![\\p{L}])${DE}`,
  'giu',
);
const FR_VAGUE = new RegExp(`(?<![\\p{L}])(?:des|plusieurs|quelques)${SP}(milliers|millions|milliards)(?![\\p{L}])${DE}`, 'giu');

/** English: "a dozen", "half a dozen", "dozens of", "hundreds of", "tens of thousands of". */
const EN_DOZEN = new RegExp(`(?<![\\p{L}])(half${SP}a|a)${SP}dozen(?![\\p{L}])`, 'giu');
const EN_VAGUE = new RegExp(
  `(?<![\\p{L}])(?:(?:several|many)${SP})?(dozens|tens|hundreds|thousands|millions|billions)(?:${SP}of${SP}(thousands|millions))?(?![\\p{L}])${OF}`,
  'giu',
);

const BIG: Record<string, number> = {
  dozens: 12,
  tens: 10,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  milliers: 1e3,
  milliards: 1e9,
};

/** Every vague or approximate quantity in `text`. */
export function findApproxNumbers(text: string, lang: Lang): ApproxNumber[] {
  const out: ApproxNumber[] = [];
  if (lang === 'fr') {
    for (const m of text.matchAll(FR_APPROX)) {
      const [, det, noun = '', plural, times] = m;
      const base = APPROX_NOUNS_FR[noun.toLowerCase()] ?? 0;
      const many = plural === 's' || ['des', 'plusieurs', 'quelques'].includes((det ?? '').toLowerCase());
      const mult = times ? (BIG[times.toLowerCase()] ?? 1) : 1;
      out.push({ start: m.index, end: m.index + m[0].length, amount: base * mult * (many ? 2 : 1), approx: many ? 'at_least' : 'about' });
    }
    for (const m of text.matchAll(FR_VAGUE)) {
      out.push({ start: m.index, end: m.index + m[0].length, amount: 2 * (BIG[(m[1] ?? '').toLowerCase()] ?? 0), approx: 'at_least' });
    }
  } else {
    for (const m of text.matchAll(EN_DOZEN)) {
      out.push({ start: m.index, end: m.index + m[0].length, amount: (m[1] ?? '').toLowerCase() === 'a' ? 12 : 6, approx: 'about' });
    }
    for (const m of text.matchAll(EN_VAGUE)) {
      const unit = BIG[(m[1] ?? '').toLowerCase()] ?? 0;
      const times = m[2] ? (BIG[m[2].toLowerCase()] ?? 1) : 1;
      // "tens" alone ("tens of soldiers") is rare and vague; only "tens of thousands".
      if ((m[1] ?? '').toLowerCase() === 'tens' && !m[2]) continue;
      out.push({ start: m.index, end: m.index + m[0].length, amount: 2 * unit * times, approx: 'at_least' });
    }
  }
  return out;
}
