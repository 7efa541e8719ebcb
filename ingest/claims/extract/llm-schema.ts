import { z } from 'zod';
import { Approx, ClaimType, Modality, PREDICATES, Predicate } from '../model.ts';

/**
 * What the LLM extractor asks a chat model for, per paragraph: claims as structured output.
 * Optional fields are `nullish` because models often write `null` for "absent"; the extractor
 * treats both the same. Nothing here is trusted: every claim is re-validated one by one and
 * its quote looked up verbatim in the paragraph (see `llm-extractor.ts`).
 */

const ENTITY_ID_HELP =
  'Stable id when known: country:FR (ISO 3166 alpha-2; United Kingdom = country:GB), org:nato, org:eu, ' +
  'coalition:willing (Coalition of the Willing / coalition des volontaires), mission:eumam-ukraine, mission:euu-jtm, ' +
  'org:mpcc, programme:edip, org:edtib, org:eeas, org:iris, org:ijd, group:baltic-states, group:eu-members, ' +
  'person:<first-last slug>, place:<slug>. Omit when unsure; the name is then resolved by Concorde.';

export const LlmEntity = z.object({
  id: z.string().nullish().describe(ENTITY_ID_HELP),
  name: z.string().min(1).describe('The name exactly as the paragraph writes it'),
});
export type LlmEntity = z.infer<typeof LlmEntity>;

export const LlmValue = z.object({
  amount: z.number().nullish().describe('The number, for quantities (75 000 → 75000, "une trentaine" → 30)'),
  approx: Approx.nullish().describe('exact unless the words say about / at least / more than / at most / less than'),
  unit: z.string().nullish().describe("What is counted or the currency: 'countries', 'soldiers', 'member_states', 'EUR', 'USD', 'percent'"),
  text: z.string().min(1).describe('The words of the value as written ("75 000", "permanente")'),
});

export const LlmClaim = z.object({
  type: ClaimType,
  predicate: Predicate.describe(
    Object.entries(PREDICATES)
      .map(([t, ps]) => `${t}: ${ps.join(', ')}`)
      .join('; '),
  ),
  subject: LlmEntity,
  object: LlmEntity.nullish().describe('Membership: the coalition, mission or alliance; stance: what is supported or opposed'),
  value: LlmValue.nullish().describe('Quantity claims: the number; event status: the new state ("permanent")'),
  time: z.string().nullish().describe('The words giving the date the claim refers to, copied from the paragraph ("le 10 avril", "mars 2025")'),
  place: LlmEntity.nullish(),
  participants: z.array(LlmEntity).nullish(),
  initiators: z.array(LlmEntity).nullish(),
  modality: Modality.describe('asserted; reported (a named source says it); proposed or hypothetical for should/could/would, devrait/pourrait/serait'),
  attribution: LlmEntity.nullish().describe('Who says it, when not the document itself'),
  confidence: z.number().min(0).max(1).nullish(),
  quote: z.string().min(1).describe('The exact words of ONE sentence of the paragraph that state the claim, copied character for character'),
});
export type LlmClaim = z.infer<typeof LlmClaim>;

export const LlmResponse = z.object({
  claims: z.array(LlmClaim).describe('Every membership, quantity, event, stance and quote claim the paragraph makes; [] if none'),
});
export type LlmResponse = z.infer<typeof LlmResponse>;

/** The outer shape alone, so one bad claim does not throw away the good ones of the same paragraph. */
export const LlmResponseShell = z.object({ claims: z.array(z.unknown()) });
