/**
 * Hyphens at line, column and page ends: a soft break made by the typesetter
 * ("sécu-|rité" → "sécurité") or a real hyphen that happened to fall at the
 * line end ("cessez-|le-feu", "counter-|offensive")? The document itself is the
 * first witness (does the hyphenated or the joined form occur elsewhere, away
 * from a line end?); rules decide when it is silent.
 */

/** Counts of the words a document uses away from line-end breaks, lower-cased. */
export type HyphenEvidence = Map<string, number>;

const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const ELISION = /^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]/i;

/** Normalises a token for counting: lower case, no surrounding punctuation, curly apostrophes straightened. */
export function wordKey(token: string): string {
  return token.replace(/’/g, "'").replace(EDGE_PUNCT, '').toLowerCase();
}

/** Adds a token (and its form without French elision) to the evidence. */
export function addEvidence(ev: HyphenEvidence, token: string): void {
  const k = wordKey(token);
  if (!k) return;
  ev.set(k, (ev.get(k) ?? 0) + 1);
  const bare = k.replace(ELISION, '');
  if (bare !== k && bare) ev.set(bare, (ev.get(bare) ?? 0) + 1);
}

/** Prefixes that keep their hyphen (French and English compounds). */
const PREFIXES = new Set([
  // French
  'contre', 'cessez', 'non', 'après', 'avant', 'arrière', 'vice', 'ex', 'demi', 'mi', 'semi', 'quasi', 'sans',
  'franco', 'germano', 'anglo', 'russo', 'sino', 'italo', 'porte', 'haut',
  // English
  'counter', 'self', 'cross', 'well', 'half', 'ill', 'all', 'vice', 'ex', 'non', 'quasi', 'semi',
]);

/** Word endings that only ever continue a word split by the typesetter. */
const SUFFIX = /^(?:ing|ings|ed|es|ly|ity|ities|ment|ments|ness|tion|tions|sion|sions|ation|ations|ance|ances|ence|ences|able|ible|ive|ives|ous|al|ial|ian|ians|er|ers|est|ism|ist|ists|ize|ise|ized|ised|ité|ités|ique|iques|aire|aires|eur|eurs|euse|ant|ante|ants|antes|isme|iste|istes|ement|ements|ée|ées|és|ale|ales|aux|elle|elles|ienne|iennes|ien|iens)$/i;

/** How likely the document is to wrap at real hyphens only (no automatic hyphenation). */
export interface HyphenPrior {
  keepByDefault: boolean;
}

/**
 * Decides whether the hyphen that ends a line is a real one. `left` is the
 * word before the hyphen (without it), `right` the first word of the next line.
 * Returns true to keep the hyphen ("cessez-le-feu"), false to join ("sécurité").
 */
export function keepHyphen(left: string, right: string, ev: HyphenEvidence, prior: HyphenPrior = { keepByDefault: false }): boolean {
  const l = left.replace(/^[^\p{L}\p{N}]+/u, '').replace(/’/g, "'");
  const r = right.replace(/[^\p{L}\p{N}]+$/u, '').replace(/’/g, "'");
  if (!l || !r) return true;
  // A hyphenated continuation ("le-feu", "à-dire", "t-il") means a compound series, unless the
  // left part is a fragment ("fran-|co-luxembourgeoise"): neither it nor the next piece is a word.
  if (r.includes('-')) {
    const seg = wordKey(r.split('-')[0] ?? '');
    const lw = wordKey(l);
    const joinedSeg = ev.get(lw + seg) ?? 0;
    const hyphSeg = ev.get(`${lw}-${seg}`) ?? 0;
    if (joinedSeg !== hyphSeg) return hyphSeg > joinedSeg;
    return seg === 't' || (ev.get(seg) ?? 0) > 0 || (ev.get(lw) ?? 0) > 0 || ev.size === 0;
  }
  if (/\p{N}$/u.test(l) || /^\p{N}/u.test(r)) return true;
  const lk = wordKey(l);
  const rk = wordKey(r);
  const lastSeg = lk.split('-').pop() ?? lk;
  const hyph = Math.max(countIn(ev, `${lk}-${rk}`), countIn(ev, bare(`${lk}-${rk}`)), lk !== lastSeg ? countIn(ev, `${lastSeg}-${rk}`) : 0);
  const joined = Math.max(countIn(ev, lk + rk), countIn(ev, bare(lk + rk)), lk !== lastSeg ? countIn(ev, lastSeg + rk) : 0);
  if (hyph > joined) return true;
  if (joined > hyph) return false;
  if (SUFFIX.test(rk)) return false;
  // Capitalised second part: "EU-|Ukraine", "Pan-|Canadian".
  if (/^\p{Lu}/u.test(r)) return true;
  if (lastSeg.length === 1) return true;
  if (PREFIXES.has(lastSeg)) return true;
  return prior.keepByDefault;
}

// Module-level helpers, not closures: tsx keeps function names by wrapping every named local
// arrow in a defineProperty call, each time the enclosing function runs (hot here).
const countIn = (ev: HyphenEvidence, w: string): number => ev.get(w) ?? 0;
const bare = (w: string): string => w.replace(ELISION, '');

const WHITESPACE = /\s/;

/**
 * `/(\S*?)[-\u2010]$/u.exec(text)?.[1]`: the non-space characters before a final hyphen. A regex
 * ending in `$` is tried from every start position: over a whole block's text, for each of its
 * lines, that was quadratic. (Whitespace is all in the BMP, so code units can be tested one by one.)
 */
function wordBeforeFinalHyphen(text: string): string | undefined {
  const end = text.length - 1;
  const last = text.charCodeAt(end);
  if (last !== 0x2d && last !== 0x2010) return undefined;
  let start = end;
  while (start > 0 && !WHITESPACE.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** `text.split(/\s/)[0]`, without splitting all of a long text. */
const firstWord = (text: string): string => {
  const at = text.search(WHITESPACE);
  return at < 0 ? text : text.slice(0, at);
};

/** The end of a text, long enough for the end-anchored tests below (each looks at two code points at most). */
const tail = (text: string): string => text.slice(-8);

/**
 * Joins two pieces of text across a line/column/page end, handling a final
 * hyphen, soft hyphen or attached dash. Returns the separator to use and how
 * many characters to cut from the end of `before`.
 */
export function joinPlan(before: string, after: string, softBreak: boolean, ev: HyphenEvidence, prior?: HyphenPrior, maybeSoft = false): { cut: number; sep: string } {
  if (softBreak) return { cut: 0, sep: '' };
  const left = wordBeforeFinalHyphen(before);
  if (left !== undefined && /[\p{L}\p{N}]$/u.test(left) && /^[\p{L}\p{N}]/u.test(after)) {
    return keepHyphen(left, firstWord(after), ev, prior) ? { cut: 0, sep: '' } : { cut: 1, sep: '' };
  }
  const end = tail(before);
  // "EU–" + "Ukraine": a dash glued to a word stays glued.
  if (/[\p{L}\p{N}][–—/]$/u.test(end) && /^[\p{L}\p{N}]/u.test(after)) return { cut: 0, sep: '' };
  // A soft hyphen the extractor dropped ("frag" | "mentation"): two non-words that make a word of the document.
  const lw = wordKey(before.slice(before.lastIndexOf(' ') + 1));
  const rw = wordKey(firstWord(after));
  if (/\p{L}$/u.test(end) && /^\p{Ll}/u.test(after) && lw.length + rw.length >= 6) {
    const rare = maybeSoft ? 2 : 1;
    if (countIn(ev, lw) <= rare && countIn(ev, rw) <= rare && (maybeSoft || countIn(ev, lw + rw) >= 1)) return { cut: 0, sep: '' };
  }
  return { cut: 0, sep: ' ' };
}

/** A line as the evidence builder needs it. */
export interface EvidenceLine {
  text: string;
  softHyphenEnd: boolean;
}

const HYPHEN_END = /\p{L}[-\u2010]$/u;

/**
 * Counts the document's words, leaving out the two halves of every line-end
 * break (the last word of a line ending in a hyphen and the first word of the
 * next line), so that only unbroken occurrences count as evidence.
 */
export function buildEvidence(lines: EvidenceLine[]): HyphenEvidence {
  const ev: HyphenEvidence = new Map();
  let prevBroken = false;
  for (const l of lines) {
    const tokens = l.text.split(/\s+/).filter(Boolean);
    const broken = l.softHyphenEnd || HYPHEN_END.test(tail(l.text));
    tokens.forEach((t, i) => {
      if (i === 0 && prevBroken) return;
      if (i === tokens.length - 1 && broken) return;
      addEvidence(ev, t);
    });
    prevBroken = broken;
  }
  return ev;
}

/**
 * Word processors wrap at real hyphens only; typesetting programs hyphenate.
 * When the document's own evidence shows mostly real hyphens at line ends, an
 * undecided hyphen is kept.
 */
export function hyphenPrior(lines: EvidenceLine[], ev: HyphenEvidence): HyphenPrior {
  let soft = 0;
  let real = 0;
  let broken = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    if (a.softHyphenEnd) {
      soft++;
      continue;
    }
    const word = wordBeforeFinalHyphen(a.text);
    const right = lines[i + 1]!.text.split(/\s+/)[0] ?? '';
    if (!word || !HYPHEN_END.test(tail(a.text)) || !/^\p{L}/u.test(right)) continue;
    broken++;
    const lk = wordKey(word);
    const rk = wordKey(right);
    const hyph = ev.get(`${lk}-${rk}`) ?? 0;
    const joined = ev.get(lk + rk) ?? 0;
    if (hyph > joined) real++;
    else if (joined > hyph) soft++;
  }
  // Hyphenating typesetters break 3–10 % of justified lines; word processors rarely break at all.
  const rare = broken < 0.02 * lines.length;
  return { keepByDefault: (real >= 3 && real > 2 * soft) || (real >= 1 && soft === 0 && rare) };
}
