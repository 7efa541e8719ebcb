/**
 * Rules learnt from publisher PDFs (legal texts, strategies, directives), each checked on
 * sentences written for this file: numbering is not a count, legal nouns are not people, quoted
 * terms are not quotes, a founded body is what the verb founds, passives hold no stance, a name
 * inside a longer name does not act, partners do not receive the money. Each rule has a control
 * sentence showing the true claim still comes out.
 */
import { describe as group, expect, it } from 'vitest';
import { createEntityFinder, findEntities } from '../../ingest/claims/entities/find-entities.ts';
import { findNumbers } from '../../ingest/claims/values/numbers.ts';
import { claimsOf, describe, extract } from './claims-extract-helpers.ts';

group('publisher texts: numbering is a reference, not a count', () => {
  it('reads "8.1", "4.2.3" and "(49)" opening a sentence as section numbers', async () => {
    for (const [text, lang] of [
      ['8.1 Les membres du public peuvent communiquer avec le Conseil du Trésor.', 'fr'],
      ['4.2.3 Members of the Council may ask the Secretariat for advice.', 'en'],
      ['(49) The Commission should adopt the list of members by 2026.', 'en'],
    ] as const) {
      expect(findNumbers(text, lang), text).toEqual([]);
      expect(await claimsOf('quantity', text, lang), text).toEqual([]);
    }
  });

  it('still reads a decimal amount and a count in the body of a sentence', async () => {
    expect(findNumbers('The fund received 8.1 million euros.', 'en').map((n) => n.amount)).toEqual([8_100_000]);
    expect(await claimsOf('quantity', '4.2 The Coalition of the Willing now has 27 members.', 'en')).toEqual(['quantity coalition:willing member_count =27 [asserted]']);
  });
});

group('publisher texts: legal and document nouns are never people', () => {
  it('finds no person in "This Regulation should…", "the Directive states…", "the Strategy said…"', () => {
    for (const text of [
      'This Regulation should establish the principle that a signature should not be denied legal effect.',
      'As the Directive states, Member States shall designate a contact point.',
      'The Strategy said that cooperation would continue.',
      'Article 5 of the Framework says the Annex applies.',
    ]) {
      expect(findEntities(text, 'en').filter((e) => e.kind === 'person'), text).toEqual([]);
    }
    expect(findEntities('La Stratégie nationale a déclaré la cybersécurité prioritaire.', 'fr').filter((e) => e.kind === 'person')).toEqual([]);
  });

  it('refuses nothing on behalf of a Regulation', async () => {
    const text = 'This Regulation should establish the principle that an electronic document should not be denied legal effect.';
    expect((await extract(text, 'en')).map(describe)).toEqual([]);
  });
});

group('publisher texts: quoted terms are not quotes', () => {
  it('skips a term defined by an acronym and a short term inside a clause, even after "Member States"', async () => {
    for (const text of [
      'Directive 2006/123/EC of the European Parliament requires Member States to establish ‘points of single contact’ (PSCs) to ensure that procedures can be completed.',
      'The European Commission stated that Member States must set up “one-stop shops” for all citizens.',
      'The Council noted the “Digital Decade” targets of the Union.',
    ]) {
      expect(await claimsOf('quote', text, 'en'), text).toEqual([]);
    }
  });

  it('keeps a real utterance with its speaker, short or long', async () => {
    expect(await claimsOf('quote', '“Europe must be able to defend itself,” said Mark Rutte.', 'en')).toEqual(['quote person:mark-rutte says [reported]']);
    expect(await claimsOf('quote', '« Jamais sans l’Ukraine », a déclaré Emmanuel Macron.', 'fr')).toEqual(['quote person:emmanuel-macron says [reported]']);
  });
});

group('publisher texts: founded needs the body the verb founds', () => {
  it('does not found the qualifier, the author of a directive, or a body after a preposition', async () => {
    for (const text of [
      'To this end, an EU trust mark should be created to identify qualified trust services.',
      '(10) Directive 2011/24/EU of the European Parliament and of the Council set up a network of national authorities.',
      'Luxembourg participates in the cooperation mechanisms set up in the framework of the EU Directive on network security.',
      'L’initiative, fondée en 2010, est opérée par le Service National de la Jeunesse (SNJ).',
    ]) {
      const lang = /L’initiative/.test(text) ? 'fr' : 'en';
      expect(await claimsOf('event', text, lang), text).toEqual([]);
    }
  });

  it('does not read a common noun as an organisation named earlier', async () => {
    const text = 'The Government IT Centre (CTIE) runs the network.\n\nIn 2018, Luxembourg created a partnership to set up a centre for protection against Distributed Denial of Service (DDoS) attacks.';
    const drafts = await extract(text, 'en');
    expect(drafts.filter((d) => d.type === 'event').map(describe)).toEqual([]);
    const finder = createEntityFinder('en');
    finder.find('The Government IT Centre (CTIE) runs the network.');
    expect(finder.find('They set up a centre against Distributed Denial of Service (DDoS) attacks.').map((e) => e.ref.id)).toEqual([]);
  });

  it('still founds a named body, before a passive or after an active verb', async () => {
    expect(await claimsOf('event', 'The Public Policy Working Group (PPWG) was established at the request of the Joint Councils.', 'en')).toEqual(['event org:ppwg founded [asserted]']);
    const named = 'The Public Policy Working Group (PPWG) reports to the Councils.\n\nIn 2018 the co-leads established the PPWG.';
    expect(await claimsOf('event', named, 'en')).toEqual(['event org:ppwg founded [asserted]']);
  });
});

group('publisher texts: passives and embedded names hold no stance', () => {
  it('takes no stance from "is supported by" or "should not be denied"', async () => {
    for (const text of [
      'Luxembourg is supported by a network of international partners.',
      'As such, the European Commission is backed by the Council in this field.',
    ]) {
      expect(await claimsOf('stance', text, 'en'), text).toEqual([]);
    }
    expect(await claimsOf('stance', 'Germany supported the plan.', 'en')).toEqual(['stance country:DE supports [asserted]']);
  });

  it('does not make a country or body inside a longer name the actor', async () => {
    for (const text of [
      'In its EU Citizenship Report 2010, the Commission highlighted the need to remove obstacles.',
      'CYBERSECURITY LUXEMBOURG brings together and supports all actors of the sector.',
    ]) {
      expect(await claimsOf('stance', text, 'en'), text).toEqual([]);
    }
    expect(await claimsOf('stance', 'The UK and France supported the plan.', 'en')).toEqual(['stance country:FR supports [asserted]', 'stance country:GB supports [asserted]']);
  });
});

group('publisher texts: meetings and money', () => {
  it('keeps the body of another clause, an institution after "in" and a qualifying country out of meetings', async () => {
    for (const text of [
      'The strategy was approved by the Government in Council on 26 April 2019.',
      'In Luxembourg, the contact point is the Ministry of the Economy; the events take place during the week organised by the ecosystem ‘Cybersecurity Luxembourg’ and partners.',
      'The events take place on 3 May, organised by the Luxembourg cybersecurity ecosystem.',
    ]) {
      expect(await claimsOf('event', text, 'en'), text).toEqual([]);
    }
    expect(await claimsOf('event', 'The summit on 3 May was organised by France.', 'en')).toEqual(['event country:FR meeting [asserted]']);
  });

  it('does not give an amount to partners named after "in collaboration with"', async () => {
    const text = 'LuxWAyS aims at training experts (€ 1.5 M – ten PhD students) in collaboration with the Université Cheikh Anta Diop de Dakar (UCAD), Senegal; and the Université Virtuelle du Burkina Faso (UVBF), Burkina Faso.';
    expect(await claimsOf('quantity', text, 'en')).toEqual([]);
    expect(await claimsOf('quantity', 'Germany will provide €5 billion to Ukraine in cooperation with France.', 'en')).toEqual(['quantity country:DE amount =5000000000 [asserted]']);
  });
});
