import type { Predicate } from '../claims/model.ts';

/**
 * Quantity predicates that measure the same thing. How many states a coalition has is written
 * both as its members ("une trentaine d'États") and as the countries at its summit ("un sommet
 * réunissant 35 pays"): the two are compared for conflicts and drawn on one timeline.
 */
const FAMILIES: ReadonlyArray<readonly Predicate[]> = [['member_count', 'participant_count']];

/** The predicate and those measuring the same thing. */
export const measureFamily = (p: Predicate): readonly Predicate[] => FAMILIES.find((f) => f.includes(p)) ?? [p];

export const sameMeasure = (a: Predicate, b: Predicate): boolean => a === b || measureFamily(a).includes(b);
