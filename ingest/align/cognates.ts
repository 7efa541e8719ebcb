/**
 * Cognate keys: spelling shapes that French, English and German words of common Latin/Greek
 * origin share. Two shapes per word: the first five letters ("securite"/"security" -> "secur")
 * and a consonant skeleton after folding spelling variants ("gouvernement"/"government" ->
 * "gvrn", "Vestphalie"/"Westphalia" -> "vstf"). Inputs are normalised words (no accents).
 */
export function cognateKeys(norm: string): string[] {
  if (norm.length < 4) return [];
  const out: string[] = [norm.length >= 5 ? norm.slice(0, 5) : norm];
  const sk = skeleton(norm);
  if (sk.length >= 4) out.push(sk.slice(0, 4));
  return out;
}

/** Consonant skeleton with folded spelling variants (ph=f, w=v, k/q=c, th=t, double letters). */
export function skeleton(norm: string): string {
  const s = norm
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'c')
    .replace(/qu/g, 'c')
    .replace(/[kq]/g, 'c')
    .replace(/w/g, 'v')
    .replace(/z/g, 's')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s;
}
