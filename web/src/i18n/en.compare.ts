import type { frCompare } from './fr.compare.ts';

/** English strings of the compare pages; the type forces the same keys as French. */
export const enCompare: Record<keyof typeof frCompare, string> = {
};
