import { fold } from './text-utils.ts';

/**
 * Names whose French and English forms differ. One entity per line, forms separated by "|".
 * All-capital forms are acronyms and match case-sensitively as whole words; other forms
 * match accent- and case-insensitively, plural/feminine endings allowed. Cognates that look
 * alike (Finlande/Finland, Ukrainien/Ukrainian) need no line: `isCognate` finds them.
 */
const TABLE = `
NATO|OTAN|Atlantic Alliance|Alliance atlantique
EU|UE|European Union|Union européenne|European|européen
UN|ONU|United Nations|Nations unies
US|USA|United States|États-Unis|Etats-Unis|America|Amérique|American|américain
UK|RU|United Kingdom|Royaume-Uni
Great Britain|Grande-Bretagne|Britain
EEAS|SEAE|European External Action Service|Service européen pour l'action extérieure
EDTIB|BITDE
CSDP|PSDC|ESDP|PESD
CFSP|PESC
EDIP|EDIP
EDA|AED|European Defence Agency|Agence européenne de défense
EPF|FEP|European Peace Facility|Facilité européenne pour la paix
EDF|FEDef|European Defence Fund|Fonds européen de la défense
PESCO|CSP|Permanent Structured Cooperation|Coopération structurée permanente
HR/VP|HR|VP|High Representative|Haut représentant|Haute représentante
EP|PE|European Parliament|Parlement européen
EC|CE|European Commission|Commission européenne
UNSC|CSNU|Security Council|Conseil de sécurité
WTO|OMC|World Trade Organization|Organisation mondiale du commerce
IMF|FMI|International Monetary Fund|Fonds monétaire international
WHO|OMS|World Health Organization|Organisation mondiale de la santé
OECD|OCDE
IAEA|AIEA
ICC|CPI|International Criminal Court|Cour pénale internationale
ECB|BCE
CJEU|CJUE|ECJ|CJCE
ECHR|CEDH
WEU|UEO
EIB|BEI
EEA|EEE
EFTA|AELE
OSCE|OSCE
USSR|URSS|Soviet Union|Union soviétique
UAE|EAU
GDP|PIB
NGO|ONG
SME|SMEs|PME
VAT|TVA
AI|IA|artificial intelligence|intelligence artificielle
IoT|IdO|Internet of Things|Internet des objets
ICT|TIC|information and communication technologies|technologies de l'information et de la communication
GDPR|RGPD|General Data Protection Regulation|règlement général sur la protection des données
UNODC|ONUDC
ITU|UIT
ILO|OIT
PhD|doctorat
R&D|R-D
MEP|MEPs|eurodéputé
TBS|SCT|Treasury Board Secretariat|Secrétariat du Conseil du Trésor
Treasury Board|Conseil du Trésor
GC|GC|Government of Canada|gouvernement du Canada
PIN|NIP
SIN|NAS|Social Insurance Number|numéro d'assurance sociale
RCMP|GRC
CBSA|ASFC
CRA|ARC
PCTF|CCP
Council|Conseil
Treaty|Traité
State|État|Etat|étatique
States|États|Etats
Member States|États membres
Department|Département|Ministère|Ministry
Secretary|Secrétaire
Minister|Ministre
Court|Cour
Germany|Allemagne|German|allemand
Hungary|Hongrie|Hungarian|hongrois
Poland|Pologne|Polish|polonais
Norway|Norvège|Norwegian|norvégien
Sweden|Suède|Swedish|suédois
Denmark|Danemark|Danish|danois
Spain|Espagne|Spanish|espagnol
Netherlands|Pays-Bas|Dutch|néerlandais|Holland|Hollande
Belgium|Belgique|Belgian|belge
Switzerland|Suisse|Swiss
Austria|Autriche|Austrian|autrichien
Slovakia|Slovaquie|Slovak|slovaque
Slovenia|Slovénie
Czechia|Tchéquie|Czech Republic|République tchèque|Czech|tchèque
Romania|Roumanie|Romanian|roumain
Bulgaria|Bulgarie
Croatia|Croatie
Lithuania|Lituanie|Lithuanian|lituanien
Latvia|Lettonie|Latvian|letton
Estonia|Estonie
Ireland|Irlande|Irish|irlandais
Cyprus|Chypre
Malta|Malte
Greece|Grèce|Greek|grec
Turkey|Türkiye|Turquie|Turkish|turc
Georgia|Géorgie
Moldova|Moldavie
Belarus|Biélorussie|Bélarus
China|Chine|Chinese|chinois
Japan|Japon|Japanese|japonais
India|Inde|Indian|indien
Korea|Corée
Mexico|Mexique
Brazil|Brésil
Egypt|Égypte
Saudi Arabia|Arabie saoudite
Iraq|Irak
Syria|Syrie
Lebanon|Liban
Israel|Israël
Africa|Afrique
Asia|Asie
New Zealand|Nouvelle-Zélande
France|France|French|français
England|Angleterre|English|anglais
Scotland|Écosse|Scottish|écossais
Brussels|Bruxelles
London|Londres
Moscow|Moscou
Kyiv|Kiev|Kyïv
Warsaw|Varsovie
Geneva|Genève
Vienna|Vienne
Lisbon|Lisbonne
Athens|Athènes
Venice|Venise
The Hague|La Haye
Copenhagen|Copenhague
Edinburgh|Édimbourg
Beijing|Pékin
Cairo|Le Caire
Crimea|Crimée
Donbas|Donbass
Odesa|Odessa
Bakhmut|Bakhmout
Kharkiv|Kharkov
Greenland|Groenland
Putin|Poutine
Zelensky|Zelenskyy|Zelenskiy|Zelenski
White House|Maison-Blanche|Maison Blanche
Elysee|Élysée
Baltic states|États baltes|Etats baltes
Black Sea|mer Noire
Baltic Sea|mer Baltique
Barents Sea|mer de Barents
North Sea|mer du Nord
Mediterranean|Méditerranée
Arctic|Arctique
Cold War|Guerre froide
EUR|euro|€
USD|US dollar|dollar américain|dollar|$
GBP|pound sterling|livre sterling|£
CHF|Swiss franc|franc suisse
`;

/** One table entity: its acronyms (exact) and its other forms (folded). */
export interface Entity {
  id: number;
  canonical: string;
  acronyms: string[];
  folded: string[];
  /** Forms without letters ("€"), looked for verbatim. */
  symbols: string[];
}

const isAcronymForm = (f: string): boolean => /^[\p{Lu}\d&/-]+$/u.test(f) && /\p{Lu}.*\p{Lu}/u.test(f);

/** Folded form without punctuation, words separated by one space. */
export const foldPhrase = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const ENTITIES: Entity[] = TABLE.trim()
  .split('\n')
  .map((line, id) => {
    const forms = line.split('|').map((f) => f.trim()).filter(Boolean);
    return {
      id,
      canonical: forms[0] ?? '',
      acronyms: forms.filter(isAcronymForm),
      folded: [...new Set(forms.filter((f) => !isAcronymForm(f)).map(foldPhrase).filter(Boolean))],
      symbols: forms.filter((f) => !/[\p{L}\p{N}]/u.test(f)),
    };
  });

const BY_ACRONYM = new Map<string, Entity[]>();
const BY_FOLDED = new Map<string, Entity[]>();
for (const e of ENTITIES) {
  for (const a of e.acronyms) BY_ACRONYM.set(a, [...(BY_ACRONYM.get(a) ?? []), e]);
  for (const f of e.folded) BY_FOLDED.set(f, [...(BY_FOLDED.get(f) ?? []), e]);
}

/** Entities an acronym or a written form belongs to ("OTAN" -> NATO; "Bruxelles" -> Brussels). */
export function entitiesOf(surface: string): Entity[] {
  if (isAcronymForm(surface)) return BY_ACRONYM.get(surface) ?? [];
  const f = foldPhrase(surface);
  // Plural and feminine forms: "allemandes" -> "allemand", "européennes" -> "européen".
  for (const cut of ['', 's', 'es', 'e', 'nes', 'ne']) {
    if (cut && !f.endsWith(cut)) continue;
    const hit = BY_FOLDED.get(f.slice(0, f.length - cut.length));
    if (hit) return hit;
  }
  return [];
}

/** Longest number of words among the table's written forms (for phrase look-ups). */
export const MAX_FORM_WORDS = Math.max(...ENTITIES.flatMap((e) => e.folded.map((f) => f.split(' ').length)));

/**
 * True when any form of the entity occurs in the other text. `acronymWords` holds the
 * other text's words as written; `phraseText` is `foldedPhraseText` of it; `raw` the text itself.
 */
export function entityOccurs(e: Entity, acronymWords: Set<string>, phraseText: string, raw = ''): boolean {
  if (e.acronyms.some((a) => acronymWords.has(a))) return true;
  if (e.symbols.some((sym) => raw.includes(sym))) return true;
  // Plural and feminine endings: "allemandes" for "allemand", "européennes" for "européen".
  return e.folded.some((f) => new RegExp(` ${escapeRe(f)}(?:s|e|es|x|ne|nes)? `).test(phraseText));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
