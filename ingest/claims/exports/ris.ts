import type { Claim } from '../model.ts';
import { cslItem, type CslItem } from './csl.ts';
import { citedDocument, type ExportContext } from './cited-document.ts';

const RIS_TYPE: Record<string, string> = { report: 'RPRT', interview: 'GEN', 'article-newspaper': 'NEWS', webpage: 'ELEC', document: 'GEN' };

/** RIS tags are one line each: line breaks inside a value would start a bogus tag. */
const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ');

/** One RIS record (CRLF line ends, as the format says) for a CSL item. */
function risRecord(item: CslItem): string {
  const lines: Array<[string, string]> = [['TY', RIS_TYPE[item.type] ?? 'GEN'], ['TI', item.title]];
  for (const a of item.author ?? []) lines.push(['AU', 'literal' in a ? a.literal : a.given ? `${a.family}, ${a.given}` : a.family]);
  if (item.publisher) lines.push(['PB', item.publisher]);
  const date = item.issued?.['date-parts'][0];
  if (date?.[0]) {
    lines.push(['PY', String(date[0])]);
    lines.push(['DA', `${date[0]}/${date[1] ? String(date[1]).padStart(2, '0') : ''}/${date[2] ? String(date[2]).padStart(2, '0') : ''}/`]);
  }
  lines.push(['SP', item.page], ['EP', item.page], ['UR', item.URL]);
  if (item.language) lines.push(['LA', item.language]);
  lines.push(['N1', item.note], ['ID', item.id], ['ER', '']);
  return lines.map(([tag, v]) => `${tag}  - ${oneLine(v)}\r\n`).join('');
}

/** RIS for every cited passage of the claim. */
export function claimRis(claim: Claim, ctx: ExportContext): string {
  return claim.citations.map((cit, i) => risRecord(cslItem(`${claim.id}-${i + 1}`, citedDocument(ctx, cit.documentId), cit, ctx.baseUrl))).join('\r\n');
}
