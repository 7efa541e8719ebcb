import { describe, expect, it } from 'vitest';
import { claimReview, NotReviewedError } from '../../ingest/claims/exports/claim-review.ts';
import { claimsCsv, csvField } from '../../ingest/claims/exports/claims-csv.ts';
import { ClaimsExport } from '../../ingest/claims/exports/claims-json.ts';
import type { CitedDocument, ExportContext } from '../../ingest/claims/exports/cited-document.ts';
import { claimCsl, cslName, cslType } from '../../ingest/claims/exports/csl.ts';
import { claimRis } from '../../ingest/claims/exports/ris.ts';
import { claimAnnotations } from '../../ingest/claims/exports/web-annotation.ts';
import type { Claim } from '../../ingest/claims/model.ts';

// A text with characters outside the BMP (two UTF-16 units each) before the quote.
const TEXT = 'Intro 🇫🇷🇬🇧 line.\nLe ministre a déclaré : « nous resterons », a-t-il dit.\nFin.';
const quote = 'nous resterons';
const start = TEXT.indexOf(quote);
const DOC: CitedDocument = {
  id: 'aaaaaaaaaaaaaaaa',
  title: 'Entretien, avec "guillemets"\net saut de ligne',
  authors: ['Valentin Dauchot', 'IRIS'],
  publisher: null,
  publishedOn: '2026-01-20',
  datePrecision: 'day',
  lang: 'fr',
  kind: 'interview',
  cleanText: TEXT,
};
const ctx: ExportContext = { baseUrl: 'http://127.0.0.1:8787', documents: new Map([[DOC.id, DOC]]) };
const claim: Claim = {
  id: 'c0123456789abcdef',
  type: 'quote',
  subject: { id: 'person:frederic-mauro', name: 'Frédéric Mauro' },
  predicate: 'says',
  value: { kind: 'text', text: quote },
  participants: [],
  initiators: [],
  modality: 'asserted',
  attribution: { id: 'person:frederic-mauro', name: 'Frédéric Mauro' },
  confidence: 0.8,
  extractor: { name: 'rules', version: '1' },
  documentDate: '2026-01-20',
  status: 'confirmed',
  reviewer: 'ana',
  note: 'heard, on the recording',
  citations: [{ documentId: DOC.id, blockIdx: 1, sentenceIdx: 1, start, end: start + quote.length, page: 3, quote }],
};

describe('claim exports', () => {
  it('Web Annotation positions count code points, and the quote selector carries its context', () => {
    const [a] = claimAnnotations(claim, ctx);
    const [q, pos] = a!.target.selector;
    expect(q).toEqual({ type: 'TextQuoteSelector', exact: quote, prefix: TEXT.slice(start - 32, start), suffix: TEXT.slice(start + quote.length, start + quote.length + 32) });
    expect(pos.start).toBe(start - 4); // four flag halves are two units each
    expect([...TEXT].slice(pos.start, pos.end).join('')).toBe(quote);
    expect(a!.target.source).toBe('http://127.0.0.1:8787/api/documents/aaaaaaaaaaaaaaaa/text');
    expect(a!['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
  });

  it('CSL-JSON and RIS carry page, date parts, authors and the quote; RIS values stay on one line', () => {
    const [item] = claimCsl(claim, ctx);
    expect(item).toMatchObject({ type: 'interview', page: '3', note: quote, issued: { 'date-parts': [[2026, 1, 20]] }, author: [{ family: 'Dauchot', given: 'Valentin' }, { literal: 'IRIS' }] });
    expect(item!.URL).toBe('http://127.0.0.1:8787/documents/aaaaaaaaaaaaaaaa#s-1');
    const ris = claimRis(claim, ctx);
    expect(ris.split('\r\n').every((l) => l === '' || /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
    expect(ris).toContain('DA  - 2026/01/20/\r\n');
    expect(ris).toContain('TI  - Entretien, avec "guillemets" et saut de ligne\r\n');
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect([cslType('policy brief'), cslType('web article'), cslType('news article'), cslType(null)]).toEqual(['report', 'webpage', 'article-newspaper', 'document']);
    expect(cslName('Institut Jacques Delors')).toEqual({ literal: 'Institut Jacques Delors' });
  });

  it('ClaimReview rates confirmed claims True and rejected ones False, and refuses unreviewed claims', () => {
    const r = claimReview(claim, ctx, new Date('2026-02-03T10:00:00Z'));
    expect(r).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      datePublished: '2026-02-03',
      author: { '@type': 'Person', name: 'ana' },
      reviewRating: { alternateName: 'True', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Frédéric Mauro' }, appearance: [{ text: quote, inLanguage: 'fr' }] },
    });
    expect(claimReview({ ...claim, status: 'rejected' }, ctx).reviewRating.alternateName).toBe('False');
    expect(() => claimReview({ ...claim, status: 'extracted', reviewer: null }, ctx)).toThrow(NotReviewedError);
  });

  it('CSV quotes what needs quoting, one row per citation; the JSON export schema accepts the claim', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField(null)).toBe('');
    const exported = { ...claim, reviewedAt: null, citations: claim.citations.map((c) => ({ ...c, documentTitle: DOC.title, lang: 'fr' as const, documentDate: DOC.publishedOn, link: '/documents/x#s-1' })) };
    expect(ClaimsExport.safeParse([exported]).success).toBe(true);
    expect(ClaimsExport.safeParse([{ ...exported, citations: [] }]).success).toBe(false);
    const csv = claimsCsv([exported, { ...exported, citations: [...exported.citations, ...exported.citations] }]);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3); // header and 3 citations; the title's \n stays inside its quotes
    expect(csv).toContain('"Entretien, avec ""guillemets""\net saut de ligne"');
  });
});
