/**
 * Loading a certificate for someone who wants to act on it: its jurisdiction (the producer's
 * commune and the issuing body) and the check of `domain/access/certificate-policy`.
 */
import type { Database } from '../../../db/database';
import {
  findCertificate,
  listProducerCommunes,
  listProducerIdsOfMember,
  type CertificateRow,
} from '../../../db/repositories/certificates.repository';
import { canActOnCertificate } from '../../../domain/access/certificate-policy';
import type { Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import { getUnit, type UnitRow } from './evaluation-access';

export interface CertificateScopeWithIssuer {
  producerId: string;
  producerUnitPath: string;
  issuerUnitPath: string;
  issuer: UnitRow;
}

async function scopeOf(db: Database, row: CertificateRow): Promise<CertificateScopeWithIssuer> {
  const [producer] = await listProducerCommunes(db, [row.producerId]);
  const issuer = await getUnit(db, row.issuerUnitId);
  return {
    producerId: row.producerId,
    producerUnitPath: producer?.communePath ?? '',
    issuerUnitPath: issuer.path,
    issuer,
  };
}

/**
 * The certificate if the actor may do `action` on it.
 * @throws NOT_FOUND (no such certificate), FORBIDDEN
 */
export async function loadCertificateFor(params: {
  db: Database;
  actor: Actor;
  certificateId: string;
  action: 'certificate.read' | 'certificate.issue';
}): Promise<{ row: CertificateRow; scope: CertificateScopeWithIssuer }> {
  const { db, actor } = params;
  const row = await findCertificate(db, params.certificateId);
  if (!row) throw notFound('giấy chứng nhận', 'Certificate');
  const scope = await scopeOf(db, row);
  const memberOf = await listProducerIdsOfMember(db, actor.accountId);
  if (!canActOnCertificate(actor, params.action, scope, memberOf)) throw forbidden();
  return { row, scope };
}
