import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocMeta } from '../../ingest/model/document.ts';
import { bioName, extractMetadata } from '../../ingest/stages/extract-metadata.ts';
import { parseHtml } from '../../ingest/stages/parse/html.ts';
import { parseMarkdown } from '../../ingest/stages/parse/markdown.ts';
import { parseText } from '../../ingest/stages/parse/text.ts';

const read = (p: string) => readFileSync(new URL(`../../corpus/${p}`, import.meta.url), 'utf8');
const prose = 'Le présent rapport examine la politique de défense européenne en détail, avec des chiffres, des sources et des recommandations pour les années à venir.';
const doc = (...lines: [string, string][]) => lines.map(([kind, text]) => ({ kind, text }));

describe('extractMetadata on the sample corpus', () => {
  it('reads the English brief (001): title, MARCH 2025 as month precision, author from the bio', () => {
    const meta = extractMetadata(parseText(read('reference/001_aa096a18e0aa19e6.txt')).blocks, 'en');
    expect(DocMeta.safeParse(meta).success).toBe(true);
    expect(meta).toEqual({
      title: 'Towards an EU–Ukraine alliance: A plan for an EU–Ukraine Joint Training Mission',
      publishedOn: '2025-03-01',
      datePrecision: 'month',
      dateText: 'MARCH 2025',
      authors: ['Pierre Haroche'],
    });
  });

  it('reads the French brief (000): MARS 2025 and the bold-name bio', () => {
    const meta = extractMetadata(parseMarkdown(read('reference/000_f3baa790e8b846bd.txt')).blocks, 'fr');
    expect(meta).toMatchObject({ publishedOn: '2025-03-01', datePrecision: 'month', dateText: 'MARS 2025', authors: ['Pierre Haroche'] });
  });

  it('reads "Entretien Valentin Dauchot" as the byline of the interview (003) and ignores "mars 2025" in the body', () => {
    const meta = extractMetadata(parseMarkdown(read('reference/003_844f0844d9f56523.txt')).blocks, 'fr');
    expect(meta.authors).toEqual(['Valentin Dauchot']);
    expect(meta.publishedOn).toBeUndefined();
    expect(meta.title).toBe('La coalition des volontaires, une alliance “fragile” pour soutenir Kiev');
  });

  it('takes no date from the dates of cited sources (002) or an event date in the first paragraph (004)', () => {
    expect(extractMetadata(parseHtml(read('samples/002_d2107694f30e2b3c.html')).blocks, 'fr').publishedOn).toBeUndefined();
    expect(extractMetadata(parseText(read('reference/004_58cc976fb8c2e0f9.txt')).blocks, 'fr').publishedOn).toBeUndefined();
  });
});

describe('extractMetadata date forms', () => {
  it.each([
    ['MARS 2025', '2025-03-01', 'month'],
    ['March 2025', '2025-03-01', 'month'],
    ['janvier 2026', '2026-01-01', 'month'],
    ['12 février 2025', '2025-02-12', 'day'],
    ['1er mars 2025', '2025-03-01', 'day'],
    ['25 May 2024', '2024-05-25', 'day'],
    ['May 25, 2024', '2024-05-25', 'day'],
    ['2025-03-14', '2025-03-14', 'day'],
    ['Sept. 2023', '2023-09-01', 'month'],
  ])('reads "%s" in the header as %s (%s)', (words, iso, precision) => {
    const meta = extractMetadata(doc(['title', 'Un titre'], ['body', `POLICY BRIEF ${words}`], ['body', prose]), 'fr');
    expect(meta).toMatchObject({ publishedOn: iso, datePrecision: precision, dateText: words });
  });

  it('prefers a "Publié le" line to a date in the header kicker', () => {
    const meta = extractMetadata(doc(['title', 'Titre'], ['body', 'DOSSIER JANVIER 2025'], ['body', prose], ['body', 'Publié le 3 février 2025']), 'fr');
    expect(meta.publishedOn).toBe('2025-02-03');
  });

  it('reads dd/mm/yyyy in French, and in English only when unambiguous', () => {
    expect(extractMetadata(doc(['title', 'T'], ['body', 'Publié le 03/04/2025'], ['body', prose]), 'fr').publishedOn).toBe('2025-04-03');
    expect(extractMetadata(doc(['title', 'T'], ['body', 'Posted 03/04/2025'], ['body', prose]), 'en').publishedOn).toBeUndefined();
    expect(extractMetadata(doc(['title', 'T'], ['body', 'Posted 04/25/2025'], ['body', prose]), 'en').publishedOn).toBe('2025-04-25');
  });

  it('rejects impossible dates and ignores dates that only appear deep in the body', () => {
    expect(extractMetadata(doc(['title', 'T'], ['body', '31 février 2025'], ['body', prose]), 'fr').publishedOn).toBeUndefined();
    expect(extractMetadata(doc(['title', 'T'], ['body', prose], ['body', 'Le 12 février 2025, les ministres se sont réunis.']), 'fr').publishedOn).toBeUndefined();
  });
});

describe('extractMetadata authors', () => {
  it('reads "Par X et Y" and "By X" bylines, keeping only names', () => {
    expect(extractMetadata(doc(['title', 'T'], ['body', 'Par Jean Dupont et Marie-Claire Le Goff'], ['body', prose]), 'fr').authors).toEqual([
      'Jean Dupont',
      'Marie-Claire Le Goff',
    ]);
    expect(extractMetadata(doc(['title', 'T'], ['body', 'By John Smith, correspondent in Brussels'], ['body', prose]), 'en').authors).toEqual(['John Smith']);
    expect(extractMetadata(doc(['title', 'T'], ['body', 'By 2030, Europe must rearm.'], ['body', prose]), 'en').authors).toBeUndefined();
  });

  it('reads an author bio that starts with a name and a role', () => {
    expect(bioName('Pierre Haroche, Associate Professor of European and International Politics')).toBe('Pierre Haroche');
    expect(bioName('Pierre Haroche,\nMaître de conférences en Politique Européenne')).toBe('Pierre Haroche');
    expect(bioName('Paris, London and Berlin agreed on a plan.')).toBeUndefined();
  });
});
