import { z } from 'zod';

/**
 * Claims: canonical records of what a source says, each pinned to the exact words that say it.
 * Extractors produce `ClaimDraft`s (one citation each); storage verifies the citation against
 * the document's clean text, merges drafts of the same claim and links language versions.
 */

export const ClaimType = z.enum(['membership', 'quantity', 'event', 'stance', 'quote']);
export type ClaimType = z.infer<typeof ClaimType>;

/**
 * Predicates per type. Membership predicates are the cells of the membership matrix;
 * quantity predicates name what is counted; `status` is a change of state ("becomes permanent").
 */
export const PREDICATES = {
  membership: ['member_of', 'participates_in', 'willing_to_deploy', 'excluded_from', 'not_member_of'],
  quantity: ['member_count', 'participant_count', 'soldiers_trained', 'troops', 'amount', 'count'],
  event: ['meeting', 'founded', 'status'],
  stance: ['supports', 'opposes', 'demands', 'refuses', 'proposes'],
  quote: ['says'],
} as const satisfies Record<ClaimType, readonly string[]>;
export const Predicate = z.enum([
  ...PREDICATES.membership,
  ...PREDICATES.quantity,
  ...PREDICATES.event,
  ...PREDICATES.stance,
  ...PREDICATES.quote,
]);
export type Predicate = z.infer<typeof Predicate>;

/** "should", "could", "would", "devrait", "pourrait" are not facts. */
export const Modality = z.enum(['asserted', 'reported', 'proposed', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;

export const ReviewStatus = z.enum(['extracted', 'confirmed', 'rejected']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/**
 * Entity ids are stable across languages: `country:FR` (ISO 3166-1 alpha-2), `org:nato`,
 * `coalition:willing`, `mission:eumam-ukraine`, `programme:edip`, `group:baltic-states`,
 * `person:sebastien-lecornu` (slug of the name), `place:brussels`.
 */
export const EntityKind = z.enum(['country', 'organisation', 'coalition', 'mission', 'programme', 'group', 'person', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityRef = z.object({
  id: z.string().regex(/^[a-z]+:[A-Za-z0-9][A-Za-z0-9-]*$/),
  /** The name as the source writes it (for display and audit). */
  name: z.string().min(1),
});
export type EntityRef = z.infer<typeof EntityRef>;

export const Approx = z.enum(['exact', 'about', 'at_least', 'more_than', 'at_most', 'less_than']);
export type Approx = z.infer<typeof Approx>;

/** A parsed number keeps its original words (`text`). */
export const NumberValue = z.object({
  kind: z.literal('number'),
  amount: z.number(),
  approx: Approx,
  /** Canonical unit: 'countries', 'soldiers', 'member_states', 'EUR', 'USD', 'people', … */
  unit: z.string().min(1).optional(),
  text: z.string().min(1),
});
export const TextValue = z.object({ kind: z.literal('text'), text: z.string().min(1) });
export const ClaimValue = z.discriminatedUnion('kind', [NumberValue, TextValue]);
export type ClaimValue = z.infer<typeof ClaimValue>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/**
 * The time a claim refers to: an inclusive date range. `source: 'text'` when the sentence
 * gives it ("le 10 avril", "mars 2025"), `'document'` when it falls back to the document's date.
 */
export const TimeRef = z.object({
  from: IsoDate,
  to: IsoDate,
  precision: z.enum(['day', 'month', 'year', 'range']),
  text: z.string().optional(),
  source: z.enum(['text', 'document']),
});
export type TimeRef = z.infer<typeof TimeRef>;

/** Where a claim comes from, down to the character. `quote === cleanText.slice(start, end)`. */
export const Citation = z.object({
  documentId: z.string().min(1),
  blockIdx: z.number().int().nonnegative(),
  sentenceIdx: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  page: z.number().int().positive(),
  quote: z.string().min(1),
});
export type Citation = z.infer<typeof Citation>;

export const ExtractorInfo = z.object({ name: z.string().min(1), version: z.string().min(1) });
export type ExtractorInfo = z.infer<typeof ExtractorInfo>;

/** What an extractor returns for one sentence: one claim, one citation. */
export const ClaimDraft = z.object({
  type: ClaimType,
  subject: EntityRef,
  predicate: Predicate,
  object: EntityRef.optional(),
  value: ClaimValue.optional(),
  /** The time the claim refers to, when the text gives it. */
  time: TimeRef.optional(),
  /** Events: where, who took part, who initiated. */
  place: EntityRef.optional(),
  participants: z.array(EntityRef).default([]),
  initiators: z.array(EntityRef).default([]),
  /** Set when the subject came from expanding a group ("les États baltes" → EE, LV, LT). */
  group: EntityRef.optional(),
  modality: Modality,
  /** Who says it (the speaker of a quote, the source of a reported claim); absent = the document itself. */
  attribution: EntityRef.optional(),
  confidence: z.number().min(0).max(1),
  extractor: ExtractorInfo,
  citation: Citation,
});
export type ClaimDraft = z.input<typeof ClaimDraft>;
export type ParsedClaimDraft = z.output<typeof ClaimDraft>;

/** A stored claim. Drafts of the same claim from an aligned pair share one record, two citations. */
export const Claim = ClaimDraft.omit({ citation: true }).extend({
  id: z.string().min(1),
  /** The date of the (first) citing document, ISO, or null when it has none. */
  documentDate: IsoDate.nullable(),
  status: ReviewStatus,
  reviewer: z.string().nullable(),
  note: z.string().nullable(),
  citations: z.array(Citation).min(1),
});
export type Claim = z.infer<typeof Claim>;

/** The sentence-level input an extractor reads (a stored or freshly segmented document). */
export interface ExtractionInput {
  documentId: string;
  lang: 'fr' | 'en';
  /** ISO date of the document and its precision, to resolve "le 10 avril" or "mardi". */
  documentDate: { date: string; precision: 'day' | 'month' | 'year' } | null;
  cleanText: string;
  blocks: ReadonlyArray<{ idx: number; kind: string; start: number; end: number; pageStart: number }>;
  sentences: ReadonlyArray<{ idx: number; blockIdx: number; start: number; end: number; pageStart: number; text: string }>;
}

/** Every extractor (rules, LLM) has this shape. */
export interface ClaimExtractor {
  readonly info: ExtractorInfo;
  extract(input: ExtractionInput): Promise<ClaimDraft[]>;
}
