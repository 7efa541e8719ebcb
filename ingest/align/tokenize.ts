/** A token of a unit: a word, a number or a telling punctuation mark. */
export interface Token {
  /** Lower-cased, accent-stripped form ("securite", "75 000" stays raw for numbers). */
  norm: string;
  /** The text as written. */
  raw: string;
  kind: 'word' | 'number' | 'punct';
  /** Word starts with an upper-case letter. */
  cap: boolean;
  /** First word of the unit (its capital says nothing). */
  initial: boolean;
  /** Word is glued to the previous one by a hyphen ("vingt-quatre", "États-Unis"). */
  hyphenated: boolean;
  /** Only spaces or a hyphen separate it from the previous token (number words may join). */
  joined: boolean;
}

// Numbers with thin/normal-space thousand groups ("75 000") come first so they stay whole.
const TOKEN_RE = /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d])|\d+(?:[.,:]\d+)*(?:er|ère|re|e|ème|eme|st|nd|rd|th|nd)?(?![\p{L}\d])|[\p{L}\p{M}]+|[?!«»"“”„‚‘’:;()]/gu;

/** Lower-case, strip accents, unfold ligatures: "Sécurité" -> "securite", "Œuvre" -> "oeuvre". */
export function normalizeWord(w: string): string {
  if (isPlainLower(w)) return w;
  let n = CACHE.get(w);
  if (n === undefined) {
    n = normalizeUncached(w);
    if (CACHE.size > 200_000) CACHE.clear();
    CACHE.set(w, n);
  }
  return n;
}

/** Already normal: only ASCII lower-case letters (most words), no look-up needed. */
function isPlainLower(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

// Words repeat: a bounded cache saves the Unicode normalisation (the result never depends on it).
const CACHE = new Map<string, string>();

function normalizeUncached(w: string): string {
  return w
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/**
 * Splits a unit into tokens. Apostrophes and hyphens cut words ("l'Ukraine" -> l, ukraine),
 * hyphen-joined parts are flagged so number words and names can be re-joined.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let seenWord = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index;
    const c = raw.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? 'number' : raw.length === 1 && PUNCT_CHARS.includes(raw) ? 'punct' : 'word';
    const isWord = kind === 'word';
    const initial = isWord && !seenWord;
    if (isWord) seenWord = true;
    out.push({
      norm: isWord ? normalizeWord(raw) : raw,
      raw,
      kind,
      cap: isWord && raw[0] !== raw[0]?.toLowerCase(),
      initial,
      hyphenated: isWord && prevEnd === start - 1 && HYPHENS.includes(text[start - 1] ?? ''),
      joined: prevEnd >= 0 && onlySpacesOrHyphens(text, prevEnd, start),
    });
    prevEnd = start + raw.length;
  }
  return out;
}

const PUNCT_CHARS = '?!«»"“”„‚‘’:;()';
const HYPHENS = '-‐‑';

function onlySpacesOrHyphens(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k] as string;
    if (!HYPHENS.includes(ch) && ch.trim() !== '') return false;
  }
  return true;
}
