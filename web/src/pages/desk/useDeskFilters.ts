import { useSearchParams } from 'wouter';
import type { DeskFilters } from '../../lib/desk.ts';

/** The desk's filters, kept in the query string (?flagged=1&unconfirmed=1) so a view can be shared. */
export function useDeskFilters(): [DeskFilters, (f: DeskFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters: DeskFilters = { flagged: params.get('flagged') === '1', unconfirmed: params.get('unconfirmed') === '1' };
  const setFilters = (f: DeskFilters) => {
    const q = new URLSearchParams();
    if (f.flagged) q.set('flagged', '1');
    if (f.unconfirmed) q.set('unconfirmed', '1');
    setParams(q, { replace: true });
  };
  return [filters, setFilters];
}
