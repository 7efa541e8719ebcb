/**
 * Drop caps ("lettrine"): a single large initial set beside the first lines of
 * a paragraph. pdf.js gives it as its own line; it belongs at the start of the
 * highest line to its right ("L" + "e 10 avril" → "Le 10 avril").
 */
import type { Line } from './types.ts';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** Returns the page's lines with drop caps merged into the line they start. */
export function attachDropCaps(lines: Line[]): Line[] {
  const typical = median(lines.filter((l) => l.text.length > 3).map((l) => l.size));
  if (!typical) return lines;
  const removed = new Set<Line>();
  for (const cap of lines) {
    if (!/^\p{Lu}$/u.test(cap.text) || cap.size < 2.5 * typical) continue;
    const capTop = cap.baseline - 0.75 * cap.size;
    const target = lines
      .filter((l) => l !== cap && !removed.has(l) && l.size < cap.size / 2)
      .filter((l) => l.x0 >= cap.x1 - 2 && l.x0 <= cap.x1 + 2 * l.size)
      .filter((l) => l.top >= capTop - l.size && l.baseline <= cap.baseline + 0.5 * l.size)
      .sort((a, b) => a.top - b.top)[0];
    if (!target) continue;
    const n = cap.text.length;
    target.text = cap.text + target.text;
    target.spans = target.spans.map((s) => ({ ...s, start: s.start + n, end: s.end + n }));
    target.refs = target.refs.map((r) => ({ ...r, offset: r.offset + n }));
    target.x0 = cap.x0;
    removed.add(cap);
  }
  return removed.size ? lines.filter((l) => !removed.has(l)) : lines;
}
