/**
 * Word boundaries for letter-spaced display type. pdf.js reports every glyph
 * gap of tracked text as a space, so "F O R E W O R D O F X A V I E R" loses
 * its word gaps once the letters are collapsed. The words are recovered by
 * segmenting the collapsed string with the document's own vocabulary (the same
 * words appear in ordinary text elsewhere), by minimum cost dynamic programming.
 */

/** Word counts of a document, lower-cased. */
export type Vocabulary = Map<string, number>;

/** Adds the words of `text` to the vocabulary. */
export function addWords(vocab: Vocabulary, text: string): void {
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) vocab.set(w, (vocab.get(w) ?? 0) + 1);
}

// Function words that display titles use, so short documents still segment ("TABLE OF CONTENTS").
const COMMON = ['of', 'the', 'and', 'for', 'in', 'to', 'on', 'by', 'with', 'from', 'an', 'a', 'de', 'la', 'le', 'les', 'des', 'du', 'et', 'en', 'pour', 'sur', 'au', 'aux', 'par', 'dans', 'à', 'une', 'un'];
const ONE_LETTER = new Set(['a', 'à', 'i', 'y', 'o']);

const known = (vocab: Vocabulary, w: string) => (w.length > 1 || ONE_LETTER.has(w)) && (vocab.has(w) || COMMON.includes(w));

function segmentWord(token: string, vocab: Vocabulary, total: number): string[] {
  const lower = token.toLowerCase();
  if (vocab.has(lower) || token.length <= 3) return [token];
  const n = token.length;
  const logN = Math.log(total + 1);
  const cost = (w: string): number => {
    const c = known(vocab, w) ? Math.max(vocab.get(w) ?? 0, COMMON.includes(w) ? 50 : 0) : 0;
    // Unknown stretches pay per letter, so a few known words beat one long unknown word.
    return c ? logN - Math.log(c) : logN + 2.5 * w.length;
  };
  const best: number[] = new Array<number>(n + 1).fill(Infinity);
  const from: number[] = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 30); j < i; j++) {
      const c = best[j]! + cost(lower.slice(j, i));
      if (c < best[i]!) {
        best[i] = c;
        from[i] = j;
      }
    }
  }
  const parts: string[] = [];
  for (let i = n; i > 0; i = from[i]!) parts.unshift(token.slice(from[i]!, i));
  // Accept the split when most letters fall in known words and unknown parts are real words' length.
  const knownLetters = parts.filter((p) => known(vocab, p.toLowerCase())).reduce((n, p) => n + p.length, 0);
  const unknownOk = parts.every((p) => known(vocab, p.toLowerCase()) || p.length >= 4);
  return parts.length > 1 && unknownOk && knownLetters >= 0.4 * n ? parts : [token];
}

/**
 * Splits collapsed letter-spaced words ("FOREWORDOFXAVIERBETTEL," →
 * "FOREWORD OF XAVIER BETTEL,"). Numbers, punctuation and known words are kept.
 */
export function segmentLetterSpaced(text: string, vocab: Vocabulary): string {
  let total = 0;
  for (const c of vocab.values()) total += c;
  return text
    .split(' ')
    .map((tok) =>
      tok
        .replace(/\p{L}+/gu, (word) => segmentWord(word, vocab, total).join(' '))
        .replace(/([,;:·•])(?=[\p{L}\p{N}])/gu, '$1 ')
        .replace(/(?<=[·•])(?=\S)|(?<=\p{N})(?=\p{L})|(?<=[\p{L}\p{N}])(?=\()/gu, ' '),
    )
    .join(' ');
}
