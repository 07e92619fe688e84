import type { Database } from '../../../db/database';
import {
  listDossiersOfProducts,
  listMemberProducerIds,
  listProductsOfProducers,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { allowedDossierTypes } from '../../../domain/dossier/dossier-outcome';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import { findValidCertificates } from './product-certificates';

/**
 * The products the actor's producers may open a dossier for, with their earlier dossiers, the
 * certificate each holds today and the kinds of dossier it may open (a certified product: upgrade
 * or re-evaluation only).
 */
export async function listDossierStartOptions(params: { db: Database; actor: Actor; now: Date }) {
  const producerIds = await listMemberProducerIds(params.db, params.actor.accountId);
  const hasProducerGrant = params.actor.grants.some((g) => g.role === 'producer');
  const products = hasProducerGrant ? await listProductsOfProducers(params.db, producerIds) : [];
  const productIds = products.map((p) => p.product.id);
  const dossiers = await listDossiersOfProducts(params.db, productIds);
  const certificates = await findValidCertificates(
    params.db,
    productIds,
    params.now.toISOString().slice(0, 10),
  );
  return {
    products: products.map(({ product, producerName }) => {
      const own = dossiers.filter((d) => d.productId === product.id);
      const certificate = certificates.get(product.id);
      return {
        productId: product.id,
        productName: product.name,
        productSet: product.productSet,
        producerId: product.producerId,
        producerName,
        dossiers: own.map((d) => ({
          id: d.id,
          type: d.type,
          status: d.status as DossierStatus,
          versionNumber: d.versionNumber,
        })),
        validCertificate: certificate
          ? {
              number: certificate.number,
              stars: certificate.stars,
              validUntil: certificate.validUntil,
              dossierId: certificate.dossierId,
            }
          : null,
        allowedTypes: allowedDossierTypes({
          hasValidCertificate: certificate !== undefined,
          hasEvaluatedDossier: own.some((d) => d.status === 'accepted_into_pool'),
        }),
      };
    }),
  };
}
