import type { Entity } from './registry.ts';

const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const NATO = ['AL', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS', 'IT', 'LV', 'LT', 'LU', 'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'TR', 'GB', 'US'];

const group = (slug: string, fr: string, en: string, codes: string[], aliases: string[]): Entity => ({
  id: `group:${slug}`,
  kind: 'group',
  names: { fr, en },
  aliases,
  members: codes.map((c) => `country:${c}`),
});

/**
 * Groups of countries that texts name as one actor; claims about them expand to one per member.
 * Membership as of 2025 (EU 27, NATO 32). Singular phrases ("un membre de l'OTAN") are not groups.
 * The G7 acts as one body ("les dirigeants du G7 se sont engagés"), so it is the organisation `org:g7`.
 */
export const GROUPS: Entity[] = [
  group('baltic-states', 'États baltes', 'Baltic states', ['EE', 'LV', 'LT'], ['pays baltes', 'Baltic countries', 'Baltic States', 'Baltics', 'Baltes']),
  group('eu-members', "États membres de l'UE", 'EU member states', EU, [
    "États membres de l'Union européenne", "membres de l'UE", "membres de l'Union européenne", "pays membres de l'UE",
    "pays membres de l'Union européenne", "pays de l'UE", "pays de l'Union européenne", "États de l'UE", 'Vingt-Sept',
    'EU Member States', 'EU members', 'EU states', 'EU countries', 'member states of the EU', 'member states of the European Union',
    'European Union member states', 'EU-27', 'EU27', 'UE-27', 'UE à 27', 'Twenty-Seven'
  ]),
  group('nato-members', "membres de l'OTAN", 'NATO members', NATO, [
    "pays membres de l'OTAN", "États membres de l'OTAN", "membres de l'Otan", "pays membres de l'Otan", "alliés de l'OTAN", "alliés de l'Otan",
    'NATO member states', 'NATO member countries', 'NATO allies', 'NATO Allies', 'members of NATO', 'NATO countries'
  ]),
  group('nordic-countries', 'pays nordiques', 'Nordic countries', ['DK', 'FI', 'IS', 'NO', 'SE'], ['Nordics', 'Nordic states', 'États nordiques']),
  group('benelux', 'Benelux', 'Benelux', ['BE', 'NL', 'LU'], ['pays du Benelux', 'Benelux countries']),
  group('e3', 'E3', 'E3', ['FR', 'DE', 'GB'], ['trio franco-germano-britannique', 'trio franco-allemand-britannique', 'Franco-German-British trio']),
  group('visegrad', 'groupe de Visegrád', 'Visegrád Group', ['CZ', 'HU', 'PL', 'SK'], ['V4', 'Visegrad Group', 'groupe de Visegrad', 'pays de Visegrád', 'Visegrád countries', 'Visegrad countries', 'Visegrád Four']),
  group('weimar-triangle', 'Triangle de Weimar', 'Weimar Triangle', ['FR', 'DE', 'PL'], ['triangle de Weimar']),
];
