import { describe as group, expect, it } from 'vitest';
import { claimsOf, extract } from './claims-extract-helpers.ts';

group('rule extractor: membership', () => {
  it('reads participation with the actors before the verb (FR and EN)', async () => {
    expect(await claimsOf('membership', 'La Suède et la Finlande participent à la mission EUMAM Ukraine depuis 2023.', 'fr')).toEqual([
      'membership country:FI participates_in → mission:eumam-ukraine [asserted]',
      'membership country:SE participates_in → mission:eumam-ukraine [asserted]',
    ]);
    expect(await claimsOf('membership', 'Belgium and Luxembourg take part in EUMAM Ukraine.', 'en')).toEqual([
      'membership country:BE participates_in → mission:eumam-ukraine [asserted]',
      'membership country:LU participates_in → mission:eumam-ukraine [asserted]',
    ]);
  });

  it('resolves "cette mission" to the mission named in the previous sentence and counts the unnamed states', async () => {
    const text = "L'UE gère la mission EUMAM Ukraine. Vingt-quatre États membres de l'UE et la Norvège participent à cette mission.";
    const drafts = await extract(text, 'fr');
    const members = drafts.filter((d) => d.type === 'membership');
    expect(members.map((d) => `${d.subject.id} ${d.predicate} ${d.object?.id}`)).toEqual(['country:NO participates_in mission:eumam-ukraine']);
    const count = drafts.find((d) => d.type === 'quantity');
    expect(count?.predicate).toBe('participant_count');
    expect(count?.value).toMatchObject({ kind: 'number', amount: 24, approx: 'exact' });
  });

  it('expands a group with exceptions: member_of for the rest, excluded_from for the exceptions, not_member_of after "but not"', async () => {
    const text = "La coalition des volontaires se compose des membres de l'Union européenne excepté la Hongrie et la Slovaquie; et du Canada (mais pas les États-Unis).";
    const got = await claimsOf('membership', text, 'fr');
    expect(got).toHaveLength(25 + 1 + 2 + 1);
    expect(got).toContain('membership country:HU excluded_from → coalition:willing [asserted]');
    expect(got).toContain('membership country:SK excluded_from → coalition:willing [asserted]');
    expect(got).toContain('membership country:US not_member_of → coalition:willing [asserted]');
    expect(got).toContain('membership country:CA member_of → coalition:willing [asserted]');
    expect(got).toContain('membership country:DE member_of → coalition:willing [asserted]');
    expect(got).not.toContain('membership country:HU member_of → coalition:willing [asserted]');
  });

  it('reads willingness to send troops, with a group expanded and the coalition from the topic', async () => {
    const text = [
      'Les membres de la coalition des volontaires se sont réunis à Paris.',
      'La Roumanie et les pays baltes se sont dits prêts à envoyer des troupes.',
    ].join('\n\n');
    const drafts = (await extract(text, 'fr')).filter((d) => d.predicate === 'willing_to_deploy');
    expect(drafts.map((d) => d.subject.id).sort()).toEqual(['country:EE', 'country:LT', 'country:LV', 'country:RO']);
    expect(drafts.every((d) => d.object?.id === 'coalition:willing')).toBe(true);
    expect(drafts.find((d) => d.subject.id === 'country:EE')?.group?.id).toBe('group:baltic-states');
    expect(await claimsOf('membership', 'Spain and Portugal are willing to deploy troops as part of the coalition of the willing.', 'en')).toEqual([
      'membership country:ES willing_to_deploy → coalition:willing [asserted]',
      'membership country:PT willing_to_deploy → coalition:willing [asserted]',
    ]);
  });

  it('reads negated membership and joining, with modality from the modal verb or the named source', async () => {
    expect(await claimsOf('membership', 'The Czech Republic is not a member of the Joint Expeditionary Force.', 'en')).toEqual(['membership country:CZ not_member_of → org:jef [asserted]']);
    expect(await claimsOf('membership', 'Le Portugal a rejoint la coalition des volontaires en juin.', 'fr')).toEqual(['membership country:PT member_of → coalition:willing [asserted]']);
    expect(await claimsOf('membership', 'Moldova could join the EU by 2035.', 'en')).toEqual(['membership country:MD member_of → org:eu [hypothetical]']);
    const reported = (await extract("Selon Reuters, l'Irlande pourrait rejoindre la coalition des volontaires.", 'fr')).find((d) => d.type === 'membership');
    expect(reported?.modality).toBe('reported');
    expect(reported?.attribution?.id).toBe('org:reuters');
  });

  it('gives nothing for sentences without a membership relation', async () => {
    for (const [text, lang] of [
      ['La France et l\'Allemagne discutent de la défense européenne.', 'fr'],
      ['Qui participera à la mission EUMAM Ukraine ?', 'fr'],
      ["Ukraine's bid to join the European Union is supported by Poland.", 'en'],
      ['The report was written by researchers from Poland and Finland.', 'en'],
    ] as const) {
      expect(await claimsOf('membership', text, lang), text).toEqual([]);
    }
  });
});
