/**
 * Names of countries that CLDR's display names miss (short forms, acronyms, older names) and
 * demonyms. CLDR gives one name per language ("Royaume-Uni", "United Kingdom"); texts also say
 * "UK", "Grande-Bretagne", "les Britanniques". Codes are ISO 3166-1 alpha-2.
 */

/** Extra names per country, both languages mixed. All-caps forms match case-sensitively. */
export const COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Grande-Bretagne', 'United Kingdom of Great Britain and Northern Ireland'],
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'États-Unis d\'Amérique'],
  NL: ['Netherlands', 'Holland'],
  CZ: ['Czech Republic', 'République tchèque', 'Tchéquie', 'Czechia'],
  TR: ['Turkey', 'Türkiye', 'Turquie'],
  MD: ['Moldova', 'Republic of Moldova', 'République de Moldavie', 'Moldavie'],
  RU: ['Russian Federation', 'Fédération de Russie'],
  BY: ['Bélarus', 'Belarus', 'Byelorussia'],
  MK: ['Macédoine du Nord', 'Republic of North Macedonia'],
  KR: ['Republic of Korea', 'République de Corée'],
  KP: ['DPRK', 'RPDC'],
  CN: ["People's Republic of China", 'République populaire de Chine'],
  VA: ['Vatican', 'Holy See', 'Saint-Siège'],
  BA: ['Bosnia and Herzegovina', 'Bosnia', 'Bosnie'],
  CD: ['DRC', 'RDC', 'République démocratique du Congo', 'Democratic Republic of the Congo'],
  CG: ['République du Congo', 'Republic of the Congo'],
  CI: ['Ivory Coast'],
  MM: ['Burma', 'Birmanie'],
  VN: ['Viet Nam', 'Vietnam'],
  AE: ['UAE', 'EAU', 'Émirats'],
  PS: ['Palestine'],
  CV: ['Cabo Verde'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  IE: ['Republic of Ireland', 'Eire'],
  XK: ['Republic of Kosovo'],
};

/** Names that are also common words or first names elsewhere: matched only where no capitalised word touches them ("Maurice Gourdault", "New Jersey"). */
export const ISOLATED_ONLY = new Set(['jersey', 'georgia', 'chad', 'jordan', 'dominique', 'maurice', 'niger', 'salvador', 'guyana', 'sofia']);

/** Aliases that are safe only with a guard ("Amérique latine" is not the United States). */
export const GUARDED_ALIASES: ReadonlyArray<{ code: string; form: string; notAfter?: RegExp; notBefore?: RegExp }> = [
  { code: 'US', form: 'Amérique', notAfter: /^[\s\u00a0]*(latine|du sud|du nord|centrale|andine)\b/i },
  { code: 'US', form: 'America', notBefore: /(latin|south|north|central)[\s\u00a0]+$/i, notAfter: /^[\s\u00a0]*(latina|del)\b/i },
];

/** French adjective stems: the masculine singular; feminine and plurals are derived (irregulars listed in full). */
const FR_DEMONYMS: Record<string, string[]> = {
  FR: ['français'], GB: ['britannique', 'anglais'], DE: ['allemand'], NL: ['néerlandais', 'hollandais'], FI: ['finlandais'],
  UA: ['ukrainien'], RU: ['russe'], US: ['américain', 'étasunien'], PL: ['polonais'], IT: ['italien'], ES: ['espagnol'],
  PT: ['portugais'], BE: ['belge'], LU: ['luxembourgeois'], AT: ['autrichien'], CH: ['suisse'], SE: ['suédois'],
  NO: ['norvégien'], DK: ['danois'], IS: ['islandais'], EE: ['estonien'], LV: ['letton'], LT: ['lituanien'],
  CZ: ['tchèque'], SK: ['slovaque'], HU: ['hongrois'], RO: ['roumain'], BG: ['bulgare'], GR: ['grec', 'grecque', 'grecs', 'grecques'],
  HR: ['croate'], SI: ['slovène'], RS: ['serbe'], IE: ['irlandais'], MT: ['maltais'], CY: ['chypriote'], TR: ['turc', 'turque', 'turcs', 'turques'],
  CA: ['canadien'], JP: ['japonais'], CN: ['chinois'], AU: ['australien'], MD: ['moldave'], GE: ['géorgien'], BY: ['biélorusse'],
  BA: ['bosnien'], AL: ['albanais'], ME: ['monténégrin'], IL: ['israélien'], IR: ['iranien'], IN: ['indien'], KP: ['nord-coréen'],
  KR: ['sud-coréen'], BR: ['brésilien'], AM: ['arménien'], AZ: ['azerbaïdjanais'], KZ: ['kazakh'], SY: ['syrien'], EG: ['égyptien'],
};

/** English demonyms (adjective and people), all forms. */
const EN_DEMONYMS: Record<string, string[]> = {
  FR: ['French', 'Frenchman', 'Frenchmen'], GB: ['British', 'Briton', 'Britons', 'Brits'], DE: ['German', 'Germans'], NL: ['Dutch'],
  FI: ['Finnish', 'Finn', 'Finns'], UA: ['Ukrainian', 'Ukrainians'], RU: ['Russian', 'Russians'], US: ['American', 'Americans'],
  PL: ['Polish', 'Pole', 'Poles'], IT: ['Italian', 'Italians'], ES: ['Spanish', 'Spaniard', 'Spaniards'], PT: ['Portuguese'],
  BE: ['Belgian', 'Belgians'], LU: ['Luxembourgish'], AT: ['Austrian', 'Austrians'], CH: ['Swiss'], SE: ['Swedish', 'Swede', 'Swedes'],
  NO: ['Norwegian', 'Norwegians'], DK: ['Danish', 'Dane', 'Danes'], IS: ['Icelandic', 'Icelander', 'Icelanders'],
  EE: ['Estonian', 'Estonians'], LV: ['Latvian', 'Latvians'], LT: ['Lithuanian', 'Lithuanians'], CZ: ['Czech', 'Czechs'],
  SK: ['Slovak', 'Slovaks', 'Slovakian'], HU: ['Hungarian', 'Hungarians'], RO: ['Romanian', 'Romanians'], BG: ['Bulgarian', 'Bulgarians'],
  GR: ['Greek', 'Greeks'], HR: ['Croatian', 'Croatians', 'Croat', 'Croats'], SI: ['Slovenian', 'Slovenians', 'Slovene'],
  RS: ['Serbian', 'Serbians', 'Serb', 'Serbs'], IE: ['Irish'], MT: ['Maltese'], CY: ['Cypriot', 'Cypriots'], TR: ['Turkish', 'Turks'],
  CA: ['Canadian', 'Canadians'], JP: ['Japanese'], CN: ['Chinese'], AU: ['Australian', 'Australians'], MD: ['Moldovan', 'Moldovans'],
  GE: ['Georgian', 'Georgians'], BY: ['Belarusian', 'Belarusians'], AL: ['Albanian', 'Albanians'], IL: ['Israeli', 'Israelis'],
  IR: ['Iranian', 'Iranians'], IN: ['Indian', 'Indians'], KP: ['North Korean', 'North Koreans'], KR: ['South Korean', 'South Koreans'],
  BR: ['Brazilian', 'Brazilians'], AM: ['Armenian', 'Armenians'], AZ: ['Azerbaijani', 'Azerbaijanis'], SY: ['Syrian', 'Syrians'],
  EG: ['Egyptian', 'Egyptians'],
};

/** The four forms of a regular French adjective of nationality (m, f, m.pl, f.pl), lower case. */
function frInflect(m: string): string[] {
  if (m.endsWith('ien')) return [m, `${m}ne`, `${m}s`, `${m}nes`];
  if (m.endsWith('e')) return [m, `${m}s`];
  if (m.endsWith('s')) return [m, `${m}e`, `${m}es`];
  if (m.endsWith('on')) return [m, `${m}ne`, `${m}s`, `${m}nes`];
  return [m, `${m}e`, `${m}s`, `${m}es`];
}

/** Demonyms per country code: every form, both languages. French forms are lower case and match capitalised nouns too ("les Ukrainiens"). */
export function demonymForms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (code: string, forms: string[]) => out.set(code, [...(out.get(code) ?? []), ...forms]);
  for (const [code, stems] of Object.entries(FR_DEMONYMS)) {
    // An irregular list (several stems of one word) is given in full; a single stem is inflected.
    add(code, stems.length >= 4 ? stems : stems.flatMap(frInflect));
  }
  for (const [code, forms] of Object.entries(EN_DEMONYMS)) add(code, forms);
  return out;
}
