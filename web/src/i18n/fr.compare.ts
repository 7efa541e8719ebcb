/** French strings of the compare pages (kept apart so features can grow their own dictionaries). */
export const frCompare = {
};
