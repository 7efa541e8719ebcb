import type { ClaimDetailDto } from '../../../../api/schemas/claims.ts';
import { getClaim } from '../../api/claims.ts';
import { useFetchedWithUpdate, type Fetched, type UpdateFetched } from '../../lib/useFetched.ts';

/** Loads one claim with its citations in context; `update` lets the review panel change it in place. */
export const useClaim = (id: string): [Fetched<ClaimDetailDto>, UpdateFetched<ClaimDetailDto>] => useFetchedWithUpdate(id, (signal) => getClaim(id, signal));
