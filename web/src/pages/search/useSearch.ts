import type { SearchResponse } from '../../../../api/schemas/search.ts';
import { searchPassages, searchQueryString, type SearchParams } from '../../api/search.ts';
import { useFetched, type Fetched } from '../../lib/useFetched.ts';

/**
 * Runs the search whenever its parameters change (nothing while the query is empty). The last
 * answer stays visible, dimmed, while the next one loads; a newer search aborts an older one.
 */
export const useSearch = (params: SearchParams): Fetched<SearchResponse> => useFetched(params.q ? searchQueryString(params) : null, (signal) => searchPassages(params, signal));
