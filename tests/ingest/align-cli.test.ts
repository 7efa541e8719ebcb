import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../ingest/align/align.ts';
import { alignDocument } from '../../ingest/align/document.ts';
import { formatLinks, parseLinks } from '../../ingest/align/format.ts';

const FR = [
  'Le Conseil s\'est réuni à Bruxelles le 12 mars 2024.',
  'Les dirigeants ont parlé du soutien à l\'Ukraine pendant six heures.',
  'Ils ont formé 75 000 soldats, principalement en Pologne et en Allemagne.',
  'Vingt-quatre États membres participent à la mission.',
];
const EN = [
  'The Council met in Brussels on 12 March 2024.',
  'Leaders spoke about support for Ukraine for six hours.',
  'They have trained 75,000 soldiers.',
  'Most of them were trained in Poland and Germany.',
  'Twenty-four member states take part in the mission.',
];
const EXPECTED = ['[0]:[0]', '[1]:[1]', '[2]:[2, 3]', '[3]:[4]'];

describe('Vecalign format', () => {
  it('writes and reads links', () => {
    const text = formatLinks([
      { src: [0, 1], tgt: [2], confidence: 0.5 },
      { src: [7], tgt: [], confidence: 1 },
      { src: [], tgt: [3], confidence: 0.25 },
    ]);
    expect(text).toBe('[0, 1]:[2]\n[7]:[]\n[]:[3]\n');
    expect(parseLinks(text)).toEqual([{ src: [0, 1], tgt: [2] }, { src: [7], tgt: [] }, { src: [], tgt: [3] }]);
    expect(parseLinks('[1]:[2]:0.93\nnoise\n')).toEqual([{ src: [1], tgt: [2] }]);
  });
});

describe('align-lines CLI', () => {
  it('aligns two one-sentence-per-line files and prints Vecalign links', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'align-cli-'));
    fs.writeFileSync(path.join(dir, 'doc.fr'), `${FR.join('\n')}\n`);
    fs.writeFileSync(path.join(dir, 'doc.en'), `${EN.join('\n')}\n`);
    const cli = new URL('../../ingest/align-lines.ts', import.meta.url).pathname;
    const r = spawnSync(process.execPath, ['--import', 'tsx', cli, path.join(dir, 'doc.fr'), path.join(dir, 'doc.en')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(EXPECTED);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', cli, path.join(dir, 'doc.fr')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('paragraph and document alignment', () => {
  it('aligns paragraphs like sentences', () => {
    const links = alignParagraphs(
      [{ text: FR.slice(0, 2).join(' '), lang: 'fr' }, { text: FR.slice(2).join(' '), lang: 'fr' }],
      [{ text: EN.slice(0, 2).join(' '), lang: 'en' }, { text: EN.slice(2, 4).join(' '), lang: 'en' }, { text: EN[4] as string, lang: 'en' }],
    );
    expect(links.map((l) => [l.src, l.tgt])).toEqual([[[0], [0]], [[1], [1, 2]]]);
  });

  it('aligns paragraphs first, then sentences with flat indices', () => {
    const res = alignDocument([FR.slice(0, 2), FR.slice(2)], [EN.slice(0, 2), EN.slice(2)], { srcLang: 'fr', tgtLang: 'en' });
    expect(res.paragraphs.map((l) => [l.src, l.tgt])).toEqual([[[0], [0]], [[1], [1]]]);
    expect(formatLinks(res.sentences).trim().split('\n')).toEqual(EXPECTED);
    expect(res.srcIndex).toEqual([[0, 0], [0, 1], [1, 0], [1, 1]]);
    expect(res.tgtIndex[4]).toEqual([1, 2]);
  });
});
