import { unitSpan } from './link-text.ts';
import { langName, type Flag } from './types.ts';

/**
 * Where one footnote sits on one side, by unit index (the units given to flagAlignment).
 * Give what is known: the unit holding the call (the superscript in the running text), the
 * unit holding the footnote's own text, or both. The store has both (footnote_refs.block_idx
 * and footnote_block_idx); map block indices to unit indices when aligning sentences.
 */
export interface FootnoteAnchor {
  /** The footnote's marker as printed: "1", "*". Anchors pair across sides by marker. */
  marker: string;
  callUnit?: number;
  noteUnit?: number;
}

export interface FootnoteAnchors {
  src: FootnoteAnchor[];
  tgt: FootnoteAnchor[];
}

interface LinkLike {
  src: number[];
  tgt: number[];
}

const excerpt = (s: string | undefined) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return `“${t.length > 50 ? `${t.slice(0, 50).trimEnd()}…` : t}”`;
};

/**
 * Footnote flags: a call or a note whose counterpart (same marker) is not in the same link,
 * i.e. the footnote was moved to another paragraph or another place in the other version; and
 * footnotes that exist on one side only. Returns each flag with the index of its link.
 */
export function footnoteFlags(
  links: readonly LinkLike[],
  srcUnits: readonly { text: string }[],
  tgtUnits: readonly { text: string }[],
  anchors: FootnoteAnchors,
  srcLang: string,
  tgtLang: string,
): { link: number; flag: Flag }[] {
  const linkOf = (side: 'src' | 'tgt') => {
    const m = new Map<number, number>();
    links.forEach((l, i) => l[side].forEach((u) => m.set(u, i)));
    return m;
  };
  const ls = linkOf('src');
  const lt = linkOf('tgt');
  const [S, T] = [langName(srcLang), langName(tgtLang)];
  const out: { link: number; flag: Flag }[] = [];
  const push = (link: number | undefined, flag: Flag) => link !== undefined && out.push({ link, flag });
  const markers = new Set([...anchors.src, ...anchors.tgt].map((a) => a.marker));
  for (const marker of markers) {
    const s = anchors.src.find((a) => a.marker === marker);
    const t = anchors.tgt.find((a) => a.marker === marker);
    if (!s || !t) {
      const a = (s ?? t)!;
      const map = s ? ls : lt;
      const [here, there] = s ? [S, T] : [T, S];
      push(map.get(a.callUnit ?? a.noteUnit ?? -1), { type: 'footnote', severity: 'medium', message: `Footnote ${marker} exists in the ${here} version only; the ${there} version has no footnote ${marker}.` });
      continue;
    }
    for (const part of ['callUnit', 'noteUnit'] as const) {
      const su = s[part];
      const tu = t[part];
      if (su === undefined || tu === undefined) continue;
      const a = ls.get(su);
      const b = lt.get(tu);
      if (a === b) continue;
      const what = part === 'callUnit' ? `The call to footnote ${marker}` : `The text of footnote ${marker}`;
      const src = a === undefined ? undefined : unitSpan(srcUnits, links[a]!.src, su);
      const tgt = b === undefined ? undefined : unitSpan(tgtUnits, links[b]!.tgt, tu);
      push(a, { type: 'footnote', severity: 'medium', message: `${what} is placed elsewhere in the ${T} version: there it sits in ${excerpt(tgtUnits[tu]?.text)}, which is not aligned with this passage.`, ...(src && { src }) });
      push(b, { type: 'footnote', severity: 'medium', message: `${what} is placed elsewhere in the ${S} version: there it sits in ${excerpt(srcUnits[su]?.text)}, which is not aligned with this passage.`, ...(tgt && { tgt }) });
    }
  }
  return out;
}
