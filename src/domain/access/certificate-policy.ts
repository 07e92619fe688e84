import type { Action, Actor } from './permissions';
import { PERMISSIONS } from './permissions';
import type { Role } from './roles';
import { isWithinUnit } from './unit-path';

/**
 * Who may act on a certificate: the action's roles within the unit of the producer's commune or
 * of the issuing body; a `producer` grant only for a producer the account is a member of.
 */
export interface CertificateScope {
  producerId: string;
  producerUnitPath: string;
  issuerUnitPath: string;
}

export function canActOnCertificate(
  actor: Actor,
  action: Extract<Action, 'certificate.read' | 'certificate.revoke' | 'certificate.issue'>,
  certificate: CertificateScope,
  memberOf: readonly string[],
): boolean {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes(action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action];
  return actor.grants.some((grant) => {
    if (!roles.includes(grant.role)) return false;
    if (grant.role === 'producer')
      return (
        memberOf.includes(certificate.producerId) &&
        isWithinUnit(certificate.producerUnitPath, grant.unitPath)
      );
    if (action !== 'certificate.read') return isWithinUnit(certificate.issuerUnitPath, grant.unitPath);
    return (
      isWithinUnit(certificate.producerUnitPath, grant.unitPath) ||
      isWithinUnit(certificate.issuerUnitPath, grant.unitPath)
    );
  });
}
