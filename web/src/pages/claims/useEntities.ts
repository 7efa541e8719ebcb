import type { EntityDetailDto, EntityListDto } from '../../../../api/schemas/claims.ts';
import { getEntity, listEntities } from '../../api/claims.ts';
import { useFetched, type Fetched } from '../../lib/useFetched.ts';

/** The entity list for a kind and a name search. */
export const useEntityList = (kind: string | undefined, q: string | undefined): Fetched<EntityListDto> =>
  useFetched(`${kind ?? ''}\u0000${q ?? ''}`, (signal) => listEntities({ kind, q }, signal));

/** One entity with its claims. */
export const useEntity = (id: string): Fetched<EntityDetailDto> => useFetched(id, (signal) => getEntity(id, signal));
