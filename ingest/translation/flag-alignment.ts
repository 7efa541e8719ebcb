import { detectLanguage } from '../stages/detect-language.ts';
import { footnoteFlags, type FootnoteAnchors } from './footnote-flags.ts';
import { flagLink } from './flag-link.ts';
import { linkText } from './link-text.ts';
import { letterCount } from './text-utils.ts';
import { langName, type Flag, type TranslationLang } from './types.ts';
import { untranslatedFlags } from './untranslated.ts';

/** One aligned unit (sentence or paragraph); `kind` "heading"/"title" turns on the heading check. */
export interface ReviewUnit {
  text: string;
  lang?: string;
  kind?: string;
}

/** One link of the aligner (ingest/align): consecutive unit indices on each side, either may be empty. */
export interface AlignmentLink {
  src: number[];
  tgt: number[];
  confidence: number;
}

export interface FlagAlignmentOptions {
  srcLang?: TranslationLang;
  tgtLang?: TranslationLang;
  /** Where each footnote's call and text sit, by unit index; see FootnoteAnchor. */
  footnotes?: FootnoteAnchors;
}

/**
 * Flags for a whole alignment, one array per link in link order: `flagLink` on every link with
 * both sides, "unmatched" for 1-0 and 0-1 links (plus "untranslated" when the lone unit is in
 * the other language), and "footnote" when `opts.footnotes` shows a call or a note aligned
 * away from its counterpart. Spans are offsets into `linkText` of the link's side.
 */
export function flagAlignment(
  links: readonly AlignmentLink[],
  srcUnits: readonly ReviewUnit[],
  tgtUnits: readonly ReviewUnit[],
  opts: FlagAlignmentOptions = {},
): Flag[][] {
  const srcLang = opts.srcLang ?? sideLang(srcUnits);
  const tgtLang = opts.tgtLang ?? sideLang(tgtUnits);
  const out = links.map((link): Flag[] => {
    const s = linkText(srcUnits, link.src);
    const t = linkText(tgtUnits, link.tgt);
    if (link.src.length > 0 && link.tgt.length > 0) {
      const heading = [...link.src.map((i) => srcUnits[i]), ...link.tgt.map((i) => tgtUnits[i])].some((u) => u?.kind === 'heading' || u?.kind === 'title');
      return flagLink(s, t, srcLang, tgtLang, heading ? { heading: true } : {});
    }
    if (link.src.length > 0) return [unmatched(s, srcLang, tgtLang, 'src'), ...untranslatedFlags(s, srcLang, tgtLang, 'src')];
    if (link.tgt.length > 0) return [unmatched(t, tgtLang, srcLang, 'tgt'), ...untranslatedFlags(t, tgtLang, srcLang, 'tgt')];
    return [];
  });
  if (opts.footnotes) {
    for (const { link, flag } of footnoteFlags(links, srcUnits, tgtUnits, opts.footnotes, srcLang, tgtLang)) out[link]?.push(flag);
  }
  return out;
}

function unmatched(text: string, here: string, there: string, side: 'src' | 'tgt'): Flag {
  const letters = letterCount(text);
  const excerpt = text.replace(/\s+/g, ' ').trim();
  return {
    type: 'unmatched',
    severity: letters >= 40 ? 'high' : letters >= 10 ? 'medium' : 'low',
    message: `This passage of the ${langName(here)} version has no counterpart in the ${langName(there)} version: “${excerpt.length > 60 ? `${excerpt.slice(0, 60).trimEnd()}…` : excerpt}”.`,
    [side]: { start: 0, end: text.length },
  };
}

/** A side's language: the units' own labels when they agree on fr/en, else the detector on a sample. */
function sideLang(units: readonly ReviewUnit[]): TranslationLang {
  const votes = { fr: 0, en: 0 };
  for (const u of units) if (u.lang === 'fr' || u.lang === 'en') votes[u.lang] += u.text.length;
  if (votes.fr + votes.en > 0) return votes.fr >= votes.en ? 'fr' : 'en';
  const guess = detectLanguage(units.slice(0, 40).map((u) => u.text).join('\n'));
  return guess === 'en' ? 'en' : 'fr';
}
