import { HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { PREDICATES, type ExtractionInput } from '../model.ts';
import { LlmResponse } from './llm-schema.ts';

const INSTRUCTIONS = `You extract claims from one paragraph of a French or English policy document, for fact-checkers.
Claim types and their predicates:
${Object.entries(PREDICATES)
  .map(([t, ps]) => `- ${t}: ${ps.join(', ')}`)
  .join('\n')}
membership: an actor belongs to, takes part in, is excluded from or is willing to join a coalition, mission or alliance (object = that body).
quantity: a count or amount about a subject (value.amount = the number, value.text = its words).
event: a meeting, a founding, a change of status (value.text = the new status, e.g. "permanent").
stance: a named actor supports, opposes, demands, refuses or proposes something.
quote: verbatim words with their speaker (subject = the speaker).
Modality: "asserted" for facts the document states; "reported" when it attributes them to a named source (set attribution);
"proposed" or "hypothetical" for should/could/would, devrait/pourrait/serait — these are not facts.
Groups stay groups (group:baltic-states, group:eu-members); Concorde expands them.
"quote" must be copied character for character from ONE sentence of the paragraph (same accents, apostrophes, spaces);
claims whose quote is not found verbatim are discarded. Do not invent claims; return an empty list when there are none.`;

/** The messages for one paragraph. `json` adds the schema and asks for a bare JSON object (models without tool calling). */
export function claimMessages(input: ExtractionInput, paragraph: string, json: boolean): BaseMessage[] {
  const date = input.documentDate ? `${input.documentDate.date} (precision: ${input.documentDate.precision})` : 'unknown';
  const system = json
    ? `${INSTRUCTIONS}\nReply with one JSON object and nothing else, matching this JSON Schema:\n${JSON.stringify(z.toJSONSchema(LlmResponse))}`
    : INSTRUCTIONS;
  return [
    new SystemMessage(system),
    new HumanMessage(`Document language: ${input.lang}. Document date: ${date}.\nParagraph:\n<<<\n${paragraph}\n>>>`),
  ];
}
