import type { SearchUnitsOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { searchUnitsByKey } from '../../../db/repositories/admin-units.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { IsoDate, UnitLevel } from '../../../domain/admin-units/admin-unit.types';
import { searchWords } from '../../../domain/admin-units/unit-names';
import { requireUnitReadScope } from './unit-access';
import { presentUnit } from './unit-presenter';

/**
 * Finds units by name or code, ignoring case, diacritics and tone-mark placement ("hoa" = "Hòa" =
 * "Hoà", "d" = "đ"); every word of the query must match. Never returns a unit outside the actor's
 * scope. `FORBIDDEN` when it may read units nowhere.
 */
export async function searchUnits(params: {
  db: Database;
  actor: Actor;
  q: string;
  level?: UnitLevel | undefined;
  asOf: IsoDate;
  limit: number;
}): Promise<SearchUnitsOutput> {
  const scope = requireUnitReadScope(params.actor);
  const hits = await searchUnitsByKey(params.db, {
    words: searchWords(params.q),
    scope,
    asOf: params.asOf,
    level: params.level,
    limit: params.limit,
  });
  return { items: hits.map((hit) => ({ ...presentUnit(hit), parentName: hit.parentName })) };
}
