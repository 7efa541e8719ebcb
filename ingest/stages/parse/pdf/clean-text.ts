/**
 * Character-level cleaning of pdf.js text items: C0 controls, private-use
 * bullets, soft hyphens, exotic spaces and zero-width characters.
 */

const SOFT_HYPHEN = '\u00AD';
// C0 controls except \n; tabs and InDesign's U+0007/U+0008 act as gaps, so they become spaces.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\n]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\uFFFD]/g;
// Symbol / Wingdings glyphs mapped into the private-use area (U+F0B7 is the Symbol bullet).
const PUA_SYMBOL = /[\uF000-\uF0FF]/g;
const PUA_OTHER = /[\uE000-\uEFFF\uF100-\uF8FF]/g;

/** Printable ASCII, Latin-1 letters and signs (not NBSP, not the soft hyphen), curly quotes, dashes, ellipsis. */
const UNTOUCHED = /^[\u0020-\u007E\u00A1-\u00AC\u00AE-\u00FF\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;

/** Counts C0 control characters (what a font without ToUnicode map extracts as). */
export function countControls(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== 0x09) || c === 0x7f) n++;
  }
  return n;
}

/** Result of cleaning one text item. */
export interface CleanedText {
  text: string;
  softHyphenEnd: boolean;
  /** The item was mostly control characters: it carries no readable text. */
  junk: boolean;
}

/**
 * Cleans one text item. Private-use Symbol glyphs become "•" (they are list
 * bullets in Word PDFs), other private-use characters disappear; soft hyphens
 * are removed, and a trailing one is reported so the line join can treat it as a
 * hyphenation point.
 */
export function cleanItemText(raw: string): CleanedText {
  // Most items: printable characters none of the rules below touch, already NFC (no combining marks).
  if (UNTOUCHED.test(raw)) return { text: raw, softHyphenEnd: false, junk: false };
  const visible = raw.replace(/\s/g, '');
  const controls = countControls(visible);
  if (visible.length > 0 && controls / visible.length >= 0.3) return { text: '', softHyphenEnd: false, junk: true };
  const trimmedEnd = raw.replace(/\s+$/, '');
  const softHyphenEnd = trimmedEnd.endsWith(SOFT_HYPHEN);
  const text = raw
    .replace(CONTROL, ' ')
    .replace(SPACES, ' ')
    .replace(ZERO_WIDTH, '')
    .replaceAll(SOFT_HYPHEN, '')
    .replace(PUA_SYMBOL, '•')
    .replace(PUA_OTHER, '')
    .normalize('NFC');
  return { text, softHyphenEnd, junk: false };
}

/** Collapses runs of spaces and trims. */
export function squash(s: string): string {
  return s.replace(/ {2,}/g, ' ').trim();
}
