import type { CouncilOutput } from '../../../contracts/evaluation.contracts';
import { can, type Actor } from '../../../domain/access/permissions';
import type { CouncilMemberRow, CouncilRow, UnitRow } from './evaluation-access';

/** The council as the API shows it: seated and former members, and whether the viewer manages it. */
export function presentCouncil(
  council: CouncilRow,
  unit: Pick<UnitRow, 'fullName' | 'path'>,
  members: CouncilMemberRow[],
  actor: Actor,
): CouncilOutput {
  return {
    id: council.id,
    unitId: council.unitId,
    unitName: unit.fullName,
    level: council.level,
    name: council.name,
    establishedBy: council.establishedBy,
    termFrom: council.termFrom,
    termTo: council.termTo,
    members: members
      .filter((m) => m.councilId === council.id && m.removedAt === null)
      .map((m) => ({
        id: m.id,
        accountId: m.accountId,
        fullName: m.fullName,
        agency: m.agency,
        position: m.position,
        organisation: m.organisation,
        role: m.role,
      })),
    formerMembers: members
      .filter((m) => m.councilId === council.id && m.removedAt !== null)
      .map((m) => ({ id: m.id, fullName: m.fullName, removedAt: m.removedAt!.toISOString() })),
    version: council.version,
    canManage: can(actor, 'council.manage', { unitPath: unit.path }),
  };
}
