import type { Citation, Claim } from '../model.ts';
import { citedDocument, dateParts, readerLink, type CitedDocument, type ExportContext } from './cited-document.ts';

/** A CSL-JSON item (the subset Concorde fills), as citeproc and Zotero read it. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: Array<{ family: string; given?: string } | { literal: string }>;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  URL: string;
  page: string;
  language?: string;
  note: string;
}

/** CSL item types by document kind ("policy brief" → report). */
export function cslType(kind: string | null): string {
  const k = (kind ?? '').toLowerCase();
  if (/brief|report|paper|study|rapport|note/.test(k)) return 'report';
  if (/interview|entretien/.test(k)) return 'interview';
  if (/news|press|newspaper|journal|presse/.test(k)) return 'article-newspaper';
  if (/web|blog|site/.test(k)) return 'webpage';
  return 'document';
}

/** "Pierre Haroche" → family Haroche, given Pierre; organisations and single words stay literal. */
export function cslName(name: string): { family: string; given?: string } | { literal: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || /\b(institut|institute|ministère|ministry|agence|agency|office|iris|ijd|eeas)\b/i.test(name)) return { literal: name.trim() };
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
}

export function cslItem(id: string, doc: CitedDocument, cit: Citation, baseUrl: string): CslItem {
  const issued = dateParts(doc);
  return {
    id,
    type: cslType(doc.kind),
    title: doc.title,
    ...(doc.authors.length ? { author: doc.authors.map(cslName) } : {}),
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    URL: `${baseUrl}${readerLink(doc.id, cit.sentenceIdx)}`,
    page: String(cit.page),
    ...(doc.lang !== 'und' ? { language: doc.lang } : {}),
    note: cit.quote,
  };
}

/** CSL-JSON (an array of items): one item per cited passage of the claim. */
export function claimCsl(claim: Claim, ctx: ExportContext): CslItem[] {
  return claim.citations.map((cit, i) => cslItem(`${claim.id}-${i + 1}`, citedDocument(ctx, cit.documentId), cit, ctx.baseUrl));
}
