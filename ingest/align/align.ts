import { findAnchors } from './anchors.ts';
import { bandAround, bandCells } from './band.ts';
import { type Bead, type BeadCost, posteriors, SHAPES, SMALL_SHAPES, viterbi } from './banded-dp.ts';
import { type BeadCostInput, beadCostFn, beadStats, DEFAULT_WEIGHTS } from './bead-cost.ts';
import { calibratedConfidence, confidenceFeatures } from './calibrate.ts';
import { extractSide, KeyTable, lengthsOnly } from './features.ts';
import { lengthRatio } from './gale-church.ts';
import { addLearntKeys, learnAssociations, type LearnOptions, sharesKey, sureLinks } from './learn.ts';
import { lexiconIndexFor } from './lexicon.ts';
import { keyWeights, pairTable } from './lexical-score.ts';
import { guessTextsLang } from './stopwords.ts';
import type { AlignLink, AlignOptions, AlignUnit } from './types.ts';

export type { AlignLink, AlignOptions, AlignUnit } from './types.ts';

/** Half-widths (units) of the bands: around the anchor guide, around the first path, for posteriors. */
const FIRST_BAND = 10;
const SECOND_BAND = 4;
const CONFIDENCE_BAND = 2;
/** Local widening stops at this half-width and after this many rounds. */
const MAX_BAND = 512;
const MAX_WIDENING = 6;
const LEARN: LearnOptions = { minCount: 3, minDice: 0.7, maxPairs: 5_000, maxShare: 0.2 };

/**
 * Aligns two lists of sentences (translations of each other) into monotone beads: 1-1, 1-2,
 * 2-1, 2-2, 1-3, 3-1, 2-3, 3-2, 1-4, 4-1, 1-0 and 0-1 links covering every index exactly once,
 * each with a calibrated confidence in [0, 1]. Offline and deterministic: lengths (Gale-Church) plus lexical evidence
 * (numbers, names, acronyms, cognates, the built-in lexicon and a dictionary learnt from a first
 * pass). Banded dynamic programming around anchors keeps time and memory linear.
 */
export function alignSentences(src: AlignUnit[], tgt: AlignUnit[], opts: AlignOptions = {}): AlignLink[] {
  return alignTexts(
    src.map((u) => u.text),
    tgt.map((u) => u.text),
    opts.srcLang ?? commonLang(src),
    opts.tgtLang ?? commonLang(tgt),
    opts,
  );
}

/** Same as alignSentences, over paragraph units (longer units, same model). */
export function alignParagraphs(src: AlignUnit[], tgt: AlignUnit[], opts: AlignOptions = {}): AlignLink[] {
  return alignSentences(src, tgt, opts);
}

/** The language all units agree on, if they say one. */
function commonLang(units: AlignUnit[]): string | undefined {
  const l = units[0]?.lang;
  return l !== undefined && units.every((u) => u.lang === l) ? l : undefined;
}

/** Aligns raw texts; languages may be undefined (then guessed from function words). */
export function alignTexts(src: string[], tgt: string[], srcLang: string | undefined, tgtLang: string | undefined, opts: AlignOptions = {}): AlignLink[] {
  const n = src.length;
  const m = tgt.length;
  if (n === 0 || m === 0) {
    return [...src.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })), ...tgt.map((_, j) => ({ src: [], tgt: [j], confidence: 1 }))];
  }
  const lexical = opts.lexical !== false;
  const sl = srcLang ?? guessTextsLang(src);
  const tl = tgtLang ?? guessTextsLang(tgt);
  const table = new KeyTable();
  let clock = performance.now();
  const phase = (name: string): void => {
    const now = performance.now();
    opts.onPhase?.(name, now - clock);
    clock = now;
  };
  const lex = (lang: string | undefined) => lexiconIndexFor(lang, opts.extraLexicon ?? [], opts.lexicon !== false);
  // The length-only baseline needs no features but the lengths.
  const S = lexical ? extractSide(src, sl, table, lex(sl)) : lengthsOnly(src);
  const T = lexical ? extractSide(tgt, tl, table, lex(tl)) : lengthsOnly(tgt);
  phase('features');
  const weights = { ...DEFAULT_WEIGHTS, ...opts.weights };
  const ratio = lengthRatio(S.lens, T.lens);
  let cells = 0;
  let learntFrom = Infinity;

  /**
   * One alignment pass in a band around `points`. Where the best path runs along the band's
   * border the band is too narrow there: it is doubled around those rows only, and the pass
   * redone, so a local detour does not widen the band of the whole document.
   */
  const run = (points: ReadonlyArray<readonly [number, number]>, width: number, adaptive: boolean, shapes = SHAPES): Pass => {
    const kw = keyWeights(S.keys, T.keys, table.size, weights.idfCap, learntFrom, weights.learnt);
    const widths = new Int32Array(n + 1).fill(width);
    for (let round = 0; ; round++) {
      const band = bandAround(points, n, m, widths);
      const input: BeadCostInput = { pairs: pairTable(band, S.keys, T.keys, kw.weight), srcLens: S.lens, tgtLens: T.lens, srcCount: kw.srcCount, tgtCount: kw.tgtCount, srcWeight: kw.srcWeight, tgtWeight: kw.tgtWeight, ratio };
      const cost = beadCostFn(input, weights);
      const res = viterbi(band, cost, shapes);
      cells += bandCells(band);
      if (!adaptive || res.edgeRows.length === 0 || round >= MAX_WIDENING) return { beads: res.beads, cost, input };
      let grown = false;
      for (const r of res.edgeRows) {
        const w = Math.min(MAX_BAND, 2 * (widths[r] as number));
        const reach = 2 * w;
        for (let i = Math.max(0, r - reach); i <= Math.min(n, r + reach); i++) {
          if ((widths[i] as number) < w) {
            widths[i] = w;
            grown = true;
          }
        }
      }
      if (!grown) return { beads: res.beads, cost, input };
    }
  };

  let anchorPts: ReadonlyArray<readonly [number, number]> = opts.guide ?? [];
  if (!opts.guide && lexical) {
    const kw0 = keyWeights(S.keys, T.keys, table.size, weights.idfCap);
    anchorPts = findAnchors(S.keys, T.keys, kw0.srcDf, kw0.tgtDf).flatMap(([s, t]) => [[s, t], [s + 1, t + 1]] as [number, number][]);
  }
  // With a second pass coming, the first one only needs a good path: the common shapes do.
  const twoPass = lexical && opts.learn !== false;
  phase('anchors');
  let pass = run(anchorPts, opts.band ?? (lexical ? FIRST_BAND : FIRST_BAND * 2), opts.band === undefined, twoPass ? SMALL_SHAPES : SHAPES);
  phase('pass 1');

  if (twoPass) {
    const learnt = learnAssociations(S.words, T.words, sureLinks(pass.beads), { ...LEARN, related: sharesKey(S, T), ...opts.learnOptions });
    learntFrom = table.size;
    if (learnt.length > 0) addLearntKeys(S, T, learnt, table);
    phase('learning');
    pass = run(pathPoints(pass.beads), opts.band ?? SECOND_BAND, false);
    phase('pass 2');
  }
  const post = confidences(pass, n, m, weights.temperature);
  opts.onCells?.(cells);
  const links = pass.beads.map((b, k) => {
    const feats = confidenceFeatures(post[k] as number, b.a, b.b, beadStats(pass.input, b.i0, b.j0, b.a, b.b), ratio);
    opts.onBead?.(feats);
    return {
      src: range(b.i0, b.a),
      tgt: range(b.j0, b.b),
      confidence: Math.round(calibratedConfidence(feats) * 1e4) / 1e4,
    };
  });
  phase('confidence');
  return links;
}

interface Pass {
  beads: Bead[];
  cost: BeadCost;
  input: BeadCostInput;
}

/**
 * Posterior of each bead of the best path, by forward-backward in a narrow band around it:
 * alternatives further away have negligible probability, and the narrow band keeps this cheap.
 */
function confidences(pass: Pass, n: number, m: number, temperature: number): Float64Array {
  const band = bandAround(pathPoints(pass.beads), n, m, CONFIDENCE_BAND);
  return posteriors(band, pass.cost, pass.beads, temperature);
}

const pathPoints = (beads: Bead[]): [number, number][] => beads.map((b) => [b.i0 + b.a, b.j0 + b.b]);
const range = (start: number, len: number): number[] => Array.from({ length: len }, (_, k) => start + k);

