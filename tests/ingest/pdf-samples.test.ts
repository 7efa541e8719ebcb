/**
 * The PDF parser against the sample corpus: the reading flow must match the
 * reference texts, the paragraphs the page design moves out of the flow must
 * come out as the right kind of block, hyphens must be resolved, and running
 * headers / page numbers must be gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BlockKind, type ParsedBlock, ParsedDoc } from '../../ingest/model/document.ts';
import { parsePdf } from '../../ingest/stages/parse/pdf.ts';
import { normalizeWs, similarity, stripMarkup, wordDiff } from '../support/text-similarity.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface Sample {
  stem: string;
  pdf: string;
  /** Reference paragraphs (by their start) that the page design moves out of the flow, and the block kind they must become. */
  moved: Array<[string, BlockKind]>;
}

// Read from each reference text: header labels, bio, footnotes, colophon, pull quote, caption, web furniture.
const SAMPLES: Sample[] = [
  {
    stem: '000_f3baa790e8b846bd',
    pdf: 'corpus/samples/000_f3baa790e8b846bd.pdf',
    moved: [
      ['GÉOPOLITIQUE & DÉFENSE', 'boilerplate'],
      ['DÉCRYPTAGE MARS 2025', 'boilerplate'],
      ['Pierre Haroche, Maître de conférences', 'sidebar'],
      ['1 Département américain de la Défense', 'footnote'],
      ['2 SEAE, Conseil des affaires étrangères', 'footnote'],
      ['Directeur de la publication: Sylvie Matelly', 'boilerplate'],
      ['Institut Jacques Delors', 'boilerplate'],
      ["Penser l'Europe • Thinking Europe", 'boilerplate'],
      ['18 rue de Londres', 'boilerplate'],
      ['T +33 (0)1 44 58 97 97', 'boilerplate'],
      ['Ce projet reçoit des financements', 'boilerplate'],
    ],
  },
  {
    stem: '001_aa096a18e0aa19e6',
    pdf: 'corpus/samples/001_aa096a18e0aa19e6.pdf',
    moved: [
      ['GEOPOLITICS & DEFENSE', 'boilerplate'],
      ['POLICY BRIEF MARCH 2025', 'boilerplate'],
      ['Pierre Haroche, Associate Professor', 'sidebar'],
      ['1 US Department of Defense', 'footnote'],
      ['2 EEAS, Foreign Affairs Council', 'footnote'],
      ['Directeur de la publication: Sylvie Matelly', 'boilerplate'],
      ['Institut Jacques Delors', 'boilerplate'],
      ["Penser l'Europe • Thinking Europe", 'boilerplate'],
      ['18 rue de Londres', 'boilerplate'],
      ['T +33 (0)1 44 58 97 97', 'boilerplate'],
      ['Le projet reçoit des financements du programme This project', 'boilerplate'],
    ],
  },
  {
    stem: '002_d2107694f30e2b3c',
    pdf: 'tests/fixtures/002_web-page-printed.pdf',
    moved: [
      ['Skip to content', 'boilerplate'],
      ['Crédit: Adobe Stock', 'caption'],
      ['facebook icon twitter icon linkedin icon', 'boilerplate'],
      ['Copié!', 'boilerplate'],
      ['Plus de contenu', 'boilerplate'],
    ],
  },
  {
    stem: '003_844f0844d9f56523',
    pdf: 'corpus/samples/003_844f0844d9f56523.pdf',
    moved: [
      ["“C'est le germe", 'quote'],
      ['Frédéric Mauro', 'quote'],
      ['Chercheur associé à l’Institut', 'quote'],
      ['Emmanuel Macron a reçu', 'caption'],
    ],
  },
  { stem: '004_58cc976fb8c2e0f9', pdf: 'corpus/samples/004_58cc976fb8c2e0f9.pdf', moved: [] },
];

const FLOW = new Set<BlockKind>(['title', 'heading', 'body']);
const docs = new Map<string, ParsedDoc>();
const refOf = (stem: string) => fs.readFileSync(path.join(root, 'corpus/reference', `${stem}.txt`), 'utf8');
const flowText = (d: ParsedDoc) => normalizeWs(d.blocks.filter((b) => FLOW.has(b.kind)).map((b) => b.text).join('\n'));
const kindText = (d: ParsedDoc, k: BlockKind) => normalizeWs(d.blocks.filter((b) => b.kind === k).map((b) => b.text).join(' '));
const doc = (stem: string) => docs.get(stem)!;
const flowBlocks = (stem: string): ParsedBlock[] => doc(stem).blocks.filter((b) => FLOW.has(b.kind));

/**
 * Reference units: blank-line paragraphs, except that a paragraph holding a
 * line that starts a moved-out item among other lines (002 puts "Skip to
 * content", the title and the photo credit on consecutive lines) is split
 * into its lines.
 */
function refUnits(stem: string, prefixes: string[]): string[] {
  return stripMarkup(refOf(stem))
    .split(/\n\s*\n/)
    .flatMap((p) => {
      const lines = p.split('\n').map(normalizeWs);
      return lines.length > 1 && lines.some((l) => prefixes.some((x) => l.startsWith(x))) ? lines : [normalizeWs(p)];
    })
    .filter((u) => u.length > 0);
}

/** The reference unit that starts with `prefix`. */
function refPara(stem: string, prefix: string, prefixes: string[]): string {
  const p = refUnits(stem, prefixes).find((x) => x.startsWith(prefix));
  if (!p) throw new Error(`no reference paragraph starts with ${prefix} in ${stem}`);
  return p;
}

beforeAll(async () => {
  for (const s of SAMPLES) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(root, s.pdf)));
    const t0 = performance.now();
    const d = await parsePdf(bytes);
    const ms = performance.now() - t0;
    console.log(`${s.stem}: ${d.pageCount} pages, ${d.blocks.length} blocks, ${ms.toFixed(0)} ms (${(ms / d.pageCount).toFixed(0)} ms/page)`);
    docs.set(s.stem, d);
  }
});

describe('PDF samples: reading flow against the reference', () => {
  it.each(SAMPLES.map((s) => [s.stem, s] as const))('%s body similarity >= 0.99', (stem, s) => {
    const prefixes = s.moved.map(([prefix]) => prefix);
    const movedParas = new Set(prefixes.map((prefix) => refPara(stem, prefix, prefixes)));
    const expected = normalizeWs(refUnits(stem, prefixes).filter((p) => !movedParas.has(p)).join('\n'));
    const got = flowText(doc(stem));
    const sim = similarity(expected, got);
    console.log(`${stem}: body similarity ${sim.toFixed(4)} (${got.length} chars vs ${expected.length})`);
    if (sim < 0.99) console.log(wordDiff(expected, got).join('\n'));
    expect(sim).toBeGreaterThanOrEqual(0.99);
  });

  it.each(SAMPLES.filter((s) => s.moved.length).map((s) => [s.stem, s] as const))('%s moved-out paragraphs are non-body blocks of the right kind', (stem, s) => {
    const prefixes = s.moved.map(([prefix]) => prefix);
    for (const [prefix, kind] of s.moved) {
      let para = refPara(stem, prefix, prefixes);
      if (kind === 'footnote') para = para.replace(/^\d+\.?\s+/, '');
      expect(kindText(doc(stem), kind), `${prefix} as ${kind}`).toContain(para);
      // Short labels ("Frédéric Mauro") also occur inside body sentences: no flow block may start with them.
      for (const b of flowBlocks(stem)) expect(normalizeWs(b.text).startsWith(para), `${prefix} out of the flow`).toBe(false);
    }
  });
});

describe('PDF samples: hyphenation', () => {
  const HYPHENATED = /[\p{L}\p{N}’']+(?:[-‐][\p{L}\p{N}’']+)+/gu;
  const count = (text: string, w: string) => text.split(/[\s,.;:!?()«»“”"]+/).filter((t) => t === w).length;

  it.each(SAMPLES.map((s) => [s.stem] as const))('%s: every hyphenated word of the reference appears as in the reference', (stem) => {
    const ref = normalizeWs(stripMarkup(refOf(stem)));
    const all = normalizeWs(doc(stem).blocks.map((b) => b.text).join(' '));
    const words = [...new Set(ref.match(HYPHENATED) ?? [])];
    console.log(`${stem}: ${words.length} hyphenated reference words: ${words.join(', ')}`);
    for (const w of words) expect(count(all, w), w).toBe(count(ref, w));
  });

  it.each(SAMPLES.map((s) => [s.stem] as const))('%s: no hyphenated word that the reference does not have, no "x- y" artefacts', (stem) => {
    const ref = normalizeWs(stripMarkup(refOf(stem)));
    const refWords = new Set(ref.match(HYPHENATED) ?? []);
    for (const b of doc(stem).blocks) {
      for (const w of b.text.match(HYPHENATED) ?? []) expect(refWords.has(w), `${w} in ${b.kind} block`).toBe(true);
      if (!FLOW.has(b.kind)) continue;
      for (const m of b.text.match(/\S*\p{L}-\s+\p{L}\S*/gu) ?? []) expect(ref, `artefact ${m}`).toContain(m);
    }
  });
});

describe('PDF samples: running headers, footers and page numbers', () => {
  const RUNNING = ['GÉOPOLITIQUE & DÉFENSE', 'DÉCRYPTAGE', 'GEOPOLITICS & DEFENSE', 'POLICY BRIEF', 'MARCH 2025', 'MARS 2025', '1 / 2', '2 / 2'];
  it.each(SAMPLES.map((s) => [s.stem] as const))('%s: none in title/heading/body blocks', (stem) => {
    for (const b of flowBlocks(stem)) {
      for (const r of RUNNING) expect(b.text, `${r} in ${b.kind}`).not.toContain(r);
      expect(b.text).not.toMatch(/^\s*\d{1,3}\s*$/);
      // A page number glued to a paragraph end or start ("… the 2", "3 Europe …") would break a sentence.
      expect(b.text).not.toMatch(/(?:^|\s)\d \p{Lu}{3,}/u);
    }
  });

  it('the running header repeated on pages 2-3 of 000/001 is not kept anywhere', () => {
    for (const stem of ['000_f3baa790e8b846bd', '001_aa096a18e0aa19e6']) {
      const all = doc(stem).blocks.map((b) => b.text).join('\n');
      expect(all).not.toMatch(/DÉFENSE DÉCRYPTAGE|DEFENSE POLICY BRIEF/);
      expect(doc(stem).blocks.filter((b) => /^\d+$/.test(b.text))).toEqual([]);
    }
  });
});

describe('PDF samples: layout blocks', () => {
  it('000 and 001 have footnotes 1 and 2 with matching calls in body blocks', () => {
    for (const stem of ['000_f3baa790e8b846bd', '001_aa096a18e0aa19e6']) {
      const notes = doc(stem).blocks.filter((b) => b.kind === 'footnote');
      expect(notes.map((n) => n.marker)).toEqual(['1', '2']);
      const calls = flowBlocks(stem).flatMap((b) => b.footnoteRefs.map((r) => ({ ...r, b })));
      expect(calls.map((c) => c.marker)).toEqual(['1', '2']);
      for (const c of calls) expect(c.b.kind).toBe('body');
    }
    // The call sits right after the sentence it annotates.
    const en = flowBlocks('001_aa096a18e0aa19e6').flatMap((b) => b.footnoteRefs.map((r) => b.text.slice(0, r.offset)));
    expect(en[0]).toMatch(/for its own security'\.$/);
    expect(en[1]).toMatch(/has already been raised\.$/);
  });

  it('001: the sentence cut by footnote 1 and the word cut by the page break are rejoined', () => {
    const body = flowBlocks('001_aa096a18e0aa19e6');
    expect(body.some((b) => b.text.includes('from the Barents Sea to the Black Sea. In other words'))).toBe(true);
    const b = body.find((x) => x.text.includes('make a substantial contribution to the defence'))!;
    expect(b).toBeDefined();
    expect(b.page).toBe(2);
    const pb = b.pageBreaks.find((p) => p.page === 3)!;
    expect(b.text.slice(pb.offset)).toMatch(/^tial contribution/);
  });

  it('000: "Commis-|sion" across the page break and "l\'unité" across the column break are rejoined', () => {
    const body = flowBlocks('000_f3baa790e8b846bd');
    const b = body.find((x) => x.text.includes('initiatives de la Commission européenne visant'))!;
    expect(b).toBeDefined();
    const pb = b.pageBreaks.find((p) => p.page === 3)!;
    expect(b.text.slice(pb.offset)).toMatch(/^sion européenne/);
    expect(body.some((x) => x.text.includes("s'appuyer sur l'unité sans faille des Européens"))).toBe(true);
  });

  it('004: the drop cap is rejoined', () => {
    const first = flowBlocks('004_58cc976fb8c2e0f9').find((b) => b.kind === 'body')!;
    expect(first.text.startsWith('Le 10 avril, à Bruxelles')).toBe(true);
  });

  it('titles, sidebars, quotes and captions', () => {
    expect(doc('001_aa096a18e0aa19e6').meta.title).toBe('Towards an EU–Ukraine alliance: A plan for an EU–Ukraine Joint Training Mission');
    expect(doc('000_f3baa790e8b846bd').blocks.find((b) => b.kind === 'title')?.text).toBe('Vers une alliance UE-Ukraine : Un plan pour une mission de formation conjointe');
    for (const stem of ['000_f3baa790e8b846bd', '001_aa096a18e0aa19e6']) expect(doc(stem).blocks.filter((b) => b.kind === 'sidebar').map((b) => b.text.slice(0, 15))).toEqual(['Pierre Haroche,']);
    const q = doc('003_844f0844d9f56523').blocks.filter((b) => b.kind === 'quote');
    expect(q[0]?.text).toBe("“C'est le germe, le début de quelque chose, la bonne voie à suivre parce qu'elle se fait en dehors des traités de l'Union.”");
    expect(doc('003_844f0844d9f56523').blocks.filter((b) => b.kind === 'caption').map((b) => b.text)).toEqual([
      'Emmanuel Macron a reçu Volodymyr Zelensky à l’Élysée avant que tous deux n’assistent à un sommet réunissant 35 pays.',
    ]);
    const headings = doc('001_aa096a18e0aa19e6').blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual([
      "1. Ukraine's contribution to European security",
      "II • Coordinating the northern and southern segments of Europe's eastern flank",
      'III • The case for an EU initiative',
      'IV • Planning a new joint training mission',
      '• Conclusion',
    ]);
  });

  it('every block has a valid page, page breaks inside the text, and offsets inside the text', () => {
    for (const [stem, d] of docs) {
      expect(() => ParsedDoc.parse(d), stem).not.toThrow();
      for (const b of d.blocks) {
        expect(b.page, stem).toBeGreaterThanOrEqual(1);
        expect(b.page, stem).toBeLessThanOrEqual(d.pageCount);
        for (const p of b.pageBreaks) {
          expect(p.page).toBeGreaterThan(b.page);
          expect(p.offset).toBeGreaterThan(0);
          expect(p.offset).toBeLessThan(b.text.length);
        }
        for (const r of b.footnoteRefs) expect(r.offset).toBeLessThanOrEqual(b.text.length);
        for (const m of b.marks) expect(m.end).toBeLessThanOrEqual(b.text.length);
        expect(b.text).toBe(b.text.trim());
        expect(b.text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u00AD\uF0B7]/);
      }
    }
  });
});
