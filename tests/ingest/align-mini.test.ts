import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../ingest/align/align.ts';
import type { AlignLink } from '../../ingest/align/types.ts';

/** Links without confidences, for comparison with hand-made expectations. */
const shape = (links: AlignLink[]) => links.map((l) => ({ src: l.src, tgt: l.tgt }));
const fr = (xs: string[]) => xs.map((text) => ({ text, lang: 'fr' }));
const en = (xs: string[]) => xs.map((text) => ({ text, lang: 'en' }));

// A policy note and its translation. Written for this test: FR 2 is split in two in English,
// FR 3-4 are joined, FR 5 is left out, EN 6 is added, numbers change notation.
const NOTE_FR = [
  "Le Conseil européen s'est réuni à Bruxelles le 12 mars 2024.",
  "Les dirigeants ont discuté pendant plus de six heures du soutien militaire à l'Ukraine.",
  "Ils ont adopté un budget de 5,5 milliards d'euros pour la Facilité européenne pour la paix, qui finance l'achat de munitions et de drones pour l'armée ukrainienne.",
  'La décision a été difficile.',
  "La Hongrie s'y est longtemps opposée.",
  "Le sommet précédent, à Grenade, n'avait abouti à aucun accord sur ce sujet malgré de longues négociations entre les capitales.",
  "Selon le président du Conseil, l'OTAN et l'UE doivent coordonner leurs efforts.",
  'La mission EUMAM Ukraine a déjà formé 75 000 soldats ukrainiens.',
  'Les dépenses de défense atteindront 1,5 % du PIB en moyenne.',
  'Vingt-quatre États membres participent à la mission.',
  'Le prochain sommet aura lieu en juin à Luxembourg.',
  'Les ministres de la défense prépareront cette réunion.',
];
const NOTE_EN = [
  'The European Council met in Brussels on 12 March 2024.',
  'Leaders discussed military support for Ukraine for more than six hours.',
  'They adopted a budget of EUR 5.5 billion for the European Peace Facility.',
  'This money pays for ammunition and drones for the Ukrainian army.',
  'The decision was difficult, as Hungary had long opposed it.',
  'According to the President of the Council, NATO and the EU must coordinate their efforts.',
  'Diplomats described the atmosphere as tense but constructive.',
  'The EUMAM Ukraine mission has already trained 75,000 Ukrainian soldiers.',
  'Defence spending will reach 1.5% of GDP on average.',
  'Twenty-four member states take part in the mission.',
  'The next summit will take place in Luxembourg in June.',
  'Defence ministers will prepare the meeting.',
];
const NOTE_LINKS = [
  { src: [0], tgt: [0] },
  { src: [1], tgt: [1] },
  { src: [2], tgt: [2, 3] },
  { src: [3, 4], tgt: [4] },
  { src: [5], tgt: [] },
  { src: [6], tgt: [5] },
  { src: [], tgt: [6] },
  { src: [7], tgt: [7] },
  { src: [8], tgt: [8] },
  { src: [9], tgt: [9] },
  { src: [10], tgt: [10] },
  { src: [11], tgt: [11] },
];

// A short narrative, English source: EN 4 has no French counterpart, EN 6-7 are joined,
// EN 8 is split, FR 9 is added; quotes differ (“ ” vs « »), 40,000 becomes 40 000.
const STORY_EN = [
  '“Where are you going?” asked Marie.',
  '“To the village,” answered Paul.',
  'He took his hat and left the house without another word.',
  'The road was long and the wind was cold.',
  'A dog barked somewhere in the dark.',
  'After two hours he reached the old bridge over the river.',
  'There, he stopped.',
  'He thought about his father, who had died in 1998.',
  'He also remembered the farm that he had sold for 40,000 francs.',
  'Night was falling.',
  "At nine o'clock he knocked at the door of the inn.",
  'The innkeeper, Madame Leroux, opened it.',
  '“You are late,” she said.',
];
const STORY_FR = [
  '« Où vas-tu ? » demanda Marie.',
  '« Au village », répondit Paul.',
  'Il prit son chapeau et quitta la maison sans un mot de plus.',
  'La route était longue et le vent était froid.',
  'Au bout de deux heures, il atteignit le vieux pont sur la rivière.',
  "Là, il s'arrêta et pensa à son père, mort en 1998.",
  'Il se souvint aussi de la ferme.',
  "Il l'avait vendue 40 000 francs.",
  'La nuit tombait.',
  "Paul pressa le pas, car il ne voulait pas trouver l'auberge fermée une fois de plus.",
  "À neuf heures, il frappa à la porte de l'auberge.",
  "L'aubergiste, Madame Leroux, lui ouvrit.",
  '« Vous êtes en retard », dit-elle.',
];
const STORY_LINKS = [
  { src: [0], tgt: [0] },
  { src: [1], tgt: [1] },
  { src: [2], tgt: [2] },
  { src: [3], tgt: [3] },
  { src: [4], tgt: [] },
  { src: [5], tgt: [4] },
  { src: [6, 7], tgt: [5] },
  { src: [8], tgt: [6, 7] },
  { src: [9], tgt: [8] },
  { src: [], tgt: [9] },
  { src: [10], tgt: [10] },
  { src: [11], tgt: [11] },
  { src: [12], tgt: [12] },
];

describe('alignSentences on hand-made bitexts', () => {
  it('finds the merge, the split, the omission, the addition and the 1-1 links of a policy note (FR -> EN)', () => {
    expect(shape(alignSentences(fr(NOTE_FR), en(NOTE_EN)))).toEqual(NOTE_LINKS);
  });

  it('gives the mirror links when the sides are swapped (EN -> FR)', () => {
    expect(shape(alignSentences(en(NOTE_EN), fr(NOTE_FR)))).toEqual(NOTE_LINKS.map((l) => ({ src: l.tgt, tgt: l.src })));
  });

  it('aligns a narrative with dialogue, a 2-1, a 1-2, a 1-0 and a 0-1 (EN -> FR)', () => {
    expect(shape(alignSentences(en(STORY_EN), fr(STORY_FR)))).toEqual(STORY_LINKS);
  });

  it('works without language tags (languages guessed) and without the learnt dictionary', () => {
    const plain = (xs: string[]) => xs.map((text) => ({ text }));
    expect(shape(alignSentences(plain(NOTE_FR), plain(NOTE_EN), { learn: false }))).toEqual(NOTE_LINKS);
  });

  it('is confident on a true bitext and unsure when the target is shuffled', () => {
    const good = alignSentences(fr(NOTE_FR), en(NOTE_EN)).filter((l) => l.src.length === 1 && l.tgt.length === 1);
    const sorted = good.map((l) => l.confidence).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeGreaterThan(0.8);
    // Reversed target: nearly every pairing is wrong, and links that pair anything should say so.
    const bad = alignSentences(fr(NOTE_FR), en([...NOTE_EN].reverse())).filter((l) => l.src.length > 0 && l.tgt.length > 0);
    const wrong = bad.filter((l) => !l.tgt.some((t) => NOTE_LINKS.some((g) => g.tgt.includes(NOTE_EN.length - 1 - t) && g.src.some((s) => l.src.includes(s)))));
    expect(wrong.length).toBeGreaterThan(0);
    for (const l of wrong) expect(l.confidence).toBeLessThan(0.5);
  });

  it('handles empty sides', () => {
    expect(shape(alignSentences([], en(['One.', 'Two.'])))).toEqual([{ src: [], tgt: [0] }, { src: [], tgt: [1] }]);
    expect(shape(alignSentences(fr(['Un.']), []))).toEqual([{ src: [0], tgt: [] }]);
    expect(alignSentences([], [])).toEqual([]);
  });
});
