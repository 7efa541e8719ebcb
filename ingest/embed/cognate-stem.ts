/**
 * Light lemmatisation and FR/EN suffix folding for cognate keys. Input: a normalised word
 * (lower case, no accents, see align/tokenize.ts). Output: a stem that a French word and its
 * English cognate tend to share: "securite"/"security" -> "security", "ukrainiens"/"Ukrainian"
 * -> "ukrainian", "dangereuses"/"dangerous" -> "dangerous", "politiques"/"politics" -> "politic".
 */
export function cognateStem(norm: string, lang: 'fr' | 'en' | undefined): string {
  let w = stripInflection(norm, lang);
  for (const [from, to] of lang === 'en' ? EN_SUFFIXES : lang === 'fr' ? FR_SUFFIXES : BOTH) {
    if (w.length - from.length >= 3 && w.endsWith(from)) {
      w = w.slice(0, w.length - from.length) + to;
      break;
    }
  }
  // A final mute "e" differs freely between the languages ("active"/"actif" -> "activ").
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Plural and feminine endings (French), plural/-ed/-ing (English); unknown language: the common ones. */
function stripInflection(w: string, lang: 'fr' | 'en' | undefined): string {
  if (w.length <= 4) return w;
  if (lang !== 'en') {
    // "ukrainiennes" -> "ukrainien", "actives" -> "actif", "dangereuses" -> "dangereux".
    if (w.endsWith('iennes') || w.endsWith('iens')) return w.replace(/(ienne|ien)s$/, 'ien');
    if (w.endsWith('ienne')) return w.slice(0, -2);
    if (w.endsWith('euses') || w.endsWith('euse')) return w.replace(/euses?$/, 'eux');
    if (w.endsWith('ives') || w.endsWith('ive')) return w.replace(/ives?$/, 'if');
    if (w.endsWith('elles') || w.endsWith('elle')) return w.replace(/elles?$/, 'el');
    if (w.endsWith('aux')) return w.slice(0, -3) + 'al';
    if (w.endsWith('ees')) return w.slice(0, -3) + 'e';
    if (w.endsWith('es') && lang === 'fr') return w.slice(0, -1);
  }
  if (lang !== 'fr') {
    if (w.endsWith('ies') && w.length > 5) return w.slice(0, -3) + 'y';
    if (w.endsWith('ing') && w.length > 6) return w.slice(0, -3);
    if (w.endsWith('ed') && w.length > 5) return w.slice(0, -2);
  }
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Suffix pairs, longest first, folded to the English spelling. */
const FR_SUFFIXES: [string, string][] = [
  ['ication', 'ication'], ['ement', 'ly'], ['ite', 'ity'], ['ique', 'ic'], ['eux', 'ous'], ['isme', 'ism'], ['iste', 'ist'],
  ['aire', 'ary'], ['oire', 'ory'], ['ien', 'ian'], ['ain', 'an'], ['if', 'ive'], ['el', 'al'], ['ie', 'y'], ['eur', 'or'],
  ['iser', 'ize'], ['ise', 'ize'], ['er', ''],
];
const EN_SUFFIXES: [string, string][] = [
  ['ise', 'ize'], ['our', 'or'], ['ics', 'ic'], ['ical', 'ic'], ['ate', ''],
];
const BOTH: [string, string][] = [...FR_SUFFIXES, ...EN_SUFFIXES];
