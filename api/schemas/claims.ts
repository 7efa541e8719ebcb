import { z } from '@hono/zod-openapi';
import { Approx, ClaimType, EntityKind, Modality, Predicate, ReviewStatus } from '../../ingest/claims/model.ts';
import { DocLang, DocumentId } from './common.ts';

/**
 * HTTP shapes of claims, their citations, entities and exports. Claim fields mirror
 * `ingest/claims/model.ts`: optional model fields are absent (not null) when the claim has none.
 */

const IsoDate = z.iso.date();

/** `name` as the source writes it; `names` in both languages when the entity is known. */
export const EntityRefDto = z.object({ id: z.string(), name: z.string(), names: z.object({ fr: z.string(), en: z.string() }).optional() }).openapi('EntityRef');
export const ClaimValueDto = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('number'), amount: z.number(), approx: Approx, unit: z.string().optional(), text: z.string() }),
    z.object({ kind: z.literal('text'), text: z.string() }),
  ])
  .openapi('ClaimValue');
export const TimeRefDto = z
  .object({ from: z.string(), to: z.string(), precision: z.enum(['day', 'month', 'year', 'range']), text: z.string().optional(), source: z.enum(['text', 'document']) })
  .openapi('TimeRef');

/** One citation: `quote === cleanText.slice(start, end)` of the document, inside sentence `sentenceIdx`. */
export const CitationDto = z
  .object({
    documentId: z.string(),
    blockIdx: z.number().int(),
    sentenceIdx: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    page: z.number().int(),
    quote: z.string(),
    /** The citing document as lists show it. */
    documentTitle: z.string(),
    lang: DocLang,
    documentDate: z.string().nullable(),
    /** Reader deep link: `/documents/<id>#s-<sentenceIdx>`. */
    link: z.string(),
  })
  .openapi('ClaimCitation');
export type CitationDto = z.infer<typeof CitationDto>;

export const ClaimDto = z
  .object({
    id: z.string(),
    type: ClaimType,
    subject: EntityRefDto,
    predicate: Predicate,
    object: EntityRefDto.optional(),
    value: ClaimValueDto.optional(),
    time: TimeRefDto.optional(),
    place: EntityRefDto.optional(),
    participants: z.array(EntityRefDto),
    initiators: z.array(EntityRefDto),
    group: EntityRefDto.optional(),
    modality: Modality,
    attribution: EntityRefDto.optional(),
    confidence: z.number(),
    extractor: z.object({ name: z.string(), version: z.string() }),
    documentDate: z.string().nullable(),
    status: ReviewStatus,
    reviewer: z.string().nullable(),
    note: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    /** Languages of the citing documents: two when the claim links an aligned pair. */
    langs: z.array(DocLang),
    citations: z.array(CitationDto),
  })
  .openapi('Claim');
export type ClaimDto = z.infer<typeof ClaimDto>;

export const FacetCount = z.object({ value: z.string(), label: z.string().optional(), count: z.number().int() }).openapi('FacetCount');
export type FacetCount = z.infer<typeof FacetCount>;

export const ClaimFacets = z
  .object({
    type: z.array(FacetCount),
    predicate: z.array(FacetCount),
    status: z.array(FacetCount),
    /** value = document id, label = its title */
    document: z.array(FacetCount),
    lang: z.array(FacetCount),
    /** The most frequent subjects (top 20); label = the name as written. */
    subject: z.array(FacetCount),
  })
  .openapi('ClaimFacets');
export type ClaimFacets = z.infer<typeof ClaimFacets>;

export const ClaimListDto = z
  .object({ items: z.array(ClaimDto), total: z.number().int(), limit: z.number().int(), offset: z.number().int(), facets: ClaimFacets })
  .openapi('ClaimList');
export type ClaimListDto = z.infer<typeof ClaimListDto>;

/** Query of GET /api/claims. Facets are counted over the filtered set (before limit/offset). */
export const ClaimQuery = z.object({
  type: ClaimType.optional(),
  subject: z.string().max(200).optional(),
  predicate: Predicate.optional(),
  object: z.string().max(200).optional(),
  doc: DocumentId.optional(),
  lang: z.enum(['fr', 'en']).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** Rejected claims are listed only when asked for with status=rejected. */
  status: ReviewStatus.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ClaimQuery = z.infer<typeof ClaimQuery>;

export const SentenceDto = z.object({ idx: z.number().int(), start: z.number().int(), end: z.number().int(), page: z.number().int(), text: z.string() }).openapi('ClaimSentence');
export type SentenceDto = z.infer<typeof SentenceDto>;

/** A citation with its context in the reader and, when the document is one of an aligned pair, the translated sentence(s). */
export const CitationDetailDto = CitationDto.extend({
  sentence: SentenceDto,
  previous: SentenceDto.nullable(),
  next: SentenceDto.nullable(),
  document: z.object({ id: z.string(), title: z.string(), lang: DocLang, date: z.string().nullable(), publisher: z.string().nullable(), authors: z.array(z.string()) }),
  aligned: z
    .object({ pairId: z.string(), documentId: z.string(), documentTitle: z.string(), lang: DocLang, link: z.string(), sentences: z.array(SentenceDto) })
    .nullable(),
}).openapi('ClaimCitationDetail');
export type CitationDetailDto = z.infer<typeof CitationDetailDto>;

export const ClaimReviewEntryDto = z
  .object({ at: z.string(), reviewer: z.string(), fromStatus: ReviewStatus, toStatus: ReviewStatus, note: z.string().nullable() })
  .openapi('ClaimReviewEntry');

export const ClaimDetailDto = ClaimDto.extend({ citations: z.array(CitationDetailDto), reviews: z.array(ClaimReviewEntryDto) }).openapi('ClaimDetail');
export type ClaimDetailDto = z.infer<typeof ClaimDetailDto>;

export const PatchClaimBody = z.object({
  status: ReviewStatus,
  reviewer: z.string().trim().min(1).max(100),
  note: z.string().max(2000).nullable().optional(),
});
export type PatchClaimBody = z.infer<typeof PatchClaimBody>;

export const EntityDto = z
  .object({
    id: z.string(),
    kind: EntityKind,
    names: z.object({ fr: z.string(), en: z.string() }),
    aliases: z.array(z.string()),
    /** Member entity ids (groups, alliances). */
    members: z.array(z.string()),
    /** Claims (not rejected) that name the entity in any role. */
    claimCount: z.number().int(),
  })
  .openapi('Entity');
export type EntityDto = z.infer<typeof EntityDto>;

export const EntityRole = z.enum(['subject', 'object', 'participant', 'initiator', 'place', 'group', 'attribution']);
export type EntityRole = z.infer<typeof EntityRole>;

export const EntityDetailDto = EntityDto.extend({
  memberEntities: z.array(z.object({ id: z.string(), kind: EntityKind.nullable(), names: z.object({ fr: z.string(), en: z.string() }) })),
  claims: z.array(ClaimDto.extend({ roles: z.array(EntityRole) })),
}).openapi('EntityDetail');
export type EntityDetailDto = z.infer<typeof EntityDetailDto>;

export const EntityQuery = z.object({
  kind: EntityKind.optional(),
  q: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const EntityListDto = z.object({ items: z.array(EntityDto), total: z.number().int() }).openapi('EntityList');
export type EntityListDto = z.infer<typeof EntityListDto>;

/** W3C Web Annotation (JSON-LD), one per citation; positions count Unicode code points of the document's clean text. */
export const WebAnnotationDto = z
  .object({
    '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
    id: z.string(),
    type: z.literal('Annotation'),
    motivation: z.literal('describing'),
    created: z.string().optional(),
    generator: z.object({ id: z.string(), type: z.literal('Software'), name: z.string() }),
    body: z.object({ type: z.literal('TextualBody'), value: z.string(), format: z.literal('text/plain'), language: z.literal('en'), purpose: z.literal('describing') }),
    target: z.object({
      /** The document's clean text: `/api/documents/<id>/text`. */
      source: z.string(),
      type: z.literal('Text'),
      format: z.literal('text/plain'),
      language: z.string(),
      selector: z.tuple([
        z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string(), suffix: z.string() }),
        z.object({ type: z.literal('TextPositionSelector'), start: z.number().int(), end: z.number().int() }),
      ]),
    }),
  })
  .openapi('WebAnnotation');
export const AnnotationListDto = z
  .object({ '@context': z.literal('http://www.w3.org/ns/anno.jsonld'), id: z.string(), type: z.literal('AnnotationCollection'), total: z.number().int(), items: z.array(WebAnnotationDto) })
  .openapi('AnnotationCollection');

/** CSL-JSON item of a cited passage. */
export const CslItemDto = z
  .object({
    id: z.string(),
    type: z.string(),
    title: z.string(),
    author: z.array(z.union([z.object({ family: z.string(), given: z.string().optional() }), z.object({ literal: z.string() })])).optional(),
    publisher: z.string().optional(),
    issued: z.object({ 'date-parts': z.array(z.array(z.number().int())) }).optional(),
    URL: z.string(),
    page: z.string(),
    language: z.string().optional(),
    /** The exact quote. */
    note: z.string(),
  })
  .openapi('CslItem');

/** schema.org ClaimReview of a reviewed claim. */
export const ClaimReviewDto = z
  .object({
    '@context': z.literal('https://schema.org'),
    '@type': z.literal('ClaimReview'),
    url: z.string(),
    claimReviewed: z.string(),
    datePublished: z.string().optional(),
    author: z.object({ '@type': z.literal('Person'), name: z.string() }),
    reviewRating: z.object({ '@type': z.literal('Rating'), ratingValue: z.number(), bestRating: z.number(), worstRating: z.number(), alternateName: z.enum(['True', 'False']) }),
    reviewBody: z.string().optional(),
    itemReviewed: z.object({
      '@type': z.literal('Claim'),
      datePublished: z.string().optional(),
      author: z.object({ '@type': z.enum(['Person', 'Organization']), name: z.string() }).optional(),
      firstAppearance: z.record(z.string(), z.unknown()),
      appearance: z.array(
        z.object({ '@type': z.literal('CreativeWork'), url: z.string(), name: z.string(), headline: z.string(), text: z.string(), inLanguage: z.string().optional(), datePublished: z.string().optional() }).loose(),
      ),
    }),
  })
  .openapi('ClaimReview');

export const CiteQuery = z.object({ format: z.enum(['csl', 'ris']).default('csl') });

/** Any id is accepted: one that names no claim or entity is a 404, whatever its shape. */
export const ClaimParam = z.object({ id: z.string().min(1).max(200) });
export const EntityParam = z.object({ id: z.string().min(1).max(200) });
