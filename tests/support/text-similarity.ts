/**
 * Test helpers to compare extracted text with the reference corpus: markup
 * stripping, whitespace normalisation, an edit-distance similarity that stays
 * fast on ~12k-character texts, and a short word-level diff for failure output.
 */

/** Removes the reference texts' Markdown-ish markup: headings, bold/italic, footnote marks, links. */
export function stripMarkup(s: string): string {
  return s
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/<sup>\s*[^<]*<\/sup>/g, '')
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/(^|[\s(“"«])\*(?=\S)/g, '$1')
    .replace(/(?<=\S)\*(?=[\s.,;:!?)”"»]|$)/g, '');
}

/** Collapses all whitespace to single spaces and trims. */
export function normalizeWs(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Splits a reference text into paragraphs (blank-line separated), markup stripped, whitespace normalised. */
export function paragraphs(s: string): string[] {
  return stripMarkup(s)
    .split(/\n\s*\n/)
    .map(normalizeWs)
    .filter((p) => p.length > 0);
}

/**
 * Levenshtein distance by dynamic programming restricted to a diagonal band
 * (Ukkonen): the band doubles until the distance fits inside it, so similar
 * texts cost O(n·d) instead of O(n·m).
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return Math.max(n, m);
  let k = Math.max(32, Math.abs(n - m) + 1);
  for (;;) {
    const d = bandDistance(a, b, k);
    if (d <= k) return d;
    if (k >= Math.max(n, m)) return d;
    k *= 2;
  }
}

function bandDistance(a: string, b: string, k: number): number {
  const n = a.length;
  const m = b.length;
  const INF = 1e9;
  let prev = new Int32Array(m + 1).fill(INF);
  let cur = new Int32Array(m + 1).fill(INF);
  for (let j = 0; j <= Math.min(m, k); j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + k);
    cur.fill(INF, Math.max(0, lo - 1), Math.min(m, hi + 1) + 1);
    if (i <= k) cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const sub = prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m]!;
}

/** 1 − Levenshtein / max length. */
export function similarity(a: string, b: string): number {
  const max = Math.max(a.length, b.length);
  return max === 0 ? 1 : 1 - levenshtein(a, b) / max;
}

/** The first differing word runs between two texts (word-level LCS), for readable failure messages. */
export function wordDiff(a: string, b: string, limit = 12): string[] {
  const wa = a.split(' ');
  const wb = b.split(' ');
  const n = wa.length;
  const m = wb.length;
  const dp = new Int32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = wa[i] === wb[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length || ins.length) out.push(`-[${del.join(' ')}] +[${ins.join(' ')}]`);
    del = [];
    ins = [];
  };
  while ((i < n || j < m) && out.length < limit) {
    if (i < n && j < m && wa[i] === wb[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || dp[i * (m + 1) + j + 1]! >= dp[(i + 1) * (m + 1) + j]!)) ins.push(wb[j++]!);
    else del.push(wa[i++]!);
  }
  flush();
  return out;
}
