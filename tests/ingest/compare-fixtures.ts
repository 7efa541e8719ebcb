/**
 * Claim fixtures for the #5 analyses, written by hand from the samples' story (reference texts
 * in corpus/reference). Citations are located in the reference text, so each quote is exactly
 * `text.slice(start, end)` there.
 */
import { readFileSync } from 'node:fs';
import type { Claim, ClaimValue, EntityRef, Modality, Predicate, TimeRef } from '../../ingest/claims/model.ts';

export const DOCS = {
  brief: { id: 'f3baa790e8b846bd', file: '000_f3baa790e8b846bd.txt', date: '2025-03-01' },
  briefEn: { id: 'aa096a18e0aa19e6', file: '001_aa096a18e0aa19e6.txt', date: '2025-03-01' },
  web: { id: 'd2107694f30e2b3c', file: '002_d2107694f30e2b3c.txt', date: '2026-01-01' },
  interview: { id: '844f0844d9f56523', file: '003_844f0844d9f56523.txt', date: '2026-01-01' },
  news: { id: '58cc976fb8c2e0f9', file: '004_58cc976fb8c2e0f9.txt', date: '2025-04-01' },
} as const;
export type DocName = keyof typeof DOCS;

const texts = new Map<string, string>();
export function referenceText(doc: DocName): string {
  const { file } = DOCS[doc];
  if (!texts.has(file)) texts.set(file, readFileSync(new URL(`../../corpus/reference/${file}`, import.meta.url), 'utf8'));
  return texts.get(file)!;
}

/** A citation of `quote` in a sample's reference text (fails loudly if the quote is not there). */
export function cite(doc: DocName, quote: string, sentenceIdx = 0): Claim['citations'][number] {
  const start = referenceText(doc).indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${doc}: ${quote}`);
  return { documentId: DOCS[doc].id, blockIdx: 0, sentenceIdx, start, end: start + quote.length, page: 1, quote };
}

export const E = {
  coalition: { id: 'coalition:willing', name: 'coalition des volontaires' },
  eumam: { id: 'mission:eumam-ukraine', name: 'EUMAM Ukraine' },
  fr: { id: 'country:FR', name: 'La France' },
  gb: { id: 'country:GB', name: 'le Royaume-Uni' },
  nl: { id: 'country:NL', name: 'les Pays-Bas' },
  ee: { id: 'country:EE', name: 'les États baltes' },
  lv: { id: 'country:LV', name: 'les États baltes' },
  lt: { id: 'country:LT', name: 'les États baltes' },
  hu: { id: 'country:HU', name: 'la Hongrie' },
  no: { id: 'country:NO', name: 'la Norvège' },
  baltics: { id: 'group:baltic-states', name: 'les États baltes' },
  mauro: { id: 'person:frederic-mauro', name: 'Frédéric Mauro' },
  lecornu: { id: 'person:sebastien-lecornu', name: 'Sébastien Lecornu' },
} satisfies Record<string, EntityRef>;

let seq = 0;
export interface ClaimSpec {
  id?: string;
  type: Claim['type'];
  subject: EntityRef;
  predicate: Predicate;
  object?: EntityRef;
  value?: ClaimValue;
  time?: TimeRef;
  group?: EntityRef;
  modality?: Modality;
  attribution?: EntityRef;
  status?: Claim['status'];
  docs: Array<[DocName, string, number?]>;
}

/** A stored claim as D's repo returns it. */
export function claim(s: ClaimSpec): Claim {
  const first = s.docs[0]!;
  return {
    id: s.id ?? `c${++seq}`,
    type: s.type,
    subject: s.subject,
    predicate: s.predicate,
    ...(s.object ? { object: s.object } : {}),
    ...(s.value ? { value: s.value } : {}),
    ...(s.time ? { time: s.time } : {}),
    ...(s.group ? { group: s.group } : {}),
    ...(s.attribution ? { attribution: s.attribution } : {}),
    participants: [],
    initiators: [],
    modality: s.modality ?? 'asserted',
    confidence: 0.9,
    extractor: { name: 'fixture', version: '1' },
    documentDate: DOCS[first[0]].date,
    status: s.status ?? 'extracted',
    reviewer: null,
    note: null,
    citations: s.docs.map(([doc, quote, sentence]) => cite(doc, quote, sentence ?? 0)),
  };
}

export const num = (amount: number, approx: Extract<ClaimValue, { kind: 'number' }>['approx'], text: string, unit?: string): ClaimValue => ({
  kind: 'number',
  amount,
  approx,
  text,
  ...(unit ? { unit } : {}),
});
export const day = (iso: string, text: string): TimeRef => ({ from: iso, to: iso, precision: 'day', text, source: 'text' });

/** The story of the samples as claims: the size of the coalition, who would send troops, its permanence, EUMAM. */
export function storyClaims(): Claim[] {
  const willing = (subject: EntityRef, id: string, group?: EntityRef) =>
    claim({
      id,
      type: 'membership',
      subject,
      predicate: 'willing_to_deploy',
      object: E.coalition,
      ...(group ? { group } : {}),
      docs: [['news', 'La France, le Royaume-Uni, les États baltes et les Pays-Bas ont manifesté leur willingness', 4]],
    });
  return [
    claim({ id: 'size-004', type: 'quantity', subject: E.coalition, predicate: 'member_count', value: num(30, 'about', 'cette trentaine de nations', 'countries'), time: day('2025-04-10', 'Le 10 avril'), docs: [['news', 'cette trentaine de nations', 2]] }),
    claim({ id: 'size-003', type: 'quantity', subject: E.coalition, predicate: 'member_count', value: num(30, 'about', 'une trentaine d’États', 'countries'), docs: [['interview', 'une trentaine d’États', 5]] }),
    claim({ id: 'summit-003', type: 'quantity', subject: E.coalition, predicate: 'participant_count', value: num(35, 'exact', '35 pays', 'countries'), docs: [['interview', 'un sommet réunissant 35 pays', 30]] }),
    willing(E.fr, 'will-fr'),
    willing(E.gb, 'will-gb'),
    willing(E.nl, 'will-nl'),
    willing(E.ee, 'will-ee', E.baltics),
    willing(E.lv, 'will-lv', E.baltics),
    willing(E.lt, 'will-lt', E.baltics),
    claim({ id: 'hu-out', type: 'membership', subject: E.hu, predicate: 'excluded_from', object: E.coalition, docs: [['interview', 'excepté la Hongrie, la Slovaquie, Malte et l’Autriche', 5]] }),
    claim({ id: 'perm-002', type: 'event', subject: E.coalition, predicate: 'status', value: { kind: 'text', text: 'permanent' }, docs: [['web', 'La « coalition des volontaires » devient permanente', 1]] }),
    claim({
      id: 'perm-003',
      type: 'event',
      subject: E.coalition,
      predicate: 'status',
      value: { kind: 'text', text: 'permanent' },
      modality: 'proposed',
      attribution: E.mauro,
      docs: [['interview', 'pour produire des effets, elle devrait être à la', 20]],
    }),
    claim({
      id: 'eumam-trained',
      type: 'quantity',
      subject: E.eumam,
      predicate: 'soldiers_trained',
      value: num(75000, 'exact', '75 000 soldats', 'soldiers'),
      docs: [
        ['brief', 'qui a formé 75 000 soldats ukrainiens', 12],
        ['briefEn', 'which has trained 75,000 Ukrainian soldiers', 12],
      ],
    }),
    claim({
      id: 'eumam-count',
      type: 'quantity',
      subject: E.eumam,
      predicate: 'participant_count',
      value: num(25, 'exact', 'Vingt-quatre États membres de l’UE et la Norvège', 'countries'),
      docs: [['brief', 'Vingt-quatre États membres de l', 12], ['briefEn', 'Twenty-four EU states plus Norway', 12]],
    }),
    claim({ id: 'no-eumam', type: 'membership', subject: E.no, predicate: 'participates_in', object: E.eumam, docs: [['brief', 'et la Norvège participent à cette mission', 12]] }),
    claim({ id: 'no-eumam-en', type: 'membership', subject: E.no, predicate: 'participates_in', object: E.eumam, docs: [['briefEn', 'plus Norway are participating in this mission', 12]] }),
    claim({
      id: 'lecornu-demands',
      type: 'stance',
      subject: E.lecornu,
      predicate: 'demands',
      value: { kind: 'text', text: 'ne pas affaiblir l’armée ukrainienne' },
      time: day('2025-04-10', 'Le 10 avril'),
      docs: [['news', 'Sébastien Lecornu, a insisté sur l’importance de ne pas affaiblir l’armée ukrainienne', 3]],
    }),
  ];
}
