/** French strings of the claims pages (kept apart so features can grow their own dictionaries). */
export const frClaims = {
};
