/**
 * Synthetic French and English policy prose for the search bench: sentences built from
 * templates and a vocabulary (topics, bodies, people, places, numbers, dates), deterministic
 * for a given seed. Topics come in FR/EN pairs so cross-lingual queries have true matches.
 */
import { rng } from './stats.ts';

const TOPICS: [string, string][] = [
  ['la sécurité alimentaire', 'food security'], ['la transition énergétique', 'the energy transition'], ['le logement abordable', 'affordable housing'],
  ['la santé mentale', 'mental health'], ['les soins de longue durée', 'long-term care'], ['la cybersécurité', 'cybersecurity'],
  ['l’intelligence artificielle', 'artificial intelligence'], ['les changements climatiques', 'climate change'], ['la protection des données', 'data protection'],
  ['l’immigration économique', 'economic immigration'], ['les langues officielles', 'official languages'], ['la réconciliation avec les peuples autochtones', 'reconciliation with Indigenous peoples'],
  ['la gestion des feux de forêt', 'wildfire management'], ['le transport en commun', 'public transit'], ['l’accès à Internet haute vitesse', 'high-speed Internet access'],
  ['la réduction de la pauvreté', 'poverty reduction'], ['l’éducation postsecondaire', 'post-secondary education'], ['la recherche scientifique', 'scientific research'],
  ['la défense nationale', 'national defence'], ['le commerce international', 'international trade'], ['la fiscalité des entreprises', 'corporate taxation'],
  ['les pêches côtières', 'coastal fisheries'], ['l’agriculture durable', 'sustainable agriculture'], ['la qualité de l’eau potable', 'drinking water quality'],
  ['les infrastructures municipales', 'municipal infrastructure'], ['la garde d’enfants', 'child care'], ['les pensions de retraite', 'retirement pensions'],
  ['l’assurance-emploi', 'employment insurance'], ['la lutte contre la désinformation', 'countering disinformation'], ['la biodiversité marine', 'marine biodiversity'],
  ['la sécurité ferroviaire', 'rail safety'], ['les minéraux critiques', 'critical minerals'], ['l’hydrogène propre', 'clean hydrogen'], ['la santé publique', 'public health'],
  ['les services numériques', 'digital services'], ['la justice pénale', 'criminal justice'], ['les droits de la personne', 'human rights'], ['l’aide internationale', 'international assistance'],
];
const BODIES: [string, string][] = [
  ['le ministère des Finances', 'the Department of Finance'], ['Santé Canada', 'Health Canada'], ['le Conseil du Trésor', 'the Treasury Board'],
  ['la Commission européenne', 'the European Commission'], ['Statistique Canada', 'Statistics Canada'], ['le Bureau du vérificateur général', 'the Office of the Auditor General'],
  ['l’Agence de la santé publique', 'the Public Health Agency'], ['le comité permanent', 'the standing committee'], ['la Banque du Canada', 'the Bank of Canada'],
  ['Environnement et Changement climatique Canada', 'Environment and Climate Change Canada'], ['le gouvernement du Québec', 'the Government of Quebec'], ['l’OCDE', 'the OECD'],
];
const PEOPLE = ['Marie Tremblay', 'Jean-François Gagnon', 'Amina Diallo', 'Robert MacDonald', 'Sophie Lavoie', 'David Chen', 'Isabelle Roy', 'Michael O’Brien', 'Nathalie Côté', 'Priya Sharma', 'Luc Bouchard', 'Sarah Thompson'];
const PLACES: [string, string][] = [['au Nouveau-Brunswick', 'in New Brunswick'], ['en Colombie-Britannique', 'in British Columbia'], ['au Manitoba', 'in Manitoba'], ['dans le Nord', 'in the North'], ['en Ontario', 'in Ontario'], ['au Québec', 'in Quebec'], ['en Nouvelle-Écosse', 'in Nova Scotia'], ['dans les territoires', 'in the territories'], ['à Bruxelles', 'in Brussels'], ['en Alberta', 'in Alberta']];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Slots = { t: string; t2: string; b: string; p: string; pl: string; n: string; pct: string; d: string; y: string };
const FR: ((s: Slots) => string)[] = [
  (s) => `Selon ${s.b}, les investissements consacrés à ${s.t} ont atteint ${s.n} millions de dollars en ${s.y}, soit une hausse de ${s.pct} % par rapport à l’exercice précédent.`,
  (s) => `Le ${s.d}, ${s.p} a annoncé un nouveau cadre stratégique pour ${s.t} ${s.pl}, assorti d’objectifs mesurables d’ici ${s.y}.`,
  (s) => `Le rapport recommande que ${s.b} renforce la coordination entre ${s.t} et ${s.t2}, notamment ${s.pl}.`,
  (s) => `Environ ${s.pct} % des répondants estiment que ${s.t} devrait demeurer une priorité du gouvernement au cours des ${s.n} prochains mois.`,
  (s) => `${s.p}, au nom de ${s.b}, a rappelé que le financement de ${s.t} reste insuffisant ${s.pl} malgré les engagements pris le ${s.d}.`,
  (s) => `La directive entre en vigueur le ${s.d} et s’applique à tous les programmes liés à ${s.t}, à l’exception des ententes conclues avant ${s.y}.`,
  (s) => `Les données de ${s.b} montrent que ${s.n} collectivités ${s.pl} ont bénéficié des mesures relatives à ${s.t} depuis ${s.y}.`,
  (s) => `Afin d’améliorer ${s.t}, le plan prévoit ${s.n} nouvelles initiatives et une évaluation indépendante avant le ${s.d}.`,
];
const EN: ((s: Slots) => string)[] = [
  (s) => `According to ${s.b}, spending on ${s.t} reached $${s.n} million in ${s.y}, an increase of ${s.pct}% over the previous fiscal year.`,
  (s) => `On ${s.d}, ${s.p} announced a new strategic framework for ${s.t} ${s.pl}, with measurable targets by ${s.y}.`,
  (s) => `The report recommends that ${s.b} strengthen coordination between ${s.t} and ${s.t2}, particularly ${s.pl}.`,
  (s) => `About ${s.pct}% of respondents believe that ${s.t} should remain a government priority over the next ${s.n} months.`,
  (s) => `${s.p}, on behalf of ${s.b}, noted that funding for ${s.t} remains insufficient ${s.pl} despite the commitments made on ${s.d}.`,
  (s) => `The directive takes effect on ${s.d} and applies to all programs related to ${s.t}, except agreements concluded before ${s.y}.`,
  (s) => `Data from ${s.b} show that ${s.n} communities ${s.pl} have benefited from measures on ${s.t} since ${s.y}.`,
  (s) => `To improve ${s.t}, the plan provides for ${s.n} new initiatives and an independent evaluation before ${s.d}.`,
];

/** Sentence generator: `next(lang)` gives one sentence; same seed, same sequence. */
export function policySentences(seed: number): (lang: 'fr' | 'en') => string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  return (lang) => {
    const k = lang === 'fr' ? 0 : 1;
    const t = pick(TOPICS), t2 = pick(TOPICS), b = pick(BODIES), pl = pick(PLACES);
    const day = 1 + Math.floor(r() * 28), m = Math.floor(r() * 12), y = 2005 + Math.floor(r() * 21);
    const s: Slots = {
      t: t[k], t2: t2[k], b: b[k], p: pick(PEOPLE), pl: pl[k],
      n: String(2 + Math.floor(r() * 950)), pct: (r() * 60 + 1).toFixed(1).replace('.', k === 0 ? ',' : '.'),
      d: k === 0 ? `${day} ${MONTHS_FR[m]} ${y}` : `${MONTHS_EN[m]} ${day}, ${y}`, y: String(y + Math.floor(r() * 5)),
    };
    const tpl = pick(lang === 'fr' ? FR : EN)(s);
    return tpl.charAt(0).toUpperCase() + tpl.slice(1);
  };
}

/** Queries of the bench, French and English, short and long, some matching only across languages. */
export const QUERIES: string[] = [
  'sécurité alimentaire', 'financement du logement abordable', 'santé mentale au Manitoba', 'cybersécurité et protection des données',
  'transition énergétique hydrogène propre', 'feux de forêt en Colombie-Britannique', 'Banque du Canada 2019', 'Marie Tremblay cadre stratégique',
  'garde d’enfants priorité du gouvernement', 'évaluation indépendante des initiatives', 'pêches côtières Nouvelle-Écosse', 'minéraux critiques',
  'food security', 'affordable housing funding', 'mental health in Manitoba', 'cybersecurity and data protection', 'clean hydrogen energy transition',
  'wildfire management British Columbia', 'Auditor General report on rail safety', 'David Chen strategic framework', 'child care government priority',
  'independent evaluation of new initiatives', 'coastal fisheries Nova Scotia', 'critical minerals', 'spending increase 2021 public health',
];
