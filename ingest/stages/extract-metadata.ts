import type { DetectedLang, DocMeta } from '../model/document.ts';

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  // Abbreviations count only with their period ("févr.", "Sept."), see MONTH below.
  'janv.': 1, 'févr.': 2, 'avr.': 4, 'juil.': 7, 'sept.': 9, 'oct.': 10, 'nov.': 11, 'déc.': 12,
  'jan.': 1, 'feb.': 2, 'mar.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'dec.': 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace('.', '\\.'))
  .join('|');
const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const DATE_PATTERNS: { re: RegExp; parts: 'ymd' | 'dmy' | 'mdy' | 'my' | 'num' }[] = [
  { re: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'u'), parts: 'ymd' },
  { re: new RegExp(`${L}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+(${MONTH})\\s*,?\\s+(\\d{4})${R}`, 'iu'), parts: 'dmy' },
  { re: new RegExp(`${L}(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${R}`, 'iu'), parts: 'mdy' },
  { re: new RegExp(`${L}(${MONTH})\\s+(\\d{4})${R}`, 'iu'), parts: 'my' },
  { re: new RegExp(`${L}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})${R}`, 'u'), parts: 'num' },
];

const NAME_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const NAME = new RegExp(`^${NAME_WORD}(?:\\s+(?:(?:de|du|des|van|von|der|da|di|le|la)\\s+|d['’])?${NAME_WORD}){1,3}$`, 'u');
const BYLINE = /^(?:par|by|written by|auteur(?:e)?s?\s*:|authors?\s*:|texte\s*:|propos recueillis par|interview(?:ed)? by|entretien(?:\s+réalisé)?(?:\s+par)?)\s+(.+)$/iu;
const ROLE =
  /\b(professor|professeur|professeure|maître de conférences|chercheur|chercheuse|researcher|research|fellow|director|directeur|directrice|lecturer|analyst|analyste|journalist|journaliste|associate|associé|senior|head of|responsable|conseiller|conseillère|advis[eo]r|ambassad\w*|minist\w*|expert\w*|chargée?|doctorant\w*|phd|editor|rédact\w*|former|ancien\w*|présidente?|president|fondat\w*|founder|économiste|economist|historian|historien\w*|avocat\w*|lawyer|diplomat\w*)\b/iu;

/**
 * Reads publication date, title and authors from the text blocks. Dates count only in the
 * header area (before the first real paragraph) or in a byline, since dates in the body are
 * usually about events, not the document. `lang` settles dd/mm versus mm/dd.
 */
export function extractMetadata(blocks: { kind: string; text: string }[], lang: DetectedLang): DocMeta {
  const meta: DocMeta = {};
  const title = blocks.find((b) => b.kind === 'title')?.text.replace(/\s+/g, ' ').trim();
  if (title) meta.title = title;
  const date = findDate(blocks, lang);
  if (date) Object.assign(meta, date);
  const authors = findAuthors(blocks);
  if (authors.length) meta.authors = authors;
  return meta;
}

/** The name that opens an author bio ("Pierre Haroche, Associate Professor of…"), if the block is one. */
export function bioName(text: string): string | undefined {
  const m = /^([^,]{3,60}),\s+(.{3,})$/su.exec(text.trim());
  if (!m || !NAME.test((m[1] as string).trim()) || !ROLE.test(m[2] as string)) return undefined;
  return (m[1] as string).trim();
}

function headerArea(blocks: { kind: string; text: string }[]): { kind: string; text: string }[] {
  const firstProse = blocks.findIndex((b) => b.kind === 'body' && b.text.length >= 150);
  return blocks.slice(0, Math.min(15, firstProse < 0 ? blocks.length : firstProse));
}

function findDate(blocks: { kind: string; text: string }[], lang: DetectedLang): Pick<DocMeta, 'publishedOn' | 'datePrecision' | 'dateText'> | undefined {
  const early = blocks.slice(0, 30).filter((b) => b.text.length <= 200);
  const published = early.filter((b) => /^(publié|published|mis à jour|updated|posted|date\s*:)/i.test(b.text) || bylineNames(b.text).length > 0);
  for (const b of [...published, ...headerArea(blocks)]) {
    const d = dateIn(b.text, lang);
    if (d) return d;
  }
  return undefined;
}

function dateIn(text: string, lang: DetectedLang): Pick<DocMeta, 'publishedOn' | 'datePrecision' | 'dateText'> | undefined {
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const [a, b, c] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const month = (s: string) => MONTHS[s.toLowerCase()] ?? 0;
    let y = 0;
    let mo = 0;
    let d = 1;
    if (parts === 'ymd') [y, mo, d] = [Number(a), Number(b), Number(c)];
    else if (parts === 'dmy') [y, mo, d] = [Number(c), month(b), Number(a)];
    else if (parts === 'mdy') [y, mo, d] = [Number(c), month(a), Number(b)];
    else if (parts === 'my') [y, mo] = [Number(b), month(a)];
    else {
      const [x, z] = [Number(a), Number(b)];
      // Numeric dates: day first in French and whenever it cannot be a month; US order only if unambiguous.
      if (lang === 'fr' || x > 12) [d, mo] = [x, z];
      else if (z > 12) [mo, d] = [x, z];
      else continue;
      y = Number(c);
    }
    // An impossible date is a typo: don't fall back to the month-year inside it.
    if (!valid(y, mo, d)) return undefined;
    const iso = `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { publishedOn: iso, datePrecision: parts === 'my' ? 'month' : 'day', dateText: m[0] };
  }
  return undefined;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function findAuthors(blocks: { kind: string; text: string }[]): string[] {
  const names: string[] = [];
  for (const b of blocks.slice(0, 40)) {
    if (b.text.length > 400) continue;
    const byline = b.text.length <= 200 ? bylineNames(b.text) : [];
    if (byline.length) {
      names.push(...byline);
    } else if (b.kind === 'sidebar' || b.kind === 'body') {
      const bio = bioName(b.text);
      if (bio) names.push(bio);
    }
  }
  return [...new Set(names)];
}

/** Names in a byline ("Par Jean Dupont et Marie Curie", "By J. Smith"); empty when the block is not one. */
export function bylineNames(text: string): string[] {
  const m = BYLINE.exec(text.trim());
  if (!m) return [];
  return (m[1] as string)
    .split(/\s*(?:,|;|\||\s(?:et|and|&)\s)\s*/u)
    .map((n) => n.trim())
    .filter((n) => NAME.test(n));
}
