import type { Claim } from '../model.ts';
import { citedDocument, describeClaim, textUrl, type ExportContext } from './cited-document.ts';

/** Characters of context kept on each side of the exact quote (TextQuoteSelector). */
const CONTEXT = 32;

export interface WebAnnotation {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'Annotation';
  motivation: 'describing';
  created?: string;
  generator: { id: string; type: 'Software'; name: string };
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; language: 'en'; purpose: 'describing' };
  target: {
    source: string;
    type: 'Text';
    format: 'text/plain';
    language: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
}

/** Code points before a UTF-16 offset: the Web Annotation model counts characters, not code units. */
const codePoints = (text: string, offset: number) => [...text.slice(0, offset)].length;

/**
 * W3C Web Annotation (JSON-LD) of each citation of a claim: the target is the document's clean
 * text, selected both by quote (with context) and by position.
 */
export function claimAnnotations(claim: Claim, ctx: ExportContext, created?: Date): WebAnnotation[] {
  return claim.citations.map((cit, i) => {
    const doc = citedDocument(ctx, cit.documentId);
    const text = doc.cleanText;
    return {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `${ctx.baseUrl}/api/claims/${claim.id}/annotations#${i + 1}`,
      type: 'Annotation',
      motivation: 'describing',
      ...(created ? { created: created.toISOString() } : {}),
      generator: { id: `${ctx.baseUrl}/`, type: 'Software', name: `Concorde (${claim.extractor.name} ${claim.extractor.version})` },
      body: { type: 'TextualBody', value: describeClaim(claim), format: 'text/plain', language: 'en', purpose: 'describing' },
      target: {
        source: textUrl(ctx.baseUrl, cit.documentId),
        type: 'Text',
        format: 'text/plain',
        language: doc.lang,
        selector: [
          { type: 'TextQuoteSelector', exact: cit.quote, prefix: text.slice(Math.max(0, cit.start - CONTEXT), cit.start), suffix: text.slice(cit.end, cit.end + CONTEXT) },
          { type: 'TextPositionSelector', start: codePoints(text, cit.start), end: codePoints(text, cit.end) },
        ],
      },
    };
  });
}
