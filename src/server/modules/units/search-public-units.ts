import type { SearchPublicUnitsOutput } from '../../../contracts/units.contracts';
import type { Database } from '../../../db/database';
import { searchUnitsByKey } from '../../../db/repositories/admin-units.repository';
import type { IsoDate } from '../../../domain/admin-units/admin-unit.types';
import { searchWords } from '../../../domain/admin-units/unit-names';

/**
 * Public look-up of current provinces and communes (for self-registration forms): units in force
 * today only, a few fields, no history. Anyone may call it.
 */
export async function searchPublicUnits(params: {
  db: Database;
  q: string;
  level?: 'province' | 'commune' | undefined;
  today: IsoDate;
  limit: number;
}): Promise<SearchPublicUnitsOutput> {
  const hits = await searchUnitsByKey(params.db, {
    words: searchWords(params.q),
    scope: { isEverything: true, subtreePaths: [], ancestorIds: [] },
    asOf: params.today,
    level: params.level,
    limit: params.limit,
  });
  return {
    items: hits
      .filter((hit) => hit.level === 'province' || hit.level === 'commune')
      .map((hit) => ({
        id: hit.id,
        code: hit.code,
        name: hit.name,
        fullName: hit.fullName,
        level: hit.level,
        parentName: hit.parentName,
      })),
  };
}
