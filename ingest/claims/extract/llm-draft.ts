import { findEntities } from '../entities/find-entities.ts';
import { getEntity } from '../entities/registry.ts';
import { ClaimDraft, EntityRef, PREDICATES, type ClaimValue, type ExtractionInput, type ExtractorInfo, type TimeRef } from '../model.ts';
import { findDates } from '../values/dates.ts';
import { LlmClaim, type LlmEntity } from './llm-schema.ts';

/** Why a claim proposed by the model was not kept. */
export type DropReason = 'invalid' | 'predicate_mismatch' | 'unknown_entity' | 'quote_not_found' | 'quote_crosses_sentences';

export type DraftResult = { ok: true; drafts: ClaimDraft[] } | { ok: false; reason: DropReason; detail: string };

/** One paragraph of the document, with what is needed to cite into it. */
export interface BlockContext {
  input: ExtractionInput;
  block: ExtractionInput['blocks'][number];
  info: ExtractorInfo;
}

const KIND_PREFIXES: ReadonlySet<string> = new Set(['country', 'org', 'coalition', 'mission', 'programme', 'group', 'person', 'place']);
/** Groups whose claims are about each member ("les États baltes sont prêts" → EE, LV, LT). */
const EXPANDED_TYPES: ReadonlySet<string> = new Set(['membership', 'stance']);
const DEFAULT_CONFIDENCE = 0.6;

/**
 * Turns one claim proposed by the model into drafts, or says why it is dropped: fields that fail
 * the schema, a predicate of another type, an entity neither known nor found in its name, or a
 * quote that is not, character for character, inside one sentence of the paragraph.
 */
export function toDrafts(raw: unknown, ctx: BlockContext): DraftResult {
  const parsed = LlmClaim.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const c = parsed.data;
  if (!(PREDICATES[c.type] as readonly string[]).includes(c.predicate)) {
    return { ok: false, reason: 'predicate_mismatch', detail: `${c.predicate} is not a ${c.type} predicate` };
  }
  const citation = locateQuote(c.quote, ctx);
  if (!citation.ok) return citation;

  const { lang } = ctx.input;
  const subject = resolveEntity(c.subject, lang);
  const object = c.object ? resolveEntity(c.object, lang) : undefined;
  const attribution = c.attribution ? resolveEntity(c.attribution, lang) : undefined;
  const place = c.place ? resolveEntity(c.place, lang) : undefined;
  const unresolved = [!subject && c.subject, c.object && !object && c.object, c.attribution && !attribution && c.attribution].filter(Boolean);
  if (!subject || unresolved.length) return { ok: false, reason: 'unknown_entity', detail: `no entity for ${unresolved.map((e) => (e ? e.name : '')).join(', ')}` };

  const value = toValue(c);
  if (c.type === 'quantity' && value?.kind !== 'number') return { ok: false, reason: 'invalid', detail: 'a quantity claim needs a numeric value' };
  const time = toTime(c.time, ctx.input);
  const base = {
    type: c.type,
    predicate: c.predicate,
    ...(object ? { object } : {}),
    ...(value ? { value } : {}),
    ...(time ? { time } : {}),
    ...(place ? { place } : {}),
    participants: (c.participants ?? []).map((e) => resolveEntity(e, lang)).filter((e): e is EntityRef => e !== undefined),
    initiators: (c.initiators ?? []).map((e) => resolveEntity(e, lang)).filter((e): e is EntityRef => e !== undefined),
    modality: c.modality,
    ...(attribution ? { attribution } : {}),
    confidence: c.confidence ?? DEFAULT_CONFIDENCE,
    extractor: ctx.info,
    citation: citation.citation,
  };
  const members = EXPANDED_TYPES.has(c.type) ? getEntity(subject.id)?.members : undefined;
  const subjects = members?.length ? members.map((id) => ({ id, name: getEntity(id)?.names[lang] ?? id })) : [subject];
  const drafts: ClaimDraft[] = [];
  for (const s of subjects) {
    const draft = { ...base, subject: s, ...(members?.length ? { group: subject } : {}) };
    const checked = ClaimDraft.safeParse(draft);
    if (!checked.success) return { ok: false, reason: 'invalid', detail: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
    drafts.push(draft);
  }
  return { ok: true, drafts };
}

type Located = { ok: true; citation: ClaimDraft['citation'] } | { ok: false; reason: DropReason; detail: string };

/** The quote's exact place: first verbatim occurrence in the paragraph, inside one sentence. */
function locateQuote(quote: string, { input, block }: BlockContext): Located {
  const text = input.cleanText.slice(block.start, block.end);
  const at = text.indexOf(quote);
  if (at < 0) return { ok: false, reason: 'quote_not_found', detail: `not in the paragraph: ${JSON.stringify(quote.slice(0, 80))}` };
  const start = block.start + at;
  const end = start + quote.length;
  const sentence = input.sentences.find((s) => s.blockIdx === block.idx && s.start <= start && end <= s.end);
  if (!sentence) return { ok: false, reason: 'quote_crosses_sentences', detail: `spans several sentences: ${JSON.stringify(quote.slice(0, 80))}` };
  return {
    ok: true,
    citation: { documentId: input.documentId, blockIdx: block.idx, sentenceIdx: sentence.idx, start, end, page: sentence.pageStart, quote: input.cleanText.slice(start, end) },
  };
}

/**
 * An entity from the model: its id when well formed (countries must exist in the registry),
 * else the entity Concorde itself finds in the name ("le Royaume-Uni" → country:GB).
 */
function resolveEntity(e: LlmEntity, lang: 'fr' | 'en'): EntityRef | undefined {
  const raw = e.id?.trim();
  // "country:fr" → "country:FR": ISO codes are upper case in Concorde's ids.
  const id = raw?.startsWith('country:') ? `country:${raw.slice('country:'.length).toUpperCase()}` : raw;
  if (id && EntityRef.shape.id.safeParse(id).success) {
    const prefix = id.slice(0, id.indexOf(':'));
    const known = getEntity(id);
    if (known || (KIND_PREFIXES.has(prefix) && prefix !== 'country' && prefix !== 'group')) return { id, name: e.name };
  }
  const found = findEntities(e.name, lang).filter((m) => !m.demonym);
  const best = found.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return best ? { id: best.ref.id, name: e.name } : undefined;
}

function toValue(c: LlmClaim): ClaimValue | undefined {
  if (!c.value) return undefined;
  const { amount, approx, unit, text } = c.value;
  if (typeof amount === 'number' && Number.isFinite(amount)) {
    return { kind: 'number', amount, approx: approx ?? 'exact', ...(unit ? { unit } : {}), text };
  }
  return { kind: 'text', text };
}

/** The time the model copied ("le 10 avril"), read with the same date reader as the rules. */
function toTime(words: string | null | undefined, input: ExtractionInput): TimeRef | undefined {
  if (!words) return undefined;
  const [d] = findDates(words, input.lang, input.documentDate);
  return d ? { from: d.from, to: d.to, precision: d.precision, text: words, source: 'text' } : undefined;
}
