/** Who sees and acts on an inspection record: jurisdiction by the producer's commune, agency by the inspector's. */
import type { Database } from '../../../db/database';
import { listMemberProducerIds } from '../../../db/repositories/dossiers.repository';
import {
  findInspectionWithNames,
  findInspectorAgency,
  type InspectionWithNames,
} from '../../../db/repositories/inspections.repository';
import { can, type Action, type Actor } from '../../../domain/access/permissions';
import type { Role } from '../../../domain/access/roles';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { forbidden, notFound } from '../../../domain/errors';

/** Roles that read every inspection of their unit (a producer reads its own, once submitted). */
const OFFICIAL_READERS: readonly Role[] = ['standing_office', 'leader', 'inspector'];

/** True when the actor may read the inspection (office, leader, inspector of the unit; the producer's members once submitted). */
export function canReadInspection(
  actor: Actor,
  found: InspectionWithNames,
  memberOf: readonly string[],
): boolean {
  const unitPath = found.communePath;
  const isOfficial = actor.grants.some(
    (g) => OFFICIAL_READERS.includes(g.role) && isWithinUnit(unitPath, g.unitPath),
  );
  if (isOfficial) return actor.tokenScopes === undefined || actor.tokenScopes.includes('inspection.read');
  return (
    can(actor, 'inspection.read', { unitPath }) &&
    memberOf.includes(found.inspection.producerId) &&
    found.inspection.status !== 'draft'
  );
}

/** The inspection if readable (NOT_FOUND otherwise), and whether the actor may do `action` on it (FORBIDDEN). */
export async function loadInspection(
  db: Database,
  actor: Actor,
  id: string,
  action?: Action,
): Promise<InspectionWithNames> {
  const found = await findInspectionWithNames(db, id);
  const members = await listMemberProducerIds(db, actor.accountId);
  if (!found || !canReadInspection(actor, found, members)) throw notFound('biên bản kiểm tra', 'Inspection');
  if (action && !can(actor, action, { unitPath: found.communePath })) throw forbidden();
  if (action === 'inspection.remedy' && !members.includes(found.inspection.producerId)) throw forbidden();
  if (action === 'inspection.record') {
    const agency = await findInspectorAgency(db, actor.accountId);
    if (agency !== found.inspection.agency) throw forbidden();
  }
  return found;
}
