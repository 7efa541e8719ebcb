/**
 * Discrepancy flags on aligned links: unit checks of flagLink (figures, dates, names,
 * untranslated passages, headings), then flagAlignment on the end of the sample pair
 * (reference 000 French / 001 English), whose known differences must all be flagged.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flagAlignment, type AlignmentLink, type ReviewUnit } from '../../ingest/translation/flag-alignment.ts';
import { flagLink } from '../../ingest/translation/flag-link.ts';
import type { FootnoteAnchor } from '../../ingest/translation/footnote-flags.ts';
import { linkText, locateInUnits } from '../../ingest/translation/link-text.ts';
import { stripMarkup } from '../../ingest/translation/sketch.ts';
import type { Flag } from '../../ingest/translation/types.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/reference/${p}`, import.meta.url), 'utf8');
const FR = read('000_f3baa790e8b846bd.txt');
const EN = read('001_aa096a18e0aa19e6.txt');

/** The sentence of `text` that starts with `prefix`, up to its final period (markup removed). */
function sentence(text: string, prefix: string): string {
  const at = text.indexOf(prefix);
  if (at < 0) throw new Error(`not in the reference text: ${prefix}`);
  const end = /[.!?](?=\s|$)/g;
  end.lastIndex = at;
  const m = end.exec(text);
  return stripMarkup(text.slice(at, m ? m.index + 1 : undefined));
}

const types = (flags: Flag[]) => flags.map((f) => `${f.type}/${f.severity}`);
const srcSlice = (text: string, f: Flag | undefined) => (f?.src ? text.slice(f.src.start, f.src.end) : undefined);
const tgtSlice = (text: string, f: Flag | undefined) => (f?.tgt ? text.slice(f.tgt.start, f.tgt.end) : undefined);

describe('flagLink on faithful translations', () => {
  it('raises nothing for the EUMAM example', () => {
    expect(flagLink('EUMAM Ukraine a formé 75 000 soldats ukrainiens', 'EUMAM Ukraine has trained 75,000 Ukrainian soldiers', 'fr', 'en')).toEqual([]);
  });

  // Pairs read from 000 and 001: same content, different conventions (numbers in words,
  // acronyms, exonyms, date formats, footnotes with titles translated).
  const PAIRS: [string, string][] = [
    ['Vingt-quatre États membres', 'Twenty-four EU states'],
    ['Depuis au moins 2022', 'Since at least 2022'],
    ['Cette alliance UE-Ukraine serait renforcée', 'This EU-Ukraine alliance would be reinforced'],
    ['1 Département américain', '1 US Department of Defense'],
    ['2 SEAE, Conseil des affaires', '2 EEAS, Foreign Affairs Council'],
    ['Comme EUMAM Ukraine, EUU-JTM', 'Like EUMAM Ukraine, EUU-JTM'],
    ['Cet objectif, défini dans le programme', 'This objective, set out in the European Defence Industry Programme'],
    ['Cette évolution appelle une reconceptualisation', "This shift calls for a re-conceptualisation of Europe's eastern flank"],
  ];
  it.each(PAIRS)('raises nothing for “%s…”', (fr, en) => {
    const [s, t] = [sentence(FR, fr), sentence(EN, en)];
    expect(flagLink(s, t, 'fr', 'en'), `${s}\n${t}`).toEqual([]);
  });

  it('raises nothing for the matching section headings', () => {
    const fr = FR.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
    const en = ["1. Ukraine's contribution to European security", "II • Coordinating the northern and southern segments of Europe's eastern flank", 'III • The case for an EU initiative', 'IV • Planning a new joint training mission', '• Conclusion'];
    for (const e of en) expect(EN.includes(`\n${e}\n`), e).toBe(true);
    expect(fr).toHaveLength(en.length);
    fr.forEach((f, i) => expect(flagLink(f, en[i]!, 'fr', 'en', { heading: true }), f).toEqual([]));
  });
});

describe('flagLink figures', () => {
  it('reads 75 000, 75,000 and 75.000 (French) as one number, and 1,5 as 1.5', () => {
    expect(flagLink('75 000 soldats', '75,000 soldiers', 'fr', 'en')).toEqual([]);
    expect(flagLink('75.000 soldats', '75,000 soldiers', 'fr', 'en')).toEqual([]);
    expect(flagLink('75\u202f000 soldats', '75000 soldiers', 'fr', 'en')).toEqual([]);
    expect(flagLink('1,5 milliard d’euros', 'EUR 1.5 billion', 'fr', 'en')).toEqual([]);
  });

  it('matches numbers in words across languages and with digits', () => {
    expect(flagLink('vingt-quatre pays', 'twenty-four countries', 'fr', 'en')).toEqual([]);
    expect(flagLink('vingt-quatre pays', '24 countries', 'fr', 'en')).toEqual([]);
    expect(flagLink('quatre-vingt-dix jours', '90 days', 'fr', 'en')).toEqual([]);
    expect(flagLink('soixante et onze ans', 'seventy-one years', 'fr', 'en')).toEqual([]);
    expect(flagLink('quatre-vingt-dix-neuf pays', 'ninety-nine countries', 'fr', 'en')).toEqual([]);
  });

  it('matches years, percentages and ordinals', () => {
    expect(flagLink('En 2022, 25 % des dépenses', 'In 2022, 25% of spending', 'fr', 'en')).toEqual([]);
    expect(flagLink('le 1er rang', 'the 1st rank', 'fr', 'en')).toEqual([]);
  });

  it('flags a different figure on both sides with exact spans', () => {
    const s = 'qui a formé 75 000 soldats';
    const t = 'which has trained 76,000 soldiers';
    const flags = flagLink(s, t, 'fr', 'en');
    expect(types(flags)).toEqual(['number/high']);
    expect(srcSlice(s, flags[0])).toBe('75 000');
    expect(tgtSlice(t, flags[0])).toBe('76,000');
    expect(flags[0]!.message).toContain('French');
  });

  it('flags different years, percentages and numbers in words', () => {
    expect(types(flagLink('Depuis 2022', 'Since 2023', 'fr', 'en'))).toEqual(['number/high']);
    expect(types(flagLink('25 % des dépenses', '26% of spending', 'fr', 'en'))).toEqual(['number/high']);
    expect(types(flagLink('vingt-cinq pays', 'twenty-four countries', 'fr', 'en'))).toEqual(['number/high']);
  });

  it('flags a figure present on one side only, and says when it is only repeated', () => {
    const missing = flagLink('Un budget de 800 milliards', 'A large budget', 'fr', 'en');
    expect(types(missing)).toEqual(['number/high']);
    expect(missing[0]!.message).toMatch(/missing from the English version/);
    expect(types(flagLink('En 2022 et encore en 2022', 'In 2022, and again that year', 'fr', 'en'))).toEqual(['number/low']);
  });
});

describe('flagLink figures and dates, as each language formats them (property-based)', () => {
  const fmt = (n: number, locale: string) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  const value = fc.oneof(fc.integer({ min: 11, max: 50_000_000 }), fc.integer({ min: 1, max: 999_999 }).map((c) => c / 100));

  it('finds nothing when both versions write the same value their own way', () => {
    fc.assert(
      fc.property(value, (n) => {
        expect(flagLink(`Le budget atteint ${fmt(n, 'fr-FR')} euros.`, `The budget reaches ${fmt(n, 'en-US')} euros.`, 'fr', 'en')).toEqual([]);
      }),
    );
  });

  it('flags a changed value', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 9 }), (n, d) => {
        const flags = flagLink(`Le budget atteint ${fmt(n, 'fr-FR')} euros.`, `The budget reaches ${fmt(n + d, 'en-US')} euros.`, 'fr', 'en');
        expect(types(flags)).toEqual(['number/high']);
      }),
    );
  });

  const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2080-12-31T00:00:00Z'), noInvalidDate: true });
  const long = (d: Date, locale: string) => d.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  it('equates a date written in French, British and American English, and flags another day', () => {
    fc.assert(
      fc.property(date, (d) => {
        const fr = `Réunion du ${long(d, 'fr-FR')}.`;
        expect(flagLink(fr, `Meeting of ${long(d, 'en-GB')}.`, 'fr', 'en')).toEqual([]);
        expect(flagLink(fr, `Meeting of ${long(d, 'en-US')}.`, 'fr', 'en')).toEqual([]);
        const next = new Date(d.getTime() + 86_400_000);
        expect(types(flagLink(fr, `Meeting of ${long(next, 'en-GB')}.`, 'fr', 'en'))).toEqual(['date/high']);
      }),
    );
  });
});

describe('flagLink dates', () => {
  it('equates 25 mai 2024, 25 May 2024 and May 25, 2024', () => {
    expect(flagLink('le 25 mai 2024', 'on 25 May 2024', 'fr', 'en')).toEqual([]);
    expect(flagLink('le 25 mai 2024', 'on May 25, 2024', 'fr', 'en')).toEqual([]);
    expect(flagLink('MARS 2025', 'MARCH 2025', 'fr', 'en')).toEqual([]);
  });

  it('flags a different day with both spans', () => {
    const s = 'à l’issue de la réunion, 26 mai 2024.';
    const t = 'after the meeting, 25 May 2024.';
    const flags = flagLink(s, t, 'fr', 'en');
    expect(types(flags)).toEqual(['date/high']);
    expect(srcSlice(s, flags[0])).toBe('26 mai 2024');
    expect(tgtSlice(t, flags[0])).toBe('25 May 2024');
  });
});

describe('flagLink names and acronyms', () => {
  it('knows the FR/EN acronym equivalents and exonyms', () => {
    expect(flagLink("L'OTAN, l'UE, la BITDE, le SEAE, l'ONU et la PESD", 'NATO, the EU, the EDTIB, the EEAS, the UN and the CSDP', 'fr', 'en')).toEqual([]);
    expect(flagLink('La Hongrie et Bruxelles', 'Hungary and Brussels', 'fr', 'en')).toEqual([]);
    expect(flagLink('de la mer de Barents à la mer Noire', 'from the Barents Sea to the Black Sea', 'fr', 'en')).toEqual([]);
  });

  it('pairs acronyms whose letters French reorders, and Title Case phrases translated in lower case', () => {
    expect(flagLink('Objectifs de la SNCS IV et du RGPD', 'Objectives of the NCSS IV and the GDPR', 'fr', 'en')).toEqual([]);
    expect(flagLink("Consulter le dirigeant principal de l'information du gouvernement du Canada", 'Consulting the Chief Information Officer for the Government of Canada', 'fr', 'en')).toEqual([]);
  });

  it('flags a country replaced by another, on both sides', () => {
    const s = "l'Union sauf la Hongrie";
    const t = 'the Union except Slovakia';
    const flags = flagLink(s, t, 'fr', 'en');
    expect(types(flags)).toEqual(['name/low', 'name/low']);
    expect(srcSlice(s, flags[0])).toBe('Hongrie');
    expect(tgtSlice(t, flags[1])).toBe('Slovakia');
  });

  it('flags a missing person and a missing acronym', () => {
    const s = 'Remarques du Haut Représentant Josep Borrell (SEAE)';
    const flags = flagLink(s, 'Remarks by the High Representative', 'fr', 'en');
    expect(types(flags)).toEqual(['name/medium', 'acronym/medium']);
    expect(srcSlice(s, flags[0])).toBe('Haut Représentant Josep Borrell');
    expect(srcSlice(s, flags[1])).toBe('SEAE');
  });
});

describe('flagLink untranslated passages and headings', () => {
  it('finds the French lines in an English text', () => {
    const t = 'Le projet reçoit des financements du programme\nThis project is funded by the European Commission';
    const flags = flagLink('Ce projet reçoit des financements de la Commission européenne', t, 'fr', 'en');
    expect(types(flags)).toEqual(['untranslated/high']);
    expect(tgtSlice(t, flags[0])).toBe('Le projet reçoit des financements du programme');
  });

  it('flags a section number that differs or disappears', () => {
    const s = "II • Coordonner les segments nord et sud du flanc oriental de l'Europe";
    const flags = flagLink(s, "III • Coordinating the northern and southern segments of Europe's eastern flank", 'fr', 'en');
    expect(types(flags)).toEqual(['heading/high']);
    expect(srcSlice(s, flags[0])).toBe('II •');
    expect(types(flagLink('IV • Une nouvelle mission de formation conjointe', 'Planning a new joint training mission', 'fr', 'en', { heading: true }))).toEqual(['heading/medium']);
  });
});

/** Paragraph units of a reference text, with footnote anchors read from its markup. */
function units(text: string, lang: 'fr' | 'en'): { units: ReviewUnit[]; anchors: FootnoteAnchor[] } {
  const out: ReviewUnit[] = [];
  const anchors = new Map<string, FootnoteAnchor>();
  for (const raw of text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)) {
    const i = out.length;
    for (const m of raw.matchAll(/<sup>(\d+)<\/sup>|([¹²³])/g)) {
      const marker = m[1] ?? String('¹²³'.indexOf(m[2]!) + 1);
      anchors.set(marker, { ...anchors.get(marker), marker, callUnit: i });
    }
    const note = /^(\d{1,2}) \p{Lu}/u.exec(raw);
    if (note) anchors.set(note[1]!, { ...anchors.get(note[1]!), marker: note[1]!, noteUnit: i });
    out.push({ text: stripMarkup(raw).replace(/^#+\s*/, ''), lang, kind: raw.startsWith('#') ? 'heading' : 'body' });
  }
  return { units: out, anchors: [...anchors.values()] };
}

describe('flagAlignment on the end of the sample pair', () => {
  const fr = units(FR, 'fr');
  const en = units(EN, 'en');
  const f = (prefix: string) => fr.units.findIndex((u) => u.text.startsWith(prefix));
  const e = (prefix: string) => en.units.findIndex((u) => u.text.startsWith(prefix));
  // From "Comme EUMAM Ukraine…" to the end, read side by side. The French footnote 2 comes
  // before the conclusion, the English one after it: a monotone alignment leaves both alone.
  const pairs: [number | null, number | null][] = [
    [f('Comme EUMAM Ukraine'), e('Like EUMAM Ukraine')],
    [f('2 SEAE'), null],
    [f('• Conclusion'), e('• Conclusion')],
    [f('Alors que les États-Unis'), e('As the United States')],
    [null, e('2 EEAS')],
    [f('Directeur de la publication'), e('Directeur de la publication')],
    [f('Institut Jacques Delors'), e('Institut Jacques Delors')],
    [f("Penser l'Europe"), e("Penser l'Europe")],
    [f('18 rue de Londres'), e('18 rue de Londres')],
    [f('T +33'), e('T +33')],
    [f('Ce projet reçoit'), e('Le projet reçoit')],
  ];
  const links: AlignmentLink[] = pairs.map(([s, t]) => ({ src: s === null ? [] : [s], tgt: t === null ? [] : [t], confidence: 1 }));
  const flags = flagAlignment(links, fr.units, en.units, { srcLang: 'fr', tgtLang: 'en', footnotes: { src: fr.anchors, tgt: en.anchors } });
  const at = (k: number) => ({ s: linkText(fr.units, links[k]!.src), t: linkText(en.units, links[k]!.tgt), flags: flags[k]! });

  it('found every unit it aligns, and the footnote anchors of both texts', () => {
    for (const [s, t] of pairs) expect(s === -1 || t === -1).toBe(false);
    expect(pairs[pairs.length - 1]).toEqual([fr.units.length - 1, en.units.length - 1]);
    expect(fr.anchors.map((a) => a.marker).sort()).toEqual(['1', '2']);
    expect(en.anchors.every((a) => a.callUnit !== undefined && a.noteUnit !== undefined)).toBe(true);
    console.log('flags on the end of the sample pair:');
    flags.forEach((fl, k) => fl.forEach((x) => console.log(`  link ${k} ${x.type}/${x.severity}: ${x.message}`)));
  });

  it('flags the funding footers: different project numbers, French lines left in the English version', () => {
    const { s, t, flags: fl } = at(10);
    const num = fl.find((x) => x.type === 'number');
    expect(srcSlice(s, num)).toBe('101104850');
    expect(tgtSlice(t, num)).toBe('40104-LE-01-2025');
    const fren = fl.filter((x) => x.type === 'untranslated').map((x) => tgtSlice(t, x));
    expect(fren).toEqual(['Le projet reçoit des financements du programme', 'le projet est financé par le programme (CERV)']);
    expect(locateInUnits(en.units, links[10]!.tgt, num!.tgt!.start)?.unit).toBe(e('Le projet reçoit'));
  });

  it('flags the French colophon left in the English version', () => {
    const { t, flags: fl } = at(5);
    expect(types(fl)).toEqual(['untranslated/high']);
    expect(tgtSlice(t, fl[0])).toMatch(/^Directeur de la publication: Sylvie Matelly • La reproduction/);
  });

  it('flags footnote 2 placed elsewhere: both notes unmatched and a footnote flag on each', () => {
    expect(types(at(1).flags)).toEqual(['unmatched/high', 'footnote/medium']);
    expect(types(at(4).flags)).toEqual(['unmatched/high', 'footnote/medium']);
    expect(at(1).flags[1]!.message).toContain('2 EEAS, Foreign Affairs Council');
  });

  it('raises nothing on the links that are faithful', () => {
    for (const k of [0, 2, 3, 6, 7, 8, 9]) expect(at(k).flags, `${at(k).s}\n${at(k).t}`).toEqual([]);
  });
});

describe('flagAlignment footnote calls', () => {
  const fr = ['Le premier paragraphe appelle la note.', 'Le second paragraphe.'].map((text) => ({ text }));
  const en = ['The first paragraph.', 'The second paragraph calls the note.'].map((text) => ({ text }));
  const links: AlignmentLink[] = [
    { src: [0], tgt: [0], confidence: 0.9 },
    { src: [1], tgt: [1], confidence: 0.9 },
  ];

  it('flags a call that sits in a different paragraph in the other version', () => {
    const flags = flagAlignment(links, fr, en, { srcLang: 'fr', tgtLang: 'en', footnotes: { src: [{ marker: '1', callUnit: 0 }], tgt: [{ marker: '1', callUnit: 1 }] } });
    expect(flags.map(types)).toEqual([['footnote/medium'], ['footnote/medium']]);
    expect(flags[0]![0]!.message).toContain('The call to footnote 1');
    expect(flags[1]![0]!.tgt).toEqual({ start: 0, end: en[1]!.text.length });
  });

  it('is quiet when the calls sit in aligned paragraphs, and flags a footnote on one side only', () => {
    expect(flagAlignment(links, fr, en, { srcLang: 'fr', tgtLang: 'en', footnotes: { src: [{ marker: '1', callUnit: 1 }], tgt: [{ marker: '1', callUnit: 1 }] } })).toEqual([[], []]);
    const one = flagAlignment(links, fr, en, { srcLang: 'fr', tgtLang: 'en', footnotes: { src: [{ marker: '3', callUnit: 0 }], tgt: [] } });
    expect(one.map(types)).toEqual([['footnote/medium'], []]);
  });
});
