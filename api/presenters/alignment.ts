import type { EditRow, LinkRow } from '../../ingest/store/links.repo.ts';
import type { PairRow } from '../../ingest/store/pairs.repo.ts';
import type { SentenceRow } from '../../ingest/store/segments.repo.ts';
import type { EditDto, LinkDto, PairDto, SentenceRef } from '../schemas/alignment.ts';

export function presentPair(p: PairRow): PairDto {
  return {
    id: p.id,
    src: { id: p.src_id, title: p.src_title, lang: p.src_lang, pageCount: p.src_pages },
    tgt: { id: p.tgt_id, title: p.tgt_title, lang: p.tgt_lang, pageCount: p.tgt_pages },
    score: p.score,
    status: p.status,
    origin: p.origin,
    evidence: p.evidence,
    alignedAt: p.aligned_at?.toISOString() ?? null,
    aligner: p.aligner,
    linkCount: p.link_count,
    flaggedCount: p.flagged_count,
    confirmedCount: p.confirmed_count,
  };
}

const ref = (s: SentenceRow): SentenceRef => ({ idx: s.idx, start: s.char_start, end: s.char_end, pageStart: s.page_start, text: s.text });

export function presentLink(l: LinkRow, src: Map<number, SentenceRow>, tgt: Map<number, SentenceRow>): LinkDto {
  const pick = (ids: number[], m: Map<number, SentenceRow>) => ids.flatMap((i) => (m.has(i) ? [ref(m.get(i)!)] : []));
  return {
    id: l.id,
    stream: l.stream,
    ord: l.ord,
    src: pick(l.src, src),
    tgt: pick(l.tgt, tgt),
    confidence: l.confidence,
    status: l.status,
    flags: l.flags,
    reviewedBy: l.reviewed_by,
    reviewedAt: l.reviewed_at?.toISOString() ?? null,
    note: l.note,
  };
}

export const presentEdit = (e: EditRow): EditDto => ({ id: e.id, action: e.action, author: e.author, at: e.at.toISOString(), before: e.before, after: e.after });
