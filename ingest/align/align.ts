import { findAnchors } from './anchors.ts';
import { bandAround, bandCells } from './band.ts';
import { type Bead, type BeadCost, posteriors, SHAPES, SMALL_SHAPES, viterbi } from './banded-dp.ts';
import { type BeadCostInput, beadCostFn, beadStats, DEFAULT_WEIGHTS } from './bead-cost.ts';
import { calibratedConfidence, confidenceFeatures } from './calibrate.ts';
import { extractSide, KeyTable, type SideFeatures } from './features.ts';
import { lengthRatio } from './gale-church.ts';
import { learnAssociations, type LearnOptions } from './learn.ts';
import { builtInLexicon, indexLexicon, type LexiconIndex } from './lexicon.ts';
import { keyWeights, pairTable } from './lexical-score.ts';
import { guessLang } from './stopwords.ts';
import { tokenize } from './tokenize.ts';
import type { AlignLink, AlignOptions, AlignUnit, LexiconGroup } from './types.ts';

export type { AlignLink, AlignOptions, AlignUnit } from './types.ts';

const FIRST_BAND = 10;
const MAX_BAND = 512;
const MAX_WIDENING = 6;
const SECOND_BAND = 6;
const CONFIDENCE_BAND = 3;
/** Bead cost (nats) under which a 1-1 link may teach the learnt dictionary. */
const SURE_COST = 0;
const is11 = (b: Bead): boolean => b.a === 1 && b.b === 1;
const LEARN: LearnOptions = { minCount: 3, minDice: 0.7, maxPairs: 5_000, maxShare: 0.2 };

/**
 * Aligns two lists of sentences (translations of each other) into monotone beads: 1-1, 1-2,
 * 2-1, 2-2, 1-3, 3-1, 1-0 and 0-1 links covering every index exactly once, each with a
 * confidence in [0, 1]. Offline and deterministic: lengths (Gale-Church) plus lexical evidence
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

const lexCache = new Map<string, LexiconIndex>();
const extraCache = new WeakMap<LexiconGroup[], Map<string, LexiconIndex>>();
function lexiconFor(lang: string | undefined, opts: AlignOptions): LexiconIndex | undefined {
  if (!lang) return undefined;
  const extra = opts.extraLexicon ?? [];
  const useBuiltIn = opts.lexicon !== false;
  if (extra.length === 0 && useBuiltIn) {
    let idx = lexCache.get(lang);
    if (!idx) {
      idx = indexLexicon(builtInLexicon(), lang);
      lexCache.set(lang, idx);
    }
    return idx.exact.size > 0 ? idx : undefined;
  }
  let perLang = extraCache.get(extra);
  if (!perLang) {
    perLang = new Map();
    extraCache.set(extra, perLang);
  }
  const key = `${lang}:${useBuiltIn}`;
  let idx = perLang.get(key);
  if (!idx) {
    const groups: LexiconGroup[] = [...(useBuiltIn ? builtInLexicon() : []), ...extra];
    idx = indexLexicon(groups, lang);
    perLang.set(key, idx);
  }
  return idx.exact.size > 0 ? idx : undefined;
}

/** Aligns raw texts; languages may be undefined (then guessed from function words). */
export function alignTexts(src: string[], tgt: string[], srcLang: string | undefined, tgtLang: string | undefined, opts: AlignOptions = {}): AlignLink[] {
  const n = src.length;
  const m = tgt.length;
  if (n === 0 || m === 0) {
    return [...src.map((_, i) => ({ src: [i], tgt: [], confidence: 1 })), ...tgt.map((_, j) => ({ src: [], tgt: [j], confidence: 1 }))];
  }
  const lexical = opts.lexical !== false;
  const sl = srcLang ?? guessSide(src);
  const tl = tgtLang ?? guessSide(tgt);
  const table = new KeyTable();
  const S = extractSide(src, sl, table, lexical ? lexiconFor(sl, opts) : undefined);
  const T = extractSide(tgt, tl, table, lexical ? lexiconFor(tl, opts) : undefined);
  if (!lexical) {
    S.keys = S.keys.map(() => new Int32Array(0));
    T.keys = T.keys.map(() => new Int32Array(0));
  }
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
      const input: BeadCostInput = { pairs: pairTable(band, S.keys, T.keys, kw.weight), srcLens: S.lens, tgtLens: T.lens, srcCount: kw.srcCount, tgtCount: kw.tgtCount, ratio };
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
  let pass = run(anchorPts, opts.band ?? (lexical ? FIRST_BAND : FIRST_BAND * 2), opts.band === undefined, twoPass ? SMALL_SHAPES : SHAPES);

  if (twoPass) {
    // Sure links to learn from: 1-1 beads between two other 1-1 beads whose own cost is low
    // (hunalign's heuristic; cheaper than posteriors and about as selective).
    const b = pass.beads;
    const sure: [number, number][] = [];
    for (let k = 1; k + 1 < b.length; k++) {
      const x = b[k] as Bead;
      if (x.a === 1 && x.b === 1 && x.cost < SURE_COST && is11(b[k - 1] as Bead) && is11(b[k + 1] as Bead)) sure.push([x.i0, x.j0]);
    }
    const related = (x: number, y: number): boolean => {
      const ys = T.vocabKeys[y] as Int32Array;
      for (const k of S.vocabKeys[x] as Int32Array) if (ys.includes(k)) return true;
      return false;
    };
    const learnt = learnAssociations(S.words, T.words, sure, { ...LEARN, related, ...opts.learnOptions });
    learntFrom = table.size;
    if (learnt.length > 0) addLearntKeys(S, T, learnt, table);
    pass = run(pathPoints(pass.beads), opts.band ?? SECOND_BAND, false);
  }
  const post = confidences(pass, n, m, weights.temperature);
  opts.onCells?.(cells);
  return pass.beads.map((b, k) => {
    const feats = confidenceFeatures(post[k] as number, b.a, b.b, beadStats(pass.input, b.i0, b.j0, b.a, b.b), ratio);
    opts.onBead?.(feats);
    return {
      src: range(b.i0, b.a),
      tgt: range(b.j0, b.b),
      confidence: Math.round(calibratedConfidence(feats) * 1e4) / 1e4,
    };
  });
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

/** Adds one key per learnt word pair to the units that hold its words. */
function addLearntKeys(S: SideFeatures, T: SideFeatures, learnt: [number, number, number][], table: KeyTable): void {
  const bySrc = new Int32Array(S.vocab.length).fill(-1);
  const byTgt = new Int32Array(T.vocab.length).fill(-1);
  for (const [x, y] of learnt) {
    const k = table.id(`L:${x}`);
    bySrc[x] = k;
    byTgt[y] = k;
  }
  // Learnt keys are the newest ids: appending them (sorted) keeps each unit's keys sorted.
  const extend = (side: SideFeatures, by: Int32Array): void => {
    side.keys = side.keys.map((ks, u) => {
      const extra: number[] = [];
      for (const w of side.words[u] as Int32Array) {
        const k = by[w] as number;
        if (k >= 0) extra.push(k);
      }
      if (extra.length === 0) return ks;
      const out = new Int32Array(ks.length + extra.length);
      out.set(ks);
      out.set(extra.sort((p, q) => p - q), ks.length);
      return out;
    });
  };
  extend(S, bySrc);
  extend(T, byTgt);
}

function guessSide(texts: string[]): string | undefined {
  const words: string[] = [];
  for (const t of texts) {
    for (const tok of tokenize(t)) if (tok.kind === 'word') words.push(tok.norm);
    if (words.length > 5000) break;
  }
  return guessLang(words);
}
