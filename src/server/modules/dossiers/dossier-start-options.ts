import type { Database } from '../../../db/database';
import {
  listDossiersOfProducts,
  listMemberProducerIds,
  listProductsOfProducers,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';

/** The products the actor's producers may open a dossier for, with their earlier dossiers. */
export async function listDossierStartOptions(params: { db: Database; actor: Actor }) {
  const producerIds = await listMemberProducerIds(params.db, params.actor.accountId);
  const hasProducerGrant = params.actor.grants.some((g) => g.role === 'producer');
  const products = hasProducerGrant ? await listProductsOfProducers(params.db, producerIds) : [];
  const dossiers = await listDossiersOfProducts(
    params.db,
    products.map((p) => p.product.id),
  );
  return {
    products: products.map(({ product, producerName }) => ({
      productId: product.id,
      productName: product.name,
      productSet: product.productSet,
      producerId: product.producerId,
      producerName,
      dossiers: dossiers
        .filter((d) => d.productId === product.id)
        .map((d) => ({
          id: d.id,
          type: d.type,
          status: d.status as DossierStatus,
          versionNumber: d.versionNumber,
        })),
    })),
  };
}
