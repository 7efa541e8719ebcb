import type { frClaims } from './fr.claims.ts';

/** English strings of the claims pages; the type forces the same keys as French. */
export const enClaims: Record<keyof typeof frClaims, string> = {
};
