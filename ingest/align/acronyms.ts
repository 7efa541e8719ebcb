import type { Token } from './tokenize.ts';

/**
 * Names and acronyms whose forms differ between French, English and German. Each line is one
 * entity; forms are separated by "|". All-capital forms match case-sensitively ("WHO" is not
 * "who"); other forms match their normalised words in sequence ("etats unis").
 */
const GROUPS = `
NATO|OTAN|Atlantic Alliance|Alliance atlantique|Nordatlantikpakt
EU|UE|European Union|Union européenne|Europäische Union|Union
UN|ONU|UNO|United Nations|Nations unies|Vereinte Nationen
US|USA|U.S.|U.S.A.|United States|Etats-Unis|États-Unis|Vereinigte Staaten|Amérique|America|Amerika
UK|Royaume-Uni|United Kingdom|Vereinigtes Königreich
Great Britain|Grande-Bretagne|Grossbritannien|Britain
EEAS|SEAE|European External Action Service|Service européen pour l'action extérieure|EAD
EDTIB|BITDE|EDTIB
USSR|URSS|UdSSR|Soviet Union|Union soviétique|Sowjetunion
WTO|OMC|WTO|World Trade Organization|Organisation mondiale du commerce|Welthandelsorganisation
IMF|FMI|IWF|International Monetary Fund|Fonds monétaire international|Internationaler Währungsfonds
WHO|OMS|World Health Organization|Organisation mondiale de la santé|Weltgesundheitsorganisation
GDP|PIB|BIP
ECB|BCE|EZB
CJEU|CJUE|EuGH|ECJ|CJCE
ECHR|CEDH|EMRK
CFSP|PESC|GASP
CSDP|PSDC|GSVP|ESDP|PESD|ESVP
NGO|ONG|NRO
VAT|TVA|MwSt
WEU|UEO|WEU
OSCE|OSCE|OSZE
EIB|BEI|EIB
EEA|EEE|EWR
EFTA|AELE|EFTA
IAEA|AIEA|IAEO
ICC|CPI|IStGH
OECD|OCDE|OECD
AI|IA|KI|artificial intelligence|intelligence artificielle|künstliche Intelligenz
research and development|recherche et développement|Forschung und Entwicklung
SME|SMEs|PME|KMU
MEP|MEPs|eurodéputé|eurodéputés|Europaabgeordnete
EP|PE|European Parliament|Parlement européen|Europäisches Parlament
EC|CE|European Commission|Commission européenne|Europäische Kommission|Commission|Kommission
EDA|AED|EVA|European Defence Agency|Agence européenne de défense|Europäische Verteidigungsagentur
EPF|FEP|European Peace Facility|Facilité européenne pour la paix|Friedensfazilität
HR/VP|HR|VP|High Representative|Haut représentant|Hoher Vertreter
MPCC|MPCC
EDF|FEDef|European Defence Fund|Fonds européen de la défense|Europäischer Verteidigungsfonds
PESCO|CSP|SSZ|Permanent Structured Cooperation|Coopération structurée permanente
UNSC|CSNU|Security Council|Conseil de sécurité|Sicherheitsrat
ESA|ASE|ESA
EUR|euro|euros|Euro
USD|dollar|dollars|Dollar
CHF|francs suisses|Franken
km|kilometre|kilomètre|kilometer|kilometres|kilomètres|kilometers|Kilometer
mètre|mètres|metre|metres|meter|meters|Meter
h|heure|heures|hour|hours|Uhr|Stunde|Stunden
Switzerland|Suisse|Schweiz|CH
Germany|Allemagne|Deutschland
England|Angleterre
London|Londres
Geneva|Genève|Genf
Bern|Berne
Vienna|Vienne|Wien
Munich|München
Brussels|Bruxelles|Brüssel
Cologne|Köln
Venice|Venise|Venedig
Moscow|Moscou|Moskau
Kyiv|Kiev|Kiew|Kyïv
Warsaw|Varsovie|Warschau
Lisbon|Lisbonne|Lissabon
Athens|Athènes|Athen
Netherlands|Pays-Bas|Niederlande|Holland|Hollande
Belgium|Belgique|Belgien
Spain|Espagne|Spanien
Italy|Italie|Italien
Poland|Pologne|Polen
Russia|Russie|Russland
Sweden|Suède|Schweden
Norway|Norvège|Norwegen
Finland|Finlande|Finnland
Denmark|Danemark|Dänemark
Greece|Grèce|Griechenland
Turkey|Turquie|Türkei
Austria|Autriche|Österreich
Hungary|Hongrie|Ungarn
China|Chine
Japan|Japon
India|Inde|Indien
Ireland|Irlande|Irland
Scotland|Écosse|Schottland
Black Sea|mer Noire|Schwarzes Meer|Schwarzen Meer
Baltic|baltes|balte|baltique|baltischen|baltische|Ostsee
Mediterranean|Méditerranée|Mittelmeer
Alps|Alpes|Alpen
Jesus|Jésus
God|Dieu|Gott
Lord|Seigneur|Herr
Mr|Mr.|M.|Monsieur|Herr
Mrs|Mrs.|Mme|Madame|Frau
Miss|Mlle|Mademoiselle|Fräulein
Dr|Dr.|docteur|doctor|Doktor
Saint|St|St.|Sankt|Ste
`;

interface Form {
  words: string[];
  caseSensitive: boolean;
  group: number;
}

const norm = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss');

/** Index: first word of a form -> forms starting with it (case-sensitive forms and normalised ones apart). */
const BY_RAW = new Map<string, Form[]>();
const BY_NORM = new Map<string, Form[]>();
GROUPS.trim()
  .split('\n')
  .forEach((line, group) => {
    for (const f of line.split('|')) {
      const caseSensitive = f.length > 1 && f === f.toUpperCase() && /\p{Lu}/u.test(f);
      const words = (caseSensitive ? f.split(/[^\p{L}\p{N}]+/u) : norm(f).split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== '');
      if (words.length === 0) continue;
      const index = caseSensitive ? BY_RAW : BY_NORM;
      const list = index.get(words[0] as string) ?? [];
      list.push({ words, caseSensitive, group });
      index.set(words[0] as string, list);
    }
  });

/**
 * Entity keys of a tokenised unit: the group of every listed name or acronym found, plus, for
 * any all-capital word, its sorted letters, which pairs many FR/EN acronyms without a table
 * ("OTAN"/"NATO", "BITDE"/"EDTIB", "SEAE"/"EEAS" all share their letters).
 */
export function entityKeys(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const c1 = t.raw.charCodeAt(1);
    if (t.raw.length >= 2 && t.raw.length <= 7 && (c1 < 97 || c1 > 122) && t.raw === t.raw.toUpperCase() && /^\p{Lu}+$/u.test(t.raw)) {
      out.push(`A${[...t.norm].sort().join('')}`);
    }
    for (let pass = 0; pass < 2; pass++) {
      const cs = pass === 0;
      const forms = (cs ? BY_RAW : BY_NORM).get(cs ? t.raw : t.norm);
      if (!forms) continue;
      for (const f of forms) {
        let ok = true;
        for (let k = 1; k < f.words.length && ok; k++) {
          const u = tokens[i + k];
          ok = u !== undefined && (cs ? u.raw : u.norm) === f.words[k];
        }
        if (ok) out.push(`G${f.group}`);
      }
    }
  }
  return out;
}
