import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { extractClaims, ruleExtractor } from '../../ingest/claims/extract/extract-claims.ts';
import { clauseAround } from '../../ingest/claims/extract/modality.ts';
import { normalize } from '../../ingest/claims/extract/text.ts';
import { ClaimDraft } from '../../ingest/claims/model.ts';
import { describe, docFrom, extract } from './claims-extract-helpers.ts';

const INTERVIEW = [
  'La coalition des volontaires en question',
  'Entretien Marie Dupont',
  "Retour sur cette alliance avec Paul Girard, chercheur à l'IRIS.",
  'La coalition doit-elle durer ?',
  'Oui. La coalition des volontaires devrait devenir permanente. Il faut donner des statuts à cette coalition.',
].join('\n\n');

group('rule extractor: shared behaviour', () => {
  it('is the "rules" extractor and returns only valid drafts with exact citations', async () => {
    expect(ruleExtractor.info.name).toBe('rules');
    const input = docFrom('La Suède participe à la mission EUMAM Ukraine. « Nous resterons aux côtés de Kiev », a déclaré Ulf Berg.', 'fr');
    const drafts = await ruleExtractor.extract(input);
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    for (const d of drafts) {
      expect(ClaimDraft.safeParse(d).success, describe(d)).toBe(true);
      expect(input.cleanText.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
      expect(d.extractor).toEqual(ruleExtractor.info);
      expect(d.confidence).toBeGreaterThan(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('attributes an interview answer to the interviewee: a proposal stays proposed, assertions become reported', async () => {
    const drafts = await extract(INTERVIEW, 'fr');
    const status = drafts.find((d) => d.predicate === 'status');
    expect(status).toMatchObject({ modality: 'proposed', attribution: { id: 'person:paul-girard' }, value: { text: 'permanent' } });
    const proposal = drafts.find((d) => d.type === 'stance');
    expect(proposal).toMatchObject({ subject: { id: 'person:paul-girard' }, predicate: 'proposes', object: { id: 'coalition:willing' } });
  });

  it('sets time only when the sentence gives a date', async () => {
    const [dated] = await extract('La Suède a rejoint la coalition des volontaires en mars 2025.', 'fr');
    expect(dated?.time).toMatchObject({ from: '2025-03-01', to: '2025-03-31', precision: 'month', source: 'text' });
    const [undated] = await extract('La Suède a rejoint la coalition des volontaires.', 'fr');
    expect(undated?.time).toBeUndefined();
  });

  it('never repeats a claim within a sentence and is deterministic', async () => {
    const input = docFrom('La France et la France participent à la mission EUMAM Ukraine.', 'fr');
    const a = await extractClaims(input);
    expect(a.filter((d) => d.subject.id === 'country:FR')).toHaveLength(1);
    expect(await extractClaims(input)).toEqual(a);
  });

  it('reads modality from the clause of the cue: conditional, modal verbs, "si"/"if", future in the past', async () => {
    const cases: Array<[string, 'fr' | 'en', string]> = [
      ['La Belgique pourrait rejoindre la coalition des volontaires.', 'fr', 'hypothetical'],
      ['Norway should join the coalition of the willing.', 'en', 'proposed'],
      ['If Sweden joined the coalition of the willing, the balance would change.', 'en', 'hypothetical'],
      ["Ils savaient que la Suède rejoindrait la coalition des volontaires.", 'fr', 'asserted'],
    ];
    for (const [text, lang, modality] of cases) {
      const d = (await extract(text, lang)).find((x) => x.type === 'membership');
      expect(d?.modality, text).toBe(modality);
    }
    const norm = normalize('La France participe, mais la Pologne pourrait hésiter.');
    const clause = clauseAround(norm, 3, 9);
    expect(norm.slice(clause.start, clause.end)).toBe('La France participe');
  });

  it('normalizes typographic apostrophes and spaces without moving offsets', () => {
    const raw = 'l’Ukraine\u202fet\u00a0l’UE';
    expect(normalize(raw)).toHaveLength(raw.length);
    expect(normalize(raw)).toBe("l'Ukraine et l'UE");
  });

  it('property: any mix of cue words, names, numbers and quotes gives valid drafts with exact citations', async () => {
    const piece = fc.constantFrom(
      'La France', 'the United Kingdom', 'les États baltes', 'NATO', "l'OTAN", 'la coalition des volontaires', 'EUMAM Ukraine', 'Lecornu', 'Sébastien Lecornu',
      'participent à', 'take part in', 'se compose de', 'excepté', 'but not', 'prêts à envoyer des troupes', 'willing to send troops', 'a formé', 'trained',
      'se sont réunis', 'met in', 'Bruxelles', 'le 10 avril', 'on 3 May', 'soutient', 'opposes', 'refuse de', 'a insisté sur', 'devient permanente', 'should',
      'pourrait', 'selon', 'according to', '«', '»', '“', '”', '"', "'", ',', '.', ';', ' — ', '?', '75 000', 'une trentaine de pays', '24', 'soldats', 'countries', 'a affirmé',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((xs) => xs.join(' '));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<'fr' | 'en'>('fr', 'en'), async (t, lang) => {
        const input = docFrom(t, lang);
        for (const d of await extractClaims(input)) {
          expect(ClaimDraft.safeParse(d).success).toBe(true);
          expect(input.cleanText.slice(d.citation.start, d.citation.end)).toBe(d.citation.quote);
        }
      }),
      { numRuns: 150 },
    );
  });
});
