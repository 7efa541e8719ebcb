import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDates, OPEN_START, type DateMention } from '../../ingest/claims/values/dates.ts';
import type { ExtractionInput } from '../../ingest/claims/model.ts';

type Lang = 'fr' | 'en';
type DocDate = ExtractionInput['documentDate'];
/** A compact view: "words=from..to precision[ relation]". */
const show = (m: DateMention) => `${m.text}=${m.from}..${m.to} ${m.precision}${m.relation ? ` ${m.relation}` : ''}`;
const dates = (text: string, lang: Lang, doc: DocDate) => findDates(text, lang, doc).map(show);

/** Dated to the month, like the samples (stored as the first of the month). */
const APRIL_2025: DocDate = { date: '2025-04-01', precision: 'month' };
/** Thursday 15 January 2026, dated to the day. */
const JAN_15_2026: DocDate = { date: '2026-01-15', precision: 'day' };

describe('findDates: absolute dates', () => {
  it.each<[Lang, string, string[]]>([
    ['fr', 'le 10 avril 2025 à Bruxelles', ['le 10 avril 2025=2025-04-10..2025-04-10 day']],
    ['fr', 'réunion, 12 février 2025', ['12 février 2025=2025-02-12..2025-02-12 day']],
    ['fr', 'le 1er mai 2024', ['le 1er mai 2024=2024-05-01..2024-05-01 day']],
    ['fr', 'mise sur pied en mars 2025', ['en mars 2025=2025-03-01..2025-03-31 month']],
    ['fr', 'MARS 2025', ['MARS 2025=2025-03-01..2025-03-31 month']],
    ['fr', 'annoncé en janvier 2026', ['en janvier 2026=2026-01-01..2026-01-31 month']],
    ['fr', 'début 2025', ['début 2025=2025-01-01..2025-04-30 range']],
    ['fr', 'au début de l’année 2025', ['au début de l’année 2025=2025-01-01..2025-04-30 range']],
    ['fr', 'à la fin de l’année 2025', ['à la fin de l’année 2025=2025-09-01..2025-12-31 range']],
    ['fr', 'fin 2025', ['fin 2025=2025-09-01..2025-12-31 range']],
    ['fr', 'à la mi-mars 2025', ['mi-mars 2025=2025-03-01..2025-03-31 month']],
    ['fr', 'd’ici à la mi-2025', ['à la mi-2025=2025-05-01..2025-08-31 range']],
    ['fr', 'en 2024, la mission', ['en 2024=2024-01-01..2024-12-31 year']],
    ['fr', 'avant 2022', [`avant 2022=${OPEN_START}..2021-12-31 range before`]],
    ['fr', 'entre 2022 et 2024', ['entre 2022 et 2024=2022-01-01..2024-12-31 range']],
    ['fr', 'le 2025-03-01', ['2025-03-01=2025-03-01..2025-03-01 day']],
    ['en', 'on 10 April 2025', ['on 10 April 2025=2025-04-10..2025-04-10 day']],
    ['en', 'on February 12, 2025', ['on February 12, 2025=2025-02-12..2025-02-12 day']],
    ['en', 'in March 2025', ['in March 2025=2025-03-01..2025-03-31 month']],
    ['en', 'MARCH 2025', ['MARCH 2025=2025-03-01..2025-03-31 month']],
    ['en', 'early 2025', ['early 2025=2025-01-01..2025-04-30 range']],
    ['en', 'in late 2025', ['in late 2025=2025-09-01..2025-12-31 range']],
    ['en', 'by mid-2025', ['mid-2025=2025-05-01..2025-08-31 range']],
    ['en', 'In 2024 the mission', ['In 2024=2024-01-01..2024-12-31 year']],
    ['en', 'before 2022', [`before 2022=${OPEN_START}..2021-12-31 range before`]],
  ])('%s %j', (lang, text, expected) => {
    expect(dates(text, lang, APRIL_2025)).toEqual(expected);
    // Absolute dates need no document date.
    expect(dates(text, lang, null)).toEqual(expected);
  });
});

describe('findDates: relative to the document date', () => {
  it.each<[Lang, string, DocDate, string[]]>([
    ['fr', 'Le 10 avril, à Bruxelles', APRIL_2025, ['Le 10 avril=2025-04-10..2025-04-10 day']],
    ['en', 'On April 10, in Brussels', APRIL_2025, ['On April 10=2025-04-10..2025-04-10 day']],
    ['en', 'on 10 April in Brussels', APRIL_2025, ['on 10 April=2025-04-10..2025-04-10 day']],
    // A January article speaking of December means the December before.
    ['fr', 'le 18 décembre, à Paris', JAN_15_2026, ['le 18 décembre=2025-12-18..2025-12-18 day']],
    ['fr', 'se sont retrouvés mardi à Paris', JAN_15_2026, ['mardi=2026-01-13..2026-01-13 day']],
    ['en', 'met on Tuesday in Paris', JAN_15_2026, ['on Tuesday=2026-01-13..2026-01-13 day']],
    ['fr', 'jeudi prochain', JAN_15_2026, ['jeudi prochain=2026-01-22..2026-01-22 day']],
    // Month precision: counted from the first of the month (2026-01-01, a Thursday).
    ['fr', 'mardi', { date: '2026-01-01', precision: 'month' }, ['mardi=2025-12-30..2025-12-30 day']],
    ['fr', 'en janvier, la coalition', JAN_15_2026, ['en janvier=2026-01-01..2026-01-31 month']],
    ['fr', 'Depuis au moins 2022, l’Ukraine', APRIL_2025, ['Depuis au moins 2022=2022-01-01..2025-04-01 range since']],
    ['en', 'Since at least 2022, Ukraine', APRIL_2025, ['Since at least 2022=2022-01-01..2025-04-01 range since']],
    ['fr', 'depuis mars 2025', JAN_15_2026, ['depuis mars 2025=2025-03-01..2026-01-15 range since']],
    ['fr', 'jusqu’en 2030', JAN_15_2026, ['jusqu’en 2030=2026-01-15..2030-12-31 range until']],
  ])('%s %j', (lang, text, doc, expected) => {
    const found = findDates(text, lang, doc);
    expect(found.map(show)).toEqual(expected);
    expect(found.every((m) => m.fromDocumentDate === true)).toBe(true);
  });

  it('skips what needs a document date when there is none', () => {
    expect(dates('Le 10 avril, mardi, depuis 2022', 'fr', null)).toEqual([]);
    expect(dates('On April 10, on Tuesday, since 2022', 'en', null)).toEqual([]);
  });
});

describe('findDates: what is not a date', () => {
  it.each<[Lang, string]>([
    ['fr', 'qui a formé 75 000 soldats'],
    ['fr', 'l’article 42.7 du traité'],
    ['fr', 'IJD 2025 et le projet 2025'],
    ['fr', 'la 2025e réunion'],
    ['fr', 'le mois de mai'],
    ['en', 'Ukraine may join; troops march on'],
    ['en', 'the 2025 budget'],
    ['en', 'the 1990s'],
    ['en', 'in 1750 pages'],
  ])('%s %j', (lang, text) => {
    expect(dates(text, lang, APRIL_2025)).toEqual([]);
  });
});

const REFERENCE = path.resolve('corpus/reference');
const referenceText = (prefix: string) => readFileSync(path.join(REFERENCE, readdirSync(REFERENCE).find((f) => f.startsWith(prefix)) ?? ''), 'utf8');

describe('findDates: the sample corpus', () => {
  it.each<[string, Lang, DocDate, string[]]>([
    ['000', 'fr', { date: '2025-03-01', precision: 'month' }, ['MARS 2025=2025-03-01..2025-03-31 month', 'Depuis au moins 2022=2022-01-01..2025-03-01 range since', '12 février 2025=2025-02-12..2025-02-12 day', `avant 2022=${OPEN_START}..2021-12-31 range before`, '25 mai 2024=2024-05-25..2024-05-25 day']],
    ['001', 'en', { date: '2025-03-01', precision: 'month' }, ['MARCH 2025=2025-03-01..2025-03-31 month', 'Since at least 2022=2022-01-01..2025-03-01 range since', '12 February 2025=2025-02-12..2025-02-12 day', `before 2022=${OPEN_START}..2021-12-31 range before`, '25 May 2024=2024-05-25..2024-05-25 day']],
    ['003', 'fr', { date: '2026-01-01', precision: 'month' }, ['mardi=2025-12-30..2025-12-30 day', 'en mars 2025=2025-03-01..2025-03-31 month', 'au début de l’année 2025=2025-01-01..2025-04-30 range']],
    ['004', 'fr', { date: '2025-04-01', precision: 'month' }, ['Le 10 avril=2025-04-10..2025-04-10 day']],
  ])('%s (%s)', (doc, lang, docDate, expected) => {
    const text = referenceText(doc);
    const found = findDates(text, lang, docDate);
    expect(found.map(show)).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('findDates: ranges, seasons, parts of a year, numeric dates', () => {
  it.each<[Lang, string, DocDate, string[]]>([
    ['fr', 'du 10 au 12 avril 2025', null, ['du 10 au 12 avril 2025=2025-04-10..2025-04-12 range']],
    ['fr', 'les 27 et 28 juin', APRIL_2025, ['les 27 et 28 juin=2025-06-27..2025-06-28 range']],
    ['en', 'on 10-12 April 2025', null, ['10-12 April 2025=2025-04-10..2025-04-12 range']],
    ['en', 'April 10 to 12, 2025', null, ['April 10 to 12, 2025=2025-04-10..2025-04-12 range']],
    ['fr', 'le 10/04/2025', null, ['10/04/2025=2025-04-10..2025-04-10 day']],
    ['en', 'on 25/04/2025 and 04/25/2025', null, ['25/04/2025=2025-04-25..2025-04-25 day', '04/25/2025=2025-04-25..2025-04-25 day']],
    ['en', 'on 04/05/2025', null, []],
    ['fr', 'l’an dernier et cette année', APRIL_2025, ['l’an dernier=2024-01-01..2024-12-31 year', 'cette année=2025-01-01..2025-12-31 year']],
    ['en', 'last year', JAN_15_2026, ['last year=2025-01-01..2025-12-31 year']],
    ['fr', 'au printemps 2025', null, ['au printemps 2025=2025-03-01..2025-05-31 range']],
    ['en', 'in the summer of 2024', null, ['in the summer of 2024=2024-06-01..2024-08-31 range']],
    ['fr', 'au premier semestre 2025', null, ['au premier semestre 2025=2025-01-01..2025-06-30 range']],
    ['fr', 'au troisième trimestre de 2025', null, ['au troisième trimestre de 2025=2025-07-01..2025-09-30 range']],
    ['en', 'in the second half of 2025', null, ['in the second half of 2025=2025-07-01..2025-12-31 range']],
    ['en', 'Q4 2025 and H1 2026', null, ['Q4 2025=2025-10-01..2025-12-31 range', 'H1 2026=2026-01-01..2026-06-30 range']],
  ])('%s %j', (lang, text, doc, expected) => {
    expect(dates(text, lang, doc)).toEqual(expected);
  });
});
