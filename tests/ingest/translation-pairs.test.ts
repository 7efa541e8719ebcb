/**
 * Translation pair detection on the sample corpus (reference texts 000-004), an English text
 * on the same topic written for this test (must not pair), and the real Canadian directive
 * pair (tests/fixtures/real/01 EN, 02 FR) read with pdf-parse.
 */
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectPairs } from '../../ingest/translation/detect-pairs.ts';
import { PAIR_THRESHOLD, scorePair } from '../../ingest/translation/pair-score.ts';
import { sketchFromPlainText, sketchFromRows } from '../../ingest/translation/sketch.ts';
import type { DocSketch, TranslationLang } from '../../ingest/translation/types.ts';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const REFS: [string, TranslationLang, string][] = [
  ['000', 'fr', 'corpus/reference/000_f3baa790e8b846bd.txt'],
  ['001', 'en', 'corpus/reference/001_aa096a18e0aa19e6.txt'],
  ['002', 'fr', 'corpus/reference/002_d2107694f30e2b3c.txt'],
  ['003', 'fr', 'corpus/reference/003_844f0844d9f56523.txt'],
  ['004', 'fr', 'corpus/reference/004_58cc976fb8c2e0f9.txt'],
];
const samples: DocSketch[] = REFS.map(([id, lang, path]) => sketchFromPlainText(id, lang, read(path)));
const byId = (docs: DocSketch[], id: string) => docs.find((d) => d.id === id)!;

/**
 * Written for this test: an English article on EU defence and Ukraine, about as long as 000,
 * with headings and two footnotes, sharing some of 000's anchors on purpose (EUMAM Ukraine,
 * 75,000 soldiers, MPCC, EDIP, NATO, 2022, 2025, Poland, Germany, the coalition of the willing).
 * It is not a translation of anything in the corpus.
 */
const NEGATIVE = `# Europe's defence moment: what the war in Ukraine changed

Since Russia's full-scale invasion of Ukraine in February 2022, the European Union has moved further on defence than in the previous two decades. Member states that long kept military questions away from Brussels now discuss joint procurement, ammunition production and training in the Council almost every month.

The most visible result is the EU Military Assistance Mission in support of Ukraine (EUMAM Ukraine), launched in November 2022. By early 2025 it had trained some 75,000 Ukrainian soldiers, most of them in Poland and Germany. The mission is run from the Military Planning and Conduct Capability (MPCC) in Brussels, a small headquarters that was never designed for an operation of this size.

## Money first

The European Peace Facility, an off-budget fund, has reimbursed member states for more than EUR 11 billion of military equipment sent to Kyiv. In March 2024 the Council agreed a Ukraine Assistance Fund of EUR 5 billion. At the same time, the European Defence Industry Programme (EDIP) and the ASAP regulation on ammunition production tried to make European factories deliver faster: the target of one million artillery shells in twelve months was missed, but production capacity is expected to reach two million shells a year by the end of 2025.

Critics point out that much of the money still buys American systems. Between June 2022 and June 2023, almost 80 per cent of the defence equipment bought by EU member states came from outside the Union, according to a study by the French Institute of International Relations.

## NATO and the EU

None of this replaces NATO. Finland joined the Alliance in April 2023 and Sweden in March 2024, and the Vilnius and Washington summits reaffirmed that Ukraine's future lies in the Alliance. Yet the return of Donald Trump to the White House in January 2025 revived an old question: can Europeans defend themselves if the United States steps back?

Several capitals answered by spending more. Poland now plans to devote close to 4.7% of its GDP to defence, the Baltic states more than 3%, and Germany has exempted most defence spending from its debt brake. The Commission's ReArm Europe plan, presented in March 2025, promises up to EUR 800 billion over four years, of which EUR 150 billion in loans under the SAFE instrument.

## A coalition outside the treaties

In parallel, a coalition of the willing led by France and the United Kingdom has discussed a reassurance force that could be deployed after a ceasefire. Its meetings in London and Paris gathered around thirty countries, including Canada, Turkey, Australia and Japan. Such a coalition is faster than the EU, where unanimity gives Hungary and Slovakia a veto, but it lacks a permanent command structure and a common budget.

The debate is therefore less about institutions than about credibility. A reassurance force of 25,000 to 30,000 troops would matter only if Moscow believed that European governments were ready to reinforce it. Whether the EU, NATO or an ad hoc coalition provides that framework, the lesson of the last three years is that Ukraine's armed forces, now the largest and most experienced in Europe, have become part of European security rather than a recipient of it.

Anna Kowalska is a research fellow at a Warsaw-based think tank. This article reflects her personal views.

## The training question

Training has become the quiet centre of this cooperation. Before 2022, Western programmes for the Ukrainian army were modest: a few hundred instructors under national flags, mostly in the west of the country. Today, soldiers rotate through camps in Poland, Germany, Denmark and the Netherlands for courses that last between three and eight weeks, covering everything from combat medicine to the maintenance of Western tanks. Instructors complain that the courses are too short and too generic; Ukrainian commanders reply that they cannot spare their best people for longer.

The experience has also changed the instructors. European officers who once taught doctrine written for a war against insurgents now ask their Ukrainian students how to hide a command post from drones, how to jam a reconnaissance quadcopter, or how to organise logistics under constant artillery fire. Several armies have rewritten their own manuals as a result.<sup>1</sup> For the first time in a generation, knowledge flows from the trainee to the trainer.

## Industry and money

Behind the soldiers stands an industrial question that is harder to solve. European arms makers spent the years after the Cold War shrinking production lines, and many of them still work in small batches for national customers. A common market for defence equipment exists on paper but rarely in practice: governments protect their own champions, and joint programmes such as the Franco-German tank project move slowly.

Ukraine, by contrast, has built a fast and improvised defence industry. Its drone makers can move from a prototype to mass production in weeks, and several European companies have opened joint ventures in Lviv and Kyiv. Some governments, led by Denmark, now finance weapons made in Ukraine directly, which is cheaper and quicker than buying in Western Europe and shipping the result east.

The European Investment Bank, which long refused to lend to arms makers, changed its rules in 2024, and a growing number of private banks followed. Pension funds remain cautious. Investors ask for long-term contracts, while governments hesitate to commit for more than one budget year.

## Three scenarios

What happens next depends largely on the front. If the fighting continues at its current intensity, European support will have to grow simply to keep Ukraine in the field, and the pressure on national budgets will become acute. If a ceasefire is signed, the coalition of the willing will have to decide quickly whether to deploy troops, where, and under which rules of engagement. And if the United States cuts its support abruptly, Europeans will face gaps in intelligence, air defence and long-range strike that no single country can fill.

In all three cases, the debate in Brussels about who pays, who buys and who commands will not go away. The institutions that were built for a peaceful continent now have to serve one at war on its eastern border. Whether they adapt fast enough will be decided less by treaties than by the willingness of national leaders to share decisions they have always kept for themselves.<sup>2</sup>

## Lessons from the eastern flank

The countries closest to Russia drew their own conclusions long before the rest of the Union. Estonia, Latvia and Lithuania agreed to build a line of bunkers and anti-tank obstacles along their borders with Russia and Belarus, and Poland announced a similar programme known as the East Shield. Finland, which kept conscription and large reserves throughout the Cold War, is now studied in other capitals as a model of total defence, in which civil protection, energy supply and public information are planned together with the armed forces.

These choices are expensive, and they are not shared evenly. Southern member states, more worried about migration and instability in North Africa and the Sahel, accept the priority given to the east but ask that their own concerns are not forgotten when the money is distributed. The result is a series of package deals in which every new instrument must contain something for everyone, which slows decisions down and makes each programme larger and less focused than its authors intended.

There is also a question of people. Armies across the continent struggle to recruit, and some governments have started to debate forms of national service that were abolished in the 1990s and 2000s. Sweden reintroduced a selective draft in 2017; Latvia followed in 2023. Elsewhere, the idea remains politically sensitive, and most ministers prefer to talk about reservists, volunteers and better pay.

## What Ukraine brings

Ukrainian officials like to say that their country does not only ask for security but also offers it. The claim is not just rhetoric. An army that has fought a high-intensity war for three years knows things that no exercise can teach, and a defence industry that produces more than a million drones a year has solved problems that European firms have only started to study. Integrating that experience into European planning, rather than treating Ukraine as a permanent recipient of aid, may be the most important decision of the coming decade.

1 See for example the British Army's revised field manual on drone warfare, published in 2024.

2 The author thanks colleagues in Vilnius, Helsinki and Bucharest for their comments on an earlier draft.`;
const negative = sketchFromPlainText('neg', 'en', NEGATIVE);

function matrix(docs: DocSketch[]): string {
  const head = `      ${docs.map((d) => d.id.padStart(7)).join('')}`;
  const rows = docs.map((a) => a.id.padEnd(6) + docs.map((b) => (a === b || a.lang === b.lang ? '      -' : scorePair(a, b).score.toFixed(3).padStart(7))).join(''));
  return [head, ...rows].join('\n');
}

describe('sketchFromPlainText on the reference texts', () => {
  it('splits paragraphs on blank lines and takes "#" lines as headings', () => {
    const fr = byId(samples, '000');
    // Headings counted in 000 by eye: title, 1., II, III, IV, Conclusion, "Institut Jacques Delors".
    expect(fr.blocks.filter((b) => b.kind === 'heading').map((b) => b.text.slice(0, 12))).toEqual([
      'Vers une all', '1. Contribut', 'II • Coordon', 'III • Pour u', 'IV • Une nou', '• Conclusion', 'Institut Jac',
    ]);
    // 001 has no "#" lines; its two footnotes are found by their shape.
    const en = byId(samples, '001');
    expect(en.blocks.filter((b) => b.kind === 'heading')).toHaveLength(0);
    expect(en.blocks.filter((b) => b.kind === 'footnote').map((b) => b.text.slice(0, 6))).toEqual(['1 US D', '2 EEAS']);
    expect(fr.blocks.filter((b) => b.kind === 'footnote').map((b) => b.text.slice(0, 6))).toEqual(['1 Dépa', '2 SEAE']);
    // Inline markup is gone.
    expect(fr.blocks.some((b) => /<sup>|\*\*/.test(b.text))).toBe(false);
  });

  it('builds a sketch from stored rows and refuses undetermined languages', () => {
    const blocks = [{ kind: 'heading', text: 'Titre' }, { kind: 'body', text: 'Texte.' }];
    expect(sketchFromRows({ id: 'd1', lang: 'fr', page_count: 3 }, blocks)).toEqual({ id: 'd1', lang: 'fr', pageCount: 3, blocks });
    expect(sketchFromRows({ id: 'd2', lang: 'und', page_count: 1 }, blocks)).toBeUndefined();
  });
});

describe('scorePair / detectPairs on the sample corpus', () => {
  it('pairs 000 with 001 and nothing else', () => {
    console.log(`pair scores (threshold ${PAIR_THRESHOLD}):\n${matrix([...samples, negative])}`);
    expect(detectPairs(samples).map((p) => [p.a, p.b])).toEqual([['000', '001']]);
    expect(scorePair(byId(samples, '000'), byId(samples, '001')).score).toBeGreaterThanOrEqual(PAIR_THRESHOLD);
    for (const id of ['002', '003', '004']) expect(scorePair(byId(samples, id), byId(samples, '001')).score, id).toBeLessThan(PAIR_THRESHOLD);
  });

  it('explains the 000-001 pair with what both texts carry', () => {
    const { evidence } = scorePair(byId(samples, '000'), byId(samples, '001'));
    console.log('000-001 evidence', JSON.stringify(evidence));
    // "75 000" / "75,000", "42.7" (article 42.7), 2022; dates of both footnotes and "MARS 2025" / "MARCH 2025".
    expect(evidence.shared.numbers).toEqual(expect.arrayContaining(['75000', '42.7', '2022']));
    expect(evidence.shared.dates).toEqual(expect.arrayContaining(['2025-02-12', '2024-05-25', '2025-03']));
    // 000 is 12 982 bytes of French, 001 11 471 of English: French longer, within the expected band.
    expect(evidence.lengthRatio).toBeGreaterThan(1);
    expect(evidence.lengthRatio).toBeLessThan(1.3);
  });

  it('is symmetric and gives 0 for two documents in the same language', () => {
    const [a, b] = [byId(samples, '000'), byId(samples, '001')];
    expect(scorePair(a, b).score).toBeCloseTo(scorePair(b, a).score, 10);
    expect(scorePair(byId(samples, '000'), byId(samples, '002')).score).toBe(0);
  });

  it('does not pair the related English article with 000 or 002-004', () => {
    const scores = ['000', '002', '003', '004'].map((id) => [id, scorePair(byId(samples, id), negative).score] as const);
    console.log('negative English text vs French documents:', scores.map(([id, s]) => `${id}=${s.toFixed(3)}`).join(' '));
    for (const [id, s] of scores) expect(s, id).toBeLessThan(PAIR_THRESHOLD);
    expect(detectPairs([...samples, negative]).map((p) => [p.a, p.b])).toEqual([['000', '001']]);
  });

  it('needs content, not only shape: 001 with its figures and names stripped no longer pairs', () => {
    const en = byId(samples, '001');
    // Same paragraphs, same length, but every digit and capitalised word replaced.
    const blank = { ...en, id: 'blank', blocks: en.blocks.map((b) => ({ ...b, text: b.text.replace(/\d/g, 'x').replace(/\b\p{Lu}[\p{L}-]*/gu, (w) => 'z'.repeat(w.length)) })) };
    expect(scorePair(byId(samples, '000'), blank).score).toBeLessThan(PAIR_THRESHOLD);
  });
});

describe('the real Canadian directive pair (fixtures/real 01 EN, 02 FR), text via pdf-parse', () => {
  let en: DocSketch;
  let fr: DocSketch;
  beforeAll(async () => {
    const text = async (name: string) => {
      const parser = new PDFParse({ data: new Uint8Array(readFileSync(new URL(`../fixtures/real/${name}`, import.meta.url))) });
      try {
        return (await parser.getText()).pages.map((p) => p.text).join('\f');
      } finally {
        await parser.destroy();
      }
    };
    en = sketchFromPlainText('01en', 'en', await text('01_en_tbs-directive-identity-management.pdf'));
    fr = sketchFromPlainText('02fr', 'fr', await text('02_fr_sct-directive-gestion-identite.pdf'));
  });

  it('pairs 02 with 01, and keeps 000-001, among all documents', () => {
    const all = [...samples, negative, en, fr];
    console.log(`pair scores with the real pair:\n${matrix(all)}`);
    expect(en.pageCount).toBe(8);
    expect(fr.pageCount).toBe(9);
    const pairs = detectPairs(all).map((p) => [p.a, p.b].sort().join('-'));
    expect(pairs.sort()).toEqual(['000-001', '01en-02fr']);
  });
});
