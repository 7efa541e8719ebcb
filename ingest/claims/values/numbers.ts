import type { Approx } from '../model.ts';

/** A number found in a sentence; offsets are relative to the string searched, `text` is the exact words. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  amount: number;
  approx: Approx;
}

/** STUB (being written): every number in `text`, French or English, in digits or words. */
export function findNumbers(_text: string, _lang: 'fr' | 'en'): NumberMention[] {
  return [];
}
