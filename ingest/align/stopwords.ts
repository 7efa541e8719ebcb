import { tokenize } from './tokenize.ts';

/**
 * Frequent function words (normalised: lower case, no accents) of French, English and German.
 * They never make cognate keys (their shapes collide across languages) and they guess the
 * language of a side when units do not carry one.
 */
export const STOPWORDS: Record<'fr' | 'en' | 'de', ReadonlySet<string>> = {
  fr: new Set(
    ('le la les un une des du de d l au aux et ou mais donc or ni car que qu qui quoi dont ou ce cet cette ces ca cela ceci il ils elle ' +
      'elles on nous vous je j tu me m te t se s lui leur leurs son sa ses mon ma mes ton ta tes notre nos votre vos y en ne n pas ' +
      'plus moins tres trop bien tout tous toute toutes dans par pour sur sous avec sans chez entre vers comme si est sont etait ' +
      'etaient ete etre avoir a ai as avait avaient eu fait faire peut sera serait aussi encore deja meme autre autres alors ' +
      'ainsi apres avant depuis pendant puis quand lorsque parce celui celle ceux celles sont cette leur dont avons avez ont').split(' '),
  ),
  en: new Set(
    ('the a an and or but nor so yet of to in on at by for with from into onto upon about as than that this these those which who ' +
      'whom whose what when where why how it its he him his she her hers they them their theirs we us our you your i me my mine ' +
      'is are was were be been being have has had having do does did not no yes will would shall should can could may might must ' +
      'there here then thus also very too all any some each every other such only own same just more most less much many ' +
      'after before since while during because if though although whether again further once out over under up down off').split(' '),
  ),
  de: new Set(
    ('der die das den dem des ein eine einer eines einem einen und oder aber doch sondern denn dass daß wer was wie wo wann ' +
      'warum ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen mein dein sein unser euer nicht kein keine ' +
      'ist sind war waren bin bist sein gewesen hat haben hatte hatten wird werden wurde wurden kann konnen konnte muss mussen ' +
      'soll sollen will wollen in im an am auf aus bei mit nach von vom zu zum zur fur uber unter vor hinter neben zwischen durch ' +
      'gegen ohne um bis auch noch schon nur sehr so dann als wenn ob weil da hier dort man alle alles jeder jede diese dieser ' +
      'dieses diesen diesem jene welche welcher').split(' '),
  ),
};

/**
 * Guesses the language of a side from its function words; returns undefined when unsure.
 * Deterministic and cheap: looks at most at the first 20,000 words.
 */
export function guessLang(words: Iterable<string>): 'fr' | 'en' | 'de' | undefined {
  const score = { fr: 0, en: 0, de: 0 };
  let n = 0;
  for (const w of words) {
    if (++n > 20_000) break;
    for (const l of ['fr', 'en', 'de'] as const) if (STOPWORDS[l].has(w)) score[l]++;
  }
  const ranked = (Object.entries(score) as ['fr' | 'en' | 'de', number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3 || (second && best[1] < second[1] * 1.3)) return undefined;
  return best[0];
}

/** Guesses the language of a list of texts from their first 5,000 words. */
export function guessTextsLang(texts: string[]): 'fr' | 'en' | 'de' | undefined {
  const words: string[] = [];
  for (const t of texts) {
    for (const tok of tokenize(t)) if (tok.kind === 'word') words.push(tok.norm);
    if (words.length > 5000) break;
  }
  return guessLang(words);
}
