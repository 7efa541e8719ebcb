import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { ClaimDraft, type ExtractionInput } from '../../ingest/claims/model.ts';
import { LlmClaimExtractor, type LlmExtractionStats } from '../../ingest/claims/extract/llm-extractor.ts';
import { claimsLlmSettings, createClaimExtractorFromConfig } from '../../ingest/claims/extract/llm-provider.ts';
import { ConfigError } from '../../ingest/config.ts';
import { splitSentences } from '../../ingest/stages/split-sentences.ts';
import { startStub, type Seen } from '../support/stub-server.ts';

/** Two paragraphs on two pages, segmented like a stored document (absolute offsets). */
function document(): ExtractionInput {
  const paragraphs = [
    'Le 10 avril, à Bruxelles, une trentaine de nations se sont réunies. La France, le Royaume-Uni et les États baltes sont prêts à envoyer des troupes.',
    'Selon Frédéric Mauro, la coalition des volontaires devrait être à la fois permanente et structurée.',
  ];
  const cleanText = paragraphs.join('\n\n');
  const blocks: Array<ExtractionInput['blocks'][number]> = [];
  const sentences: Array<ExtractionInput['sentences'][number]> = [];
  let offset = 0;
  paragraphs.forEach((p, idx) => {
    blocks.push({ idx, kind: 'body', start: offset, end: offset + p.length, pageStart: idx + 1 });
    for (const s of splitSentences(p, 'fr')) {
      sentences.push({ idx: sentences.length, blockIdx: idx, start: offset + s.start, end: offset + s.end, pageStart: idx + 1, text: p.slice(s.start, s.end) });
    }
    offset += p.length + 2;
  });
  return { documentId: 'doc-1', lang: 'fr', documentDate: { date: '2025-04-01', precision: 'month' }, cleanText, blocks, sentences };
}

const meeting = {
  type: 'event',
  predicate: 'meeting',
  subject: { id: 'coalition:willing', name: 'une trentaine de nations' },
  place: { id: 'place:brussels', name: 'Bruxelles' },
  time: 'Le 10 avril',
  modality: 'asserted',
  quote: 'Le 10 avril, à Bruxelles, une trentaine de nations se sont réunies.',
};
const count = {
  type: 'quantity',
  predicate: 'participant_count',
  subject: { id: 'coalition:willing', name: 'une trentaine de nations' },
  value: { amount: 30, approx: 'about', unit: 'countries', text: 'une trentaine' },
  modality: 'asserted',
  quote: 'une trentaine de nations se sont réunies',
};
const baltic = {
  type: 'membership',
  predicate: 'willing_to_deploy',
  subject: { name: 'les États baltes' },
  participants: [{ id: 'country:fr', name: 'La France' }, { name: 'le Royaume-Uni' }, { name: 'Atlantide' }],
  object: { id: 'coalition:willing', name: 'coalition' },
  modality: 'asserted',
  quote: 'les États baltes sont prêts à envoyer des troupes',
};
const permanent = {
  type: 'event',
  predicate: 'status',
  subject: { id: 'coalition:willing', name: 'la coalition des volontaires' },
  value: { text: 'permanente' },
  modality: 'proposed',
  attribution: { name: 'Frédéric Mauro' },
  quote: 'la coalition des volontaires devrait être à la fois permanente et structurée',
};

const answer = (...claims: unknown[]) => JSON.stringify({ claims });
const fake = (...responses: string[]) => new FakeListChatModel({ responses });

function expectExactCitations(input: ExtractionInput, drafts: ClaimDraft[]): void {
  for (const d of drafts) {
    const c = d.citation;
    expect(input.cleanText.slice(c.start, c.end)).toBe(c.quote);
    const s = input.sentences.find((x) => x.idx === c.sentenceIdx);
    expect(s && s.start <= c.start && c.end <= s.end && s.blockIdx === c.blockIdx).toBe(true);
    expect(ClaimDraft.safeParse(d).success).toBe(true);
  }
}

const noDrops = (s: LlmExtractionStats) => Object.values(s.dropped).reduce((a, b) => a + b, 0);

describe('LlmClaimExtractor with a fake chat model', () => {
  it.each(['structured', 'json'] as const)('stores valid claims with exact spans (%s mode)', async (mode) => {
    const input = document();
    const ex = new LlmClaimExtractor(fake(answer(meeting, count, baltic), answer(permanent)), { modelLabel: 'fake/list', mode });
    const drafts = await ex.extract(input);
    expectExactCitations(input, drafts);
    // Three Baltic states expand from one group claim.
    expect(drafts.map((d) => `${d.predicate}:${d.subject.id}`)).toEqual([
      'meeting:coalition:willing',
      'participant_count:coalition:willing',
      'willing_to_deploy:country:EE',
      'willing_to_deploy:country:LV',
      'willing_to_deploy:country:LT',
      'status:coalition:willing',
    ]);
    const [m, q] = drafts;
    expect(m?.time).toMatchObject({ from: '2025-04-10', to: '2025-04-10', precision: 'day', source: 'text' });
    expect(m?.place).toEqual({ id: 'place:brussels', name: 'Bruxelles' });
    expect(m?.citation).toMatchObject({ documentId: 'doc-1', blockIdx: 0, sentenceIdx: 0, page: 1, start: 0 });
    expect(q?.value).toEqual({ kind: 'number', amount: 30, approx: 'about', unit: 'countries', text: 'une trentaine' });
    expect(drafts[2]?.group).toEqual({ id: 'group:baltic-states', name: 'les États baltes' });
    // Ids are normalised or resolved from the name; a name Concorde cannot resolve is left out.
    expect(drafts[2]?.participants?.map((p) => p.id)).toEqual(['country:FR', 'country:GB']);
    const last = drafts[5];
    expect(last?.modality).toBe('proposed');
    expect(last?.attribution?.id).toBe('person:frederic-mauro');
    expect(last?.citation).toMatchObject({ blockIdx: 1, page: 2 });
    expect(last?.extractor).toEqual({ name: 'llm', version: '1:fake/list' });
    expect(ex.lastStats).toMatchObject({ requests: 2, proposed: 4, kept: 4, drafts: 6, malformedResponses: 0, failedRequests: 0 });
    expect(noDrops(ex.lastStats)).toBe(0);
  });

  it('drops a claim whose quote is not in the text, or only paraphrases it, and keeps the others', async () => {
    const input = document();
    const invented = { ...count, quote: 'trente nations se sont réunies' };
    const respaced = { ...meeting, quote: 'Le 10 avril,  à Bruxelles' };
    const crossing = { ...meeting, quote: 'se sont réunies. La France' };
    const ex = new LlmClaimExtractor(fake(answer(meeting, invented, respaced, crossing), answer()), { modelLabel: 'fake/list' });
    const drafts = await ex.extract(input);
    expect(drafts.map((d) => d.citation.quote)).toEqual([meeting.quote]);
    expectExactCitations(input, drafts);
    expect(ex.lastStats.dropped).toMatchObject({ quote_not_found: 2, quote_crosses_sentences: 1 });
    expect(ex.lastStats).toMatchObject({ proposed: 4, kept: 1 });
    expect(ex.lastStats.problems.some((p) => p.includes('trente nations'))).toBe(true);
  });

  it('counts malformed answers and schema-invalid claims instead of crashing', async () => {
    const input = document();
    const badPredicate = { ...meeting, predicate: 'likes' };
    const wrongType = { ...count, type: 'membership' };
    const noQuote = { ...meeting, quote: undefined };
    const quantityWithoutNumber = { ...count, value: { text: 'beaucoup' } };
    const unknownCountry = { ...baltic, subject: { id: 'country:XX', name: 'Atlantide' } };
    const ex = new LlmClaimExtractor(fake(answer(badPredicate, wrongType, noQuote, quantityWithoutNumber, unknownCountry, meeting), '{"claims": [ this is not JSON'), {
      modelLabel: 'fake/list',
    });
    const drafts = await ex.extract(input);
    expect(drafts.map((d) => d.predicate)).toEqual(['meeting']);
    expect(ex.lastStats).toMatchObject({ requests: 2, malformedResponses: 1, failedRequests: 0, proposed: 6, kept: 1 });
    expect(ex.lastStats.dropped).toEqual({ invalid: 3, predicate_mismatch: 1, unknown_entity: 1, quote_not_found: 0, quote_crosses_sentences: 0 });
    expect(ex.lastStats.problems.at(-1)).toMatch(/^block 1: malformed answer/);
  });

  it('reads a fenced JSON answer in json mode, and rejects an answer that is not { claims }', async () => {
    const input = document();
    const ex = new LlmClaimExtractor(fake('Voici :\n```json\n' + answer(meeting) + '\n```', '{"items": []}'), { modelLabel: 'fake/list', mode: 'json' });
    const drafts = await ex.extract(input);
    expect(drafts.map((d) => d.citation.quote)).toEqual([meeting.quote]);
    expect(ex.lastStats.malformedResponses).toBe(1);
  });

  it('throws when every request fails, so a broken provider does not look like "no claims"', async () => {
    const broken = fake('{}');
    broken.invoke = () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9'));
    const ex = new LlmClaimExtractor(broken, { modelLabel: 'fake/broken', mode: 'json' });
    await expect(ex.extract(document())).rejects.toThrow(/every request failed.*ECONNREFUSED/s);
    expect(ex.lastStats).toMatchObject({ requests: 2, failedRequests: 2 });
  });
});

describe('configuration', () => {
  it('is off unless CLAIMS_EXTRACTOR=llm', () => {
    expect(createClaimExtractorFromConfig({})).toBeUndefined();
    expect(createClaimExtractorFromConfig({ CLAIMS_EXTRACTOR: 'rules', CLAIMS_LLM_MODEL: 'x' })).toBeUndefined();
  });

  it('lists every missing variable', () => {
    expect(() => claimsLlmSettings({ CLAIMS_EXTRACTOR: 'llm' })).toThrow(ConfigError);
    expect(() => claimsLlmSettings({ CLAIMS_EXTRACTOR: 'llm' })).toThrow(/CLAIMS_LLM_MODEL[\s\S]*OPENAI_API_KEY/);
    expect(() => claimsLlmSettings({ CLAIMS_EXTRACTOR: 'llm', CLAIMS_LLM_PROVIDER: 'mistral' })).toThrow(/CLAIMS_LLM_PROVIDER/);
    expect(claimsLlmSettings({ CLAIMS_EXTRACTOR: 'llm', CLAIMS_LLM_PROVIDER: 'ollama', CLAIMS_LLM_MODEL: 'llama3.1' })).toEqual({
      provider: 'ollama',
      model: 'llama3.1',
      url: 'http://127.0.0.1:11434',
    });
  });
});

/** A provider stub answering every request with status 200 and `reply`'s JSON. */
const okStub = (reply: (s: Seen) => unknown) => startStub((s) => ({ status: 200, json: reply(s) }));

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((c) => c()));
});

describe('configured providers against stub servers on 127.0.0.1', () => {
  it('openai: sends the paragraph to /v1/chat/completions with the record_claims tool and keeps the verified claims', async () => {
    const input = document();
    const stub = await okStub((s) => {
      const text = JSON.stringify(s.body.messages);
      // Block 0 mixes a good claim, an invented quote and a schema-invalid claim (which makes LangChain's own parse fail).
      const args = text.includes('Bruxelles') ? { claims: [meeting, { ...count, quote: 'not in the text' }, { ...count, predicate: 'likes' }] } : { claims: [permanent] };
      return {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: s.body.model,
        choices: [
          {
            index: 0,
            finish_reason: 'tool_calls',
            message: { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'record_claims', arguments: JSON.stringify(args) } }] },
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      };
    });
    closers.push(stub.close);
    const ex = createClaimExtractorFromConfig(
      { CLAIMS_EXTRACTOR: 'llm', CLAIMS_LLM_MODEL: 'stub-model', OPENAI_API_KEY: 'sk-test', CONCORDE_OPENAI_BASE_URL: `${stub.url}/v1` },
      { maxRetries: 0 },
    );
    expect(ex?.info).toEqual({ name: 'llm', version: '1:openai/stub-model' });
    const drafts = (await ex?.extract(input)) ?? [];
    expect(stub.seen).toHaveLength(2);
    for (const s of stub.seen) {
      expect(s.path).toBe('/v1/chat/completions');
      expect(s.auth).toBe('Bearer sk-test');
      expect(s.body.model).toBe('stub-model');
      expect(JSON.stringify(s.body.tools)).toContain('"name":"record_claims"');
    }
    expect(drafts.map((d) => d.citation.quote)).toEqual([meeting.quote, permanent.quote]);
    expectExactCitations(input, drafts);
    expect(ex?.lastStats.dropped).toMatchObject({ quote_not_found: 1, invalid: 1 });
    expect(ex?.lastStats).toMatchObject({ proposed: 4, kept: 2, malformedResponses: 0 });
  });

  it('ollama: asks /api/chat with a JSON-schema format and keeps the verified claims', async () => {
    const input = document();
    const stub = await okStub((s) => ({
      model: s.body.model,
      created_at: '2025-04-01T00:00:00Z',
      message: { role: 'assistant', content: JSON.stringify(JSON.stringify(s.body.messages).includes('Bruxelles') ? { claims: [meeting] } : { claims: [] }) },
      done: true,
      done_reason: 'stop',
    }));
    closers.push(stub.close);
    const ex = createClaimExtractorFromConfig(
      { CLAIMS_EXTRACTOR: 'llm', CLAIMS_LLM_PROVIDER: 'ollama', CLAIMS_LLM_MODEL: 'llama-stub', CONCORDE_OLLAMA_URL: stub.url },
      { maxRetries: 0 },
    );
    const drafts = (await ex?.extract(input)) ?? [];
    expect(stub.seen.map((s) => s.path)).toEqual(['/api/chat', '/api/chat']);
    expect(stub.seen[0]?.body.model).toBe('llama-stub');
    expect(typeof stub.seen[0]?.body.format).toBe('object');
    expect(drafts.map((d) => d.citation.quote)).toEqual([meeting.quote]);
    expectExactCitations(input, drafts);
  });
});
