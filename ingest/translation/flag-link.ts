import { compareDates, compareNumbers, type Sides } from './compare-figures.ts';
import { extractDates } from './dates.ts';
import { headingMarker, looksLikeHeading } from './headings.ts';
import { nameIndex, nameOccurs, type NameIndex } from './name-match.ts';
import { extractNames, type NameMention } from './names.ts';
import { extractNumbers } from './numbers.ts';
import { langName, type Flag, type TextSpan } from './types.ts';
import { untranslatedFlags } from './untranslated.ts';

export interface FlagLinkOptions {
  /**
   * Compare section markers ("II •" vs "III •"). Default: when both texts look like headings
   * (one short line, no final period) and at least one starts with a marker followed by
   * punctuation or a section word.
   */
  heading?: boolean;
}

const q = (s: string) => `“${s.replace(/\s+/g, ' ').trim()}”`;

/**
 * Discrepancies between the two sides of one aligned link: figures (normalised: `75 000` =
 * `75,000`, `vingt-quatre` = `twenty-four`), dates, names and acronyms (with FR/EN
 * equivalents and cognates), section markers of headings, and passages left in the other
 * language. Spans are offsets into `srcText` / `tgtText`. A faithful translation gives [].
 */
export function flagLink(srcText: string, tgtText: string, srcLang: string, tgtLang: string, opts: FlagLinkOptions = {}): Flag[] {
  const sides: Sides = { srcLang, tgtLang };
  const flags: Flag[] = [];
  const ms = headingMarker(srcText);
  const mt = headingMarker(tgtText);
  const checkHeading = opts.heading ?? (looksLikeHeading(srcText) && looksLikeHeading(tgtText) && (ms?.strong === true || mt?.strong === true));
  const markerSpans: { src: TextSpan[]; tgt: TextSpan[] } = { src: [], tgt: [] };
  if (checkHeading) {
    if (ms) markerSpans.src.push(ms.span);
    if (mt) markerSpans.tgt.push(mt.span);
    if (ms && mt && (ms.value !== mt.value || (ms.word && mt.word && ms.word !== mt.word))) {
      flags.push({ type: 'heading', severity: 'high', message: `Section numbers differ: ${q(ms.raw)} in the ${langName(srcLang)} heading, ${q(mt.raw)} in the ${langName(tgtLang)} heading.`, src: ms.span, tgt: mt.span });
    } else if (ms && !mt) {
      flags.push({ type: 'heading', severity: 'medium', message: `The ${langName(srcLang)} heading is numbered ${q(ms.raw)}; the ${langName(tgtLang)} heading has no number.`, src: ms.span });
    } else if (mt && !ms) {
      flags.push({ type: 'heading', severity: 'medium', message: `The ${langName(tgtLang)} heading is numbered ${q(mt.raw)}; the ${langName(srcLang)} heading has no number.`, tgt: mt.span });
    }
  }

  const ds = extractDates(srcText, srcLang);
  const dt = extractDates(tgtText, tgtLang);
  flags.push(...compareDates(ds, dt, sides));
  const outside = (spans: TextSpan[]) => (m: TextSpan) => !spans.some((s) => m.start < s.end && s.start < m.end);
  const ns = extractNumbers(srcText, srcLang, ds).filter(outside(markerSpans.src));
  const nt = extractNumbers(tgtText, tgtLang, dt).filter(outside(markerSpans.tgt));
  flags.push(...compareNumbers(ns, nt, sides));

  // Names: dates and codes are not names; each missing name is reported once per link.
  const skipS = [...ds, ...ns.filter((n) => n.kind === 'code')];
  const skipT = [...dt, ...nt.filter((n) => n.kind === 'code')];
  flags.push(...missingNames(extractNames(srcText, skipS), nameIndex(tgtText), srcLang, tgtLang, 'src'));
  flags.push(...missingNames(extractNames(tgtText, skipT), nameIndex(srcText), tgtLang, srcLang, 'tgt'));

  flags.push(...untranslatedFlags(tgtText, tgtLang, srcLang, 'tgt'), ...untranslatedFlags(srcText, srcLang, tgtLang, 'src'));
  return flags;
}

function missingNames(names: NameMention[], other: NameIndex, here: string, there: string, side: 'src' | 'tgt'): Flag[] {
  const seen = new Set<string>();
  const out: Flag[] = [];
  for (const n of names) {
    if (seen.has(n.surface) || nameOccurs(n, other)) continue;
    seen.add(n.surface);
    const what = n.acronym ? 'acronym' : 'name';
    out.push({
      type: n.acronym ? 'acronym' : 'name',
      severity: n.acronym || n.words.length > 1 ? 'medium' : 'low',
      message: `The ${what} ${q(n.surface)} in the ${langName(here)} version has no counterpart in the ${langName(there)} version.`,
      [side]: { start: n.start, end: n.end },
    });
  }
  return out;
}
