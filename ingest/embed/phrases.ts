import { normalizeWord, type Token } from '../align/tokenize.ts';

/**
 * Multi-word expressions whose translation is one word or another phrase ("tout le monde" /
 * "everyone"), which the one-word lexicon (corpus/lexicon) cannot hold. One concept per line,
 * forms separated by "|", French and English mixed. Written for Concorde (CC0), from general
 * knowledge of both languages. Forms are matched on normalised tokens, so "quelqu'un" is
 * "quelqu un" and "don't" is "don t".
 */
const PHRASES = `
tout le monde|everybody|everyone
quelque chose|something|anything
quelqu un|someone|somebody|anyone|anybody
n importe qui|anyone|anybody|whoever
n importe quoi|anything|whatever|nonsense
personne ne|nobody|no one
il y a|there is|there are|there was|there were|ago
parce que|because
faire mal|hurt|hurts
tout de suite|right away|immediately|at once
d accord|agree|okay|ok|all right
s il vous plait|s il te plait|please
au revoir|goodbye|bye
bon marche|cheap
petit dejeuner|breakfast
a moins que|unless
deux fois|twice
plus tard|later
en retard|late
peut etre|maybe|perhaps
apres midi|afternoon
salle de classe|classroom
salle de bain|salle de bains|bathroom
salon|living room
pomme de terre|potato|potatoes
a cote de|next to|beside
en face de|opposite|in front of
grand mere|grandmother|grandma
grand pere|grandfather|grandpa
petit ami|boyfriend
petite amie|girlfriend
aujourd hui|today
ce soir|cette nuit|tonight
tout a fait|quite|absolutely
de temps en temps|from time to time|occasionally
avoir l air|a l air|look like|looks like|seem|seems
se rendre compte|realize|realise|realized
faire attention|fais attention|faites attention|be careful|careful|pay attention
il faut|have to|has to|must|need to
tomber amoureux|fall in love|fell in love
a l heure|on time
mal a la tete|headache
de nouveau|encore une fois|again|once more
bien sur|of course|sure
tout seul|toute seule|alone|by myself|by himself|by herself|on my own
la plupart|most
beaucoup de|a lot of|lots of|plenty of
en train de|right now|currently
pas encore|not yet
ne plus|no longer|anymore|any more
jamais|never|ever
chez moi|a la maison|at home|home
se marier|marier|get married|marry|married
`;

interface Phrase {
  words: string[];
  id: number;
}

const BY_FIRST = new Map<string, Phrase[]>();
PHRASES.trim()
  .split('\n')
  .forEach((line, id) => {
    for (const form of line.split('|')) {
      const words = form.split(' ').map(normalizeWord).filter((w) => w !== '');
      const list = BY_FIRST.get(words[0] as string) ?? [];
      list.push({ words, id });
      BY_FIRST.set(words[0] as string, list);
    }
  });

const same = (tok: string, form: string): boolean => tok === form || tok === `${form}s` || tok === `${form}e` || tok === `${form}es`;

/**
 * Phrase concepts found in the word tokens, longest match first, and the token indexes they
 * cover (their words then give no word features of their own: "monde" in "tout le monde" is not "world").
 */
export function phraseConcepts(words: Token[]): { ids: number[]; covered: Set<number> } {
  const ids: number[] = [];
  const covered = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const cands = BY_FIRST.get((words[i] as Token).norm);
    if (!cands) continue;
    let best: Phrase | undefined;
    for (const p of cands) {
      if (best && p.words.length <= best.words.length) continue;
      if (p.words.every((w, k) => words[i + k] !== undefined && same((words[i + k] as Token).norm, w))) best = p;
    }
    if (!best) continue;
    ids.push(best.id);
    if (best.words.length > 1) for (let k = 0; k < best.words.length; k++) covered.add(i + k);
    i += best.words.length - 1;
  }
  return { ids, covered };
}
