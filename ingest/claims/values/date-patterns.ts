import { monthSource, weekdaySource } from './date-words.ts';
import type { Lang } from './number-words.ts';

/**
 * The date expressions we read, as regexes with named groups (y, y2 years; m, d digits; mon
 * month name; wd weekday; cue/rel the word that shapes the meaning). `kind` says how
 * `dates.ts` turns the groups into a range. Longer matches win over shorter overlapping ones.
 */
export type DateRuleKind =
  | 'day'
  | 'numeric'
  | 'dayRange'
  | 'relativeYear'
  | 'season'
  | 'half'
  | 'quarter'
  | 'month'
  | 'early'
  | 'mid'
  | 'late'
  | 'since'
  | 'before'
  | 'after'
  | 'until'
  | 'between'
  | 'year'
  | 'weekday';

export interface DateRule {
  kind: DateRuleKind;
  re: RegExp;
  /** What the text must contain for the rule to have a chance (a cheap test before the regex). */
  needs: 'digit' | 'month' | 'weekday' | 'word';
}

const SP = '[\\s\\u00A0\\u202F]+';
/** Optional spaces. */
const SPO = '[\\s\\u00A0\\u202F]*';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const A = "['’]";
const Y = `(?<y>\\d{4})${E}`;

const ISO = `${B}(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d-])`;

function frRules(): Array<[DateRuleKind, string]> {
  const MON = `(?<mon>${monthSource('fr')})`;
  const WD = `(?<wd>${weekdaySource('fr')})`;
  const YEAR_WORD = `(?:l${A}\\s*année${SP}|année${SP})`;
  const OF_YEAR = `(?:(?:de${SP}l${A}\\s*année|d${A}\\s*année|de)${SP})?`;
  return [
    ['day', ISO],
    ['day', `${B}(?:(?:le|du|au|ce)${SP})?(?:${WD}${SP})?(?<d>1er|premier|\\d{1,2})${SP}${MON}(?:${SP}${Y})?${E}`],
    ['numeric', `${B}(?<a>\\d{1,2})([/.])(?<b>\\d{1,2})\\2${Y}`],
    ['dayRange', `${B}(?:(?:du|les|entre)${SP})?(?<d1>1er|\\d{1,2})${SPO}(?:au|et|-|–)${SPO}(?<d2>\\d{1,2})${SP}${MON}(?:${SP}${Y})?${E}`],
    ['relativeYear', `${B}(?<rel>l${A}\\s*an${SP}dernier|l${A}\\s*année${SP}dernière|l${A}\\s*an${SP}passé|l${A}\\s*année${SP}passée|cette${SP}année|l${A}\\s*an${SP}prochain|l${A}\\s*année${SP}prochaine)${E}`],
    ['season', `${B}(?:(?:au|à${SP}l${A}\\s*|en|l${A}\\s*|le)${SPO})?(?<season>printemps|été|automne)${SP}(?:de${SP}l${A}\\s*année${SP}|de${SP})?${Y}`],
    ['half', `${B}(?:(?:au|le)${SP})?(?<nth>premier|1er|second|deuxième|2e|2nd)${SP}semestre${SP}(?:de${SP}l${A}\\s*année${SP}|de${SP}|d${A}\\s*année${SP})?${Y}`],
    ['quarter', `${B}(?:(?:au|le)${SP})?(?<nth>premier|1er|deuxième|second|2e|troisième|3e|quatrième|4e|dernier)${SP}trimestre${SP}(?:de${SP}l${A}\\s*année${SP}|de${SP}|d${A}\\s*année${SP})?${Y}`],
    ['month', `${B}(?:(?<cue>en|depuis|dès|début|fin|mi-|courant)${SPO})?${MON}${SP}${Y}`],
    ['month', `${B}(?<cue>en|depuis|dès|début|fin|mi-|courant)${SPO}${MON}${E}(?!${SP}\\d)`],
    ['early', `${B}(?:(?:au|dès${SP}le|en)${SP})?début${SP}${OF_YEAR}${Y}`],
    ['late', `${B}(?:(?:à${SP}la|en)${SP})?fin${SP}${OF_YEAR}${Y}`],
    ['mid', `${B}(?:à${SP}la${SP})?mi-?\\s?${Y}`],
    ['mid', `${B}(?:au${SP})?milieu${SP}${OF_YEAR}${Y}`],
    ['since', `${B}(?:depuis(?:${SP}au${SP}moins)?|dès)${SP}${YEAR_WORD}?${Y}`],
    ['before', `${B}avant${SP}${YEAR_WORD}?${Y}`],
    ['after', `${B}après${SP}${YEAR_WORD}?${Y}`],
    ['until', `${B}(?:jusqu${A}\\s*en|d${A}\\s*ici(?:${SP}à)?|jusqu${A}\\s*à)${SP}${Y}`],
    ['between', `${B}(?:entre${SP}(?<y1>\\d{4})${SP}et|de${SP}(?<y1b>\\d{4})${SP}à)${SP}(?<y2>\\d{4})${E}`],
    ['year', `${B}(?:en|courant|au${SP}cours${SP}de${SP}l${A}\\s*année|l${A}\\s*année|année)${SP}${Y}`],
    ['weekday', `${B}${WD}(?:${SP}(?<rel>dernier|prochain))?${E}`],
  ];
}

function enRules(): Array<[DateRuleKind, string]> {
  const MON = `(?<mon>${monthSource('en')})`;
  const WD = `(?<wd>${weekdaySource('en')})`;
  const ORD = '(?:st|nd|rd|th)?';
  return [
    ['day', ISO],
    ['day', `${B}(?:on${SP})?(?:${WD},?${SP})?(?:the${SP})?(?<d>\\d{1,2})${ORD}${SP}(?:of${SP})?${MON}(?:,?${SP}${Y})?${E}`],
    ['day', `${B}(?:on${SP})?(?:${WD},?${SP})?${MON}${SP}(?<d>\\d{1,2})${ORD}(?!\\d)(?:,?${SP}${Y})?${E}`],
    ['numeric', `${B}(?<a>\\d{1,2})([/.])(?<b>\\d{1,2})\\2${Y}`],
    ['dayRange', `${B}(?:(?:from|between)${SP})?(?<d1>\\d{1,2})${ORD}${SPO}(?:-|–|to|and)${SPO}(?<d2>\\d{1,2})${ORD}${SP}(?:of${SP})?${MON}(?:,?${SP}${Y})?${E}`],
    ['dayRange', `${B}${MON}${SP}(?<d1>\\d{1,2})${ORD}${SPO}(?:-|–|to|and)${SPO}(?<d2>\\d{1,2})${ORD}(?!\\d)(?:,?${SP}${Y})?${E}`],
    ['relativeYear', `${B}(?<rel>last${SP}year|this${SP}year|next${SP}year)${E}`],
    ['season', `${B}(?:(?:in${SP})?the${SP}|in${SP})?(?<season>spring|summer|autumn|fall)${SP}(?:of${SP})?${Y}`],
    ['half', `${B}(?:(?:in${SP})?the${SP})?(?<nth>first|second)${SP}half${SP}of${SP}${Y}`],
    ['half', `${B}(?<nth>H[12])${SP}${Y}`],
    ['quarter', `${B}(?:(?:in${SP})?the${SP})?(?<nth>first|second|third|fourth|last)${SP}quarter${SP}of${SP}${Y}`],
    ['quarter', `${B}(?<nth>Q[1-4])${SP}${Y}`],
    ['month', `${B}(?:(?<cue>in${SP}early|in${SP}late|in${SP}mid-|in|since|from|by|until|early|late|mid-)${SPO})?${MON}${SP}${Y}`],
    ['month', `${B}(?<cue>in${SP}early|in${SP}late|in|since|early|late|mid-|last|next|this)${SPO}${MON}${E}(?!${SP}\\d)`],
    ['early', `${B}(?:in${SP})?early${SP}${Y}`],
    ['early', `${B}(?:at|in)${SP}the${SP}(?:beginning|start)${SP}of${SP}${Y}`],
    ['late', `${B}(?:in${SP})?late${SP}${Y}`],
    ['late', `${B}(?:at|by|towards?)${SP}the${SP}end${SP}of${SP}${Y}`],
    ['mid', `${B}(?:in${SP})?mid-?\\s?${Y}`],
    ['mid', `${B}(?:in${SP})?the${SP}middle${SP}of${SP}${Y}`],
    ['since', `${B}since(?:${SP}at${SP}least)?${SP}${Y}`],
    ['before', `${B}before${SP}${Y}`],
    ['after', `${B}after${SP}${Y}`],
    ['until', `${B}(?:by|until|till)${SP}${Y}`],
    ['between', `${B}(?:between${SP}(?<y1>\\d{4})${SP}and|from${SP}(?<y1b>\\d{4})${SP}(?:to|until))${SP}(?<y2>\\d{4})${E}`],
    ['year', `${B}(?:in|during|throughout)${SP}${Y}`],
    ['weekday', `${B}(?:(?<rel>last|next|on|this)${SP})?${WD}${E}`],
  ];
}

/** What a rule cannot match without: most need a digit; weekdays and bare months need their names. */
function needsOf(kind: DateRuleKind, src: string): DateRule['needs'] {
  if (kind === 'weekday') return 'weekday';
  if (src.includes('(?<mon>')) return 'month';
  if (/\(\?<(?:y|y1|a)>/.test(src)) return 'digit';
  return 'word';
}

/** Compiled rules per language (fresh `lastIndex` state is handled by `matchAll`). */
export const DATE_RULES: Record<Lang, readonly DateRule[]> = {
  fr: frRules().map(([kind, src]) => ({ kind, re: new RegExp(src, 'giu'), needs: needsOf(kind, src) })),
  en: enRules().map(([kind, src]) => ({ kind, re: new RegExp(src, 'giu'), needs: needsOf(kind, src) })),
};

/** Cheap tests for `needs`, one per language. */
export const HAS_MONTH: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${monthSource('fr')})`, 'iu'),
  en: new RegExp(`(?:${monthSource('en')})`, 'iu'),
};
export const HAS_WEEKDAY: Record<Lang, RegExp> = {
  fr: new RegExp(`(?:${weekdaySource('fr')})`, 'iu'),
  en: new RegExp(`(?:${weekdaySource('en')})`, 'iu'),
};
