import type { Database } from '../../../db/database';
import { listCertificatesOfProducts } from '../../../db/repositories/dossiers.repository';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';

/** A certificate a product holds today, and the dossier whose evaluation issued it. */
export interface HeldCertificate {
  productId: string;
  number: string;
  stars: number;
  validUntil: string;
  dossierId: string | null;
}

/** The valid certificate of each product on `today` (the highest stars when several are valid). */
export async function findValidCertificates(
  db: Database,
  productIds: readonly string[],
  today: string,
): Promise<Map<string, HeldCertificate>> {
  const held = new Map<string, HeldCertificate>();
  for (const { certificate, dossierId } of await listCertificatesOfProducts(db, productIds)) {
    if (deriveCertificateStatus(certificate, today) !== 'valid') continue;
    const known = held.get(certificate.productId);
    if (known && known.stars >= certificate.stars) continue;
    held.set(certificate.productId, {
      productId: certificate.productId,
      number: certificate.number,
      stars: certificate.stars,
      validUntil: certificate.validUntil,
      dossierId,
    });
  }
  return held;
}
