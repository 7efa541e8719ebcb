import type { ClaimListDto } from '../../../../api/schemas/claims.ts';
import { claimQueryString, listClaims, type ClaimFilters } from '../../api/claims.ts';
import { useFetched, type Fetched } from '../../lib/useFetched.ts';

/**
 * Lists claims whenever the filters change. The last page stays on screen, dimmed, while the
 * next one loads (the facets do not jump); a newer request aborts an older one.
 */
export const useClaims = (filters: ClaimFilters): Fetched<ClaimListDto> => useFetched(claimQueryString(filters), (signal) => listClaims(filters, signal));
