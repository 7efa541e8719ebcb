import type { AlignLink } from './types.ts';

/** One link in Vecalign's text format: "[0, 1]:[2]", "[7]:[]". */
export const formatLink = (l: AlignLink): string => `[${l.src.join(', ')}]:[${l.tgt.join(', ')}]`;

/** All links, one per line, in Vecalign's text format (optionally with ":confidence"). */
export function formatLinks(links: AlignLink[], withConfidence = false): string {
  return links.map((l) => (withConfidence ? `${formatLink(l)}:${l.confidence.toFixed(4)}` : formatLink(l))).join('\n') + (links.length ? '\n' : '');
}

/** Parses Vecalign links ("[0, 1]:[2]" or with a trailing ":score"); unparsable lines are skipped. */
export function parseLinks(text: string): { src: number[]; tgt: number[] }[] {
  const out: { src: number[]; tgt: number[] }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]/.exec(line);
    if (!m) continue;
    const nums = (s: string): number[] => s.split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number);
    out.push({ src: nums(m[1] ?? ''), tgt: nums(m[2] ?? '') });
  }
  return out;
}
