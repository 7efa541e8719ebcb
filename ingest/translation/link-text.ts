import type { TextSpan } from './types.ts';

/** Separator between the units of one link: flag spans are offsets into the units joined with it. */
export const UNIT_JOINER = '\n';

/** The text a link's flags refer to, on one side: its units' texts joined with UNIT_JOINER. */
export function linkText(units: readonly { text: string }[], indices: readonly number[]): string {
  return indices.map((i) => units[i]?.text ?? '').join(UNIT_JOINER);
}

/** Span of unit `unit` inside linkText(units, indices), or undefined when the link does not hold it. */
export function unitSpan(units: readonly { text: string }[], indices: readonly number[], unit: number): TextSpan | undefined {
  let start = 0;
  for (const i of indices) {
    const len = units[i]?.text.length ?? 0;
    if (i === unit) return { start, end: start + len };
    start += len + UNIT_JOINER.length;
  }
  return undefined;
}

/** Maps a span of linkText back to the unit holding its start and the offset inside that unit. */
export function locateInUnits(units: readonly { text: string }[], indices: readonly number[], offset: number): { unit: number; offset: number } | undefined {
  let start = 0;
  for (const i of indices) {
    const len = units[i]?.text.length ?? 0;
    if (offset <= start + len) return { unit: i, offset: offset - start };
    start += len + UNIT_JOINER.length;
  }
  return undefined;
}
