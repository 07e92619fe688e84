import type { CouncilCandidatesOutput } from '../../../contracts/council-setup.contracts';
import type { Database } from '../../../db/database';
import { listActiveGrantHolders } from '../../../db/repositories/councils.repository';
import { pathIds } from '../../../domain/access/unit-path';
import type { UnitRow } from '../evaluation/evaluation-access';

const COUNCIL_ROLES = ['council_member', 'council_chair'] as const;
type CouncilRole = (typeof COUNCIL_ROLES)[number];

/**
 * The active accounts holding a council grant valid on `today` that covers the council's unit
 * (granted in that unit or above it), by display name, each with the council roles it holds.
 */
export async function listCouncilCandidates(params: {
  db: Database;
  unit: UnitRow;
  today: string;
}): Promise<CouncilCandidatesOutput> {
  const rows = await listActiveGrantHolders(params.db, {
    roles: COUNCIL_ROLES,
    unitIds: pathIds(params.unit.path),
    today: params.today,
  });
  const byAccount = new Map<string, CouncilCandidatesOutput['items'][number]>();
  for (const row of rows) {
    const item = byAccount.get(row.accountId) ?? {
      accountId: row.accountId,
      username: row.username,
      displayName: row.displayName,
      roles: [],
    };
    if (!item.roles.includes(row.role as CouncilRole)) item.roles.push(row.role as CouncilRole);
    byAccount.set(row.accountId, item);
  }
  return { items: [...byAccount.values()] };
}
