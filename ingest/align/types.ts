/** One unit to align: a sentence or a paragraph, with its language when known. */
export interface AlignUnit {
  text: string;
  lang?: 'fr' | 'en' | 'de' | string;
}

/**
 * One bead of an alignment: `src` and `tgt` are consecutive unit indices (either may be
 * empty for an omission/addition). Links come in document order and cover every index once.
 */
export interface AlignLink {
  src: number[];
  tgt: number[];
  /** Calibrated probability in [0, 1] that the link is exactly right (calibrate.ts): wrong links are mostly low. */
  confidence: number;
}

/** Options of the aligner; every one has a default (the figures of bench/align.bench.ts use them). */
export interface AlignOptions {
  /** Language of each side when the units do not say it; guessed from the text otherwise. */
  srcLang?: string;
  tgtLang?: string;
  /** Use lexical evidence (numbers, names, cognates, lexicon). false = plain Gale-Church. */
  lexical?: boolean;
  /** Use the built-in FR-EN lexicon (corpus/lexicon). Default true. */
  lexicon?: boolean;
  /** Extra dictionary groups (e.g. read from FreeDict by `loadFreeDict`). */
  extraLexicon?: LexiconGroup[];
  /** Learn a word-association dictionary from a first pass and re-align (hunalign-style). Default true. */
  learn?: boolean;
  /**
   * Lattice points (i, j) the path should pass near (i source and j target units before it),
   * monotone; they replace the automatic anchors. alignDocument passes paragraph corners here.
   */
  guide?: ReadonlyArray<readonly [number, number]>;
  /** Thresholds of the learnt dictionary (see learn.ts). */
  learnOptions?: { minCount?: number; minDice?: number; maxPairs?: number; maxShare?: number };
  /** Half-width of the DP band around the guide path, in units. Default: adaptive. */
  band?: number;
  /** Called with the confidence-model features of every output link, in order (for fitting it). */
  onBead?: (features: number[]) => void;
  /** Called with the wall time (ms) of each phase: features, anchors, pass 1, learning, pass 2, confidence. */
  onPhase?: (phase: string, ms: number) => void;
  /** Called with the number of DP cells evaluated (for scaling tests). */
  onCells?: (cells: number) => void;
  /** Scoring weights (for tuning). */
  weights?: Partial<ScoreWeights>;
}

/** One dictionary entry: words of each language that may translate one another. */
export interface LexiconGroup {
  /** Language -> accepted forms (normalised or not). */
  forms: Record<string, string[]>;
}

/** Weights of the bead cost; costs are in nats (negative log-probabilities). */
export interface ScoreWeights {
  /** Multiplier of the Gale-Church length cost. */
  length: number;
  /** Multiplier of the lexical log-likelihood ratio. */
  lexical: number;
  /** Penalty per matched key (subtracted from its idf weight). */
  matchBias: number;
  /** Extra penalty per matched key, times log(a*b)/2 for an a-b bead (chance matches grow with size). */
  sizeBias: number;
  /** Penalty per unmatched (but matchable) key. */
  miss: number;
  /** Variance per character of the length model (Gale-Church used 6.8). */
  variance: number;
  /** Extra cost of a 1-0 / 0-1 bead. */
  skip: number;
  /** Extra cost of 2-1 / 1-2 beads. */
  merge: number;
  /** Extra cost of 2-2 beads. */
  merge22: number;
  /** Extra cost of 3-1 / 1-3 beads. */
  merge31: number;
  /** Extra cost of 3-2 / 2-3 / 4-1 / 1-4 beads. */
  mergeLarge: number;
  /** Multiplier of the weight of learnt word-association keys. */
  learnt: number;
  /** Highest weight of one shared key (idf cap). */
  idfCap: number;
  /** Temperature turning costs into posteriors for the confidence. */
  temperature: number;
}
