import type { StampableProductOutput } from '../../../contracts/stamps.contracts';
import type { Database } from '../../../db/database';
import {
  listCertificatesOfProducts,
  listStampCandidateProducts,
} from '../../../db/repositories/stamp-batches.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import { isExpiryDateRequired } from '../../../domain/rubric/catalogue/148/taxonomy-148';

const REASONS = {
  none: { vi: 'Sản phẩm chưa có giấy chứng nhận OCOP.', en: 'The product has no OCOP certificate.' },
  expired: { vi: 'Giấy chứng nhận OCOP đã hết hạn.', en: 'The OCOP certificate has expired.' },
  revoked: { vi: 'Giấy chứng nhận OCOP đã bị thu hồi.', en: 'The OCOP certificate was revoked.' },
  superseded: { vi: 'Giấy chứng nhận OCOP đã được thay thế.', en: 'The OCOP certificate was replaced.' },
} as const;

/**
 * The products an account may order stamps for — its producers' products (producer) and the
 * certified products of its units (standing office) — each with its latest certificate and, when
 * stamps cannot be ordered, why: only a product with a valid certificate gets stamps.
 */
export async function listStampableProducts(params: {
  db: Database;
  actor: Actor;
  memberOf: readonly string[];
  today: string;
}): Promise<StampableProductOutput[]> {
  const { db, actor } = params;
  const producerIds = actor.grants.some((g) => g.role === 'producer') ? params.memberOf : [];
  const unitPaths = scopesFor(
    { ...actor, grants: actor.grants.filter((g) => g.role !== 'producer') },
    'stamp.order',
  );
  const rows = await listStampCandidateProducts(db, { producerIds, unitPaths, limit: 500 });
  const certs = await listCertificatesOfProducts(
    db,
    rows.map((r) => r.product.id),
  );
  return rows.map(({ product, producerName }) => {
    const own = certs.filter((c) => c.productId === product.id);
    const valid = own.find((c) => deriveCertificateStatus(c, params.today) === 'valid');
    const shown = valid ?? own[0];
    const status = shown ? deriveCertificateStatus(shown, params.today) : undefined;
    const reason = valid ? null : status && status !== 'valid' ? REASONS[status] : REASONS.none;
    return {
      productId: product.id,
      productName: product.name,
      producerName,
      certificate: shown && status ? { number: shown.number, status, validUntil: shown.validUntil } : null,
      canOrder: valid !== undefined,
      isExpiryDateRequired: isExpiryDateRequired(product.productSet),
      reasonVi: reason?.vi ?? null,
      reasonEn: reason?.en ?? null,
    };
  });
}
