/**
 * Who keeps a 5★ candidate: the standing office of its own province (Văn phòng Điều phối cấp
 * tỉnh). The central office and the province's other officials read it; nobody writes it from
 * above or below. Pure.
 */
import { can, type Actor, type UnitScoped } from '../access/permissions';

/** True when the actor holds the province's own standing-office grant (and its token allows it). */
export function canManageCandidate(actor: Actor, province: UnitScoped): boolean {
  return (
    can(actor, 'consultant.manage', province) &&
    actor.grants.some((grant) => grant.role === 'standing_office' && grant.unitPath === province.unitPath)
  );
}
