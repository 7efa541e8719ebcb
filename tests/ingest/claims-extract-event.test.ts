import { describe as group, expect, it } from 'vitest';
import { claimsOf, extract } from './claims-extract-helpers.ts';

group('rule extractor: event', () => {
  it('reads a dated, placed meeting with its initiators, the year taken from the document date', async () => {
    const [d] = (await extract("Le 12 février, à Varsovie, les ministres de la Défense de l'OTAN se sont réunis à l'initiative de la Pologne.", 'fr', '2025-04-15')).filter(
      (x) => x.type === 'event',
    );
    expect(d).toMatchObject({ subject: { id: 'org:nato' }, predicate: 'meeting', place: { id: 'place:warsaw' }, modality: 'asserted' });
    expect(d?.time).toMatchObject({ from: '2025-02-12', to: '2025-02-12', source: 'text' });
    expect(d?.initiators?.map((r) => r.id)).toEqual(['country:PL']);
  });

  it('adds a second meeting draft when the next sentence names who initiated it ("Cette rencontre…")', async () => {
    const text = 'Le 10 mai, à Berlin, les membres de la coalition des volontaires se sont réunis. Cette rencontre a été initiée par la France et la Pologne.';
    const meetings = (await extract(text, 'fr')).filter((d) => d.predicate === 'meeting');
    expect(meetings).toHaveLength(2);
    expect(meetings[1]?.initiators?.map((r) => r.id)).toEqual(['country:FR', 'country:PL']);
    expect(meetings[1]?.place?.id).toBe('place:berlin');
  });

  it('reads foundings in the passive and the active voice', async () => {
    expect(await claimsOf('event', 'The coalition of the willing was founded in London in March 2025.', 'en')).toEqual(['event coalition:willing founded [asserted]']);
    const [active] = (await extract('In 2022, the EU launched EUMAM Ukraine to train Ukrainian troops.', 'en')).filter((d) => d.predicate === 'founded');
    expect(active?.subject.id).toBe('mission:eumam-ukraine');
    expect(active?.initiators?.map((r) => r.id)).toEqual(['org:eu']);
  });

  it('reads a change of status, and says when it is only proposed', async () => {
    const [now] = await extract('La coalition des volontaires est désormais permanente.', 'fr');
    expect(now).toMatchObject({ type: 'event', predicate: 'status', value: { kind: 'text', text: 'permanent' }, modality: 'asserted' });
    const [should] = (await extract('The coalition of the willing should become permanent.', 'en')).filter((d) => d.type === 'event');
    expect(should).toMatchObject({ predicate: 'status', value: { text: 'permanent' }, modality: 'proposed' });
  });

  it('gives no event for undated talk, negated status or a question', async () => {
    for (const [text, lang] of [
      ['Les pourparlers de paix semblent stagner.', 'fr'],
      ["La coalition des volontaires n'est pas permanente.", 'fr'],
      ['When will NATO leaders meet again?', 'en'],
    ] as const) {
      expect(await claimsOf('event', text, lang), text).toEqual([]);
    }
  });
});
