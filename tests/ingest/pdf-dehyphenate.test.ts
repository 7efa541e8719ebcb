/**
 * Line-end hyphens: every case named in the task, decided with and without
 * evidence from the document.
 */
import { describe, expect, it } from 'vitest';
import { addEvidence, buildEvidence, type HyphenEvidence, hyphenPrior, joinPlan, keepHyphen } from '../../ingest/stages/parse/pdf/dehyphenate.ts';

const evidence = (text: string): HyphenEvidence => {
  const ev: HyphenEvidence = new Map();
  for (const t of text.split(/\s+/)) addEvidence(ev, t);
  return ev;
};
const none = evidence('');

/** Joins "left-" + "right" the way the parser does and returns the text. */
const join = (before: string, after: string, ev = none, soft = false) => {
  const plan = joinPlan(before, after, soft, ev);
  return before.slice(0, before.length - plan.cut) + plan.sep + after;
};

describe('soft breaks are joined', () => {
  it.each([
    ['sécu-', 'rité', 'sécurité'],
    ['secur-', 'ity', 'security'],
    ['dévelop-', 'pement', 'développement'],
    ['micro-target-', 'ing', 'micro-targeting'],
    ['non-gouverne-', 'mentales', 'non-gouvernementales'],
    ["l'Ins-", 'titut', "l'Institut"],
    ['Ukrain-', 'ian', 'Ukrainian'],
    ['cohé-', 'rence.', 'cohérence.'],
  ])('%s|%s → %s (no evidence)', (a, b, want) => {
    console.log(`${a}|${b} → ${join(a, b)}`);
    expect(join(a, b)).toBe(want);
  });

  it('EU-|MAM → EUMAM because the document writes EUMAM elsewhere', () => {
    expect(join('EU-', 'MAM', evidence('the EUMAM Ukraine mission; EUMAM trained'))).toBe('EUMAM');
    // Without that evidence a capitalised second part keeps the hyphen (EU-Ukraine).
    expect(join('EU-', 'MAM')).toBe('EU-MAM');
  });

  it('evidence beats the prefix rule: counter-|part joins when "counterpart" occurs', () => {
    expect(join('counter-', 'part', evidence('its counterpart in Kyiv'))).toBe('counterpart');
  });

  it('a soft hyphen (U+00AD) break always joins', () => {
    expect(join('frag', 'mentation', none, true)).toBe('fragmentation');
  });
});

describe('real hyphens are kept', () => {
  it.each([
    ['cessez-', 'le-feu', 'cessez-le-feu'],
    ["c'est-", 'à-dire', "c'est-à-dire"],
    ['counter-', 'offensive', 'counter-offensive'],
    ['non-', 'credible', 'non-credible'],
    ['contre-', 'offensive', 'contre-offensive'],
    ['self-', 'defence', 'self-defence'],
    ['EU-', 'Ukraine', 'EU-Ukraine'],
    ['Pan-', 'Canadian', 'Pan-Canadian'],
    ['relève-', 't-elle', 'relève-t-elle'],
    ['2021-', '2025', '2021-2025'],
    ['e-', 'government', 'e-government'],
  ])('%s|%s → %s', (a, b, want) => {
    expect(join(a, b)).toBe(want);
  });

  it('long-|term stays hyphenated when the document writes long-term elsewhere', () => {
    expect(join('long-', 'term', evidence('a long-term view'))).toBe('long-term');
    expect(join('long-', 'term', evidence('a longterm view'))).toBe('longterm');
  });

  it('an en dash glued to a word stays glued, without a space (EU–|Ukraine)', () => {
    expect(join('EU–', 'Ukraine')).toBe('EU–Ukraine');
    expect(join('flank –', 'or to attack')).toBe('flank – or to attack');
  });

  it('keepHyphen answers on bare words', () => {
    expect(keepHyphen('cessez', 'le-feu', none)).toBe(true);
    expect(keepHyphen('sécu', 'rité', none)).toBe(false);
  });
});

describe('document evidence and prior', () => {
  it('leaves the two halves of a line-end break out of the counts', () => {
    const ev = buildEvidence([
      { text: 'the secur-', softHyphenEnd: false },
      { text: 'ity of Europe and its security', softHyphenEnd: false },
    ]);
    expect(ev.get('secur-')).toBeUndefined();
    expect(ev.get('ity')).toBeUndefined();
    expect(ev.get('security')).toBe(1);
  });

  it('a word-processor document (real hyphens at line ends) keeps undecided hyphens', () => {
    const lines = [
      { text: 'a government-', softHyphenEnd: false },
      { text: 'wide approach and a government-wide plan', softHyphenEnd: false },
      { text: 'the cross-', softHyphenEnd: false },
      { text: 'border use and cross-border data', softHyphenEnd: false },
      { text: 'a risk-', softHyphenEnd: false },
      { text: 'based view and a risk-based view', softHyphenEnd: false },
    ];
    const ev = buildEvidence(lines);
    const prior = hyphenPrior(lines, ev);
    expect(prior.keepByDefault).toBe(true);
    expect(joinPlan('public-', 'sector', false, ev, prior)).toEqual({ cut: 0, sep: '' });
    expect(joinPlan('public-', 'sector', false, ev, { keepByDefault: false })).toEqual({ cut: 1, sep: '' });
  });
});

describe('breaks before a hyphenated continuation', () => {
  it('blockchain-|based style: "block-|chain-based" joins when the document writes "blockchain"', () => {
    expect(join('block-', 'chain-based', evidence('the blockchain technology'))).toBe('blockchain-based');
  });
  it('a fragment before a compound joins: "fran-|co-luxembourgeoise"', () => {
    expect(join('fran-', 'co-luxembourgeoise', evidence('la coopération transfrontalière est solide'))).toBe('franco-luxembourgeoise');
  });
  it('but a word before a compound keeps its hyphen: "cessez-|le-feu" with "le" in the document', () => {
    expect(join('cessez-', 'le-feu', evidence('le cessez-le-feu est fragile'))).toBe('cessez-le-feu');
  });
});
