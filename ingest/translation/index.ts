/**
 * Translation review desk (FR↔EN), the pure parts around the sentence aligner (ingest/align):
 * pair detection, discrepancy flags on aligned links, and TMX/TSV/JSON exports.
 */
export type { DocSketch, Flag, FlagType, Severity, SketchBlock, TextSpan, TranslationLang } from './types.ts';
export { sketchFromPlainText, sketchFromRows, type StoredDocRow } from './sketch.ts';
export { PAIR_THRESHOLD, scorePair, type PairEvidence, type PairScore } from './pair-score.ts';
export { detectPairs, type DetectedPair, type DetectPairsOptions } from './detect-pairs.ts';
export { flagLink, type FlagLinkOptions } from './flag-link.ts';
export { flagAlignment, type AlignmentLink, type FlagAlignmentOptions, type ReviewUnit } from './flag-alignment.ts';
export type { FootnoteAnchor, FootnoteAnchors } from './footnote-flags.ts';
export { linkText, locateInUnits, unitSpan, UNIT_JOINER } from './link-text.ts';
export { toJson, toTmx, toTsv, type ExportPair, type ExportRow, type TmxOptions } from './export.ts';
