import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import { linkIdeaToDossier } from '../../../db/repositories/ideas.repository';
import { findProductByName } from '../../../db/repositories/products.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden } from '../../../domain/errors';
import { canOnProposal } from '../../../domain/programme/programme-policy';
import { transitionProposal } from '../../../domain/programme/proposal-workflow';
import { createDossier } from '../dossiers/create-dossier';
import { createProduct } from '../products/create-product';
import { loadIdeaForRead } from './proposal-access';

/**
 * Starts the first evaluation dossier from an accepted idea: registers the product with the idea's
 * name, product set, description, packaging, raw-material area and story (or reuses the producer's
 * product of that name), then opens the dossier, whose Biểu 1 takes them from the product. Nothing
 * is typed twice. The idea keeps links to both.
 * @throws NOT_FOUND, FORBIDDEN (not the producer's member), INVALID_TRANSITION (idea not accepted),
 *   CONFLICT (a dossier was already started from it), and what createDossier throws
 */
export async function startDossierFromIdea(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  ideaId: string;
  now: Date;
}): Promise<{ ideaId: string; productId: string; dossierId: string }> {
  const { db, actor, now } = params;
  const loaded = await loadIdeaForRead(db, actor, params.ideaId);
  const idea = loaded.idea;
  if (
    !canOnProposal(actor, 'idea.manage', loaded.scope, loaded.memberOf) ||
    !loaded.memberOf.includes(idea.producerId)
  )
    throw forbidden();
  transitionProposal(idea.status, 'start_dossier');
  if (idea.dossierId)
    throw new DomainError(
      'CONFLICT',
      'Ý tưởng này đã có hồ sơ.',
      'A dossier was already started from this idea.',
      undefined,
      { dossierId: idea.dossierId },
    );
  const productId = idea.productId ?? (await ensureProduct(params, idea));
  await linkIdeaToDossier(db, idea.id, { productId, dossierId: null, updatedAt: now });
  const dossierId = await createDossier({
    db,
    audit: params.audit,
    actor,
    input: { productId, type: 'first' },
    now,
  });
  await linkIdeaToDossier(db, idea.id, { productId, dossierId, updatedAt: now });
  return { ideaId: idea.id, productId, dossierId };
}

async function ensureProduct(
  params: { db: Database; audit: AuditContext; actor: Actor; now: Date },
  idea: Awaited<ReturnType<typeof loadIdeaForRead>>['idea'],
): Promise<string> {
  const existing = await findProductByName(params.db, idea.producerId, idea.productName);
  if (existing) return existing.id;
  const product = await createProduct({
    ...params,
    producerId: idea.producerId,
    input: {
      productSet: idea.productSet,
      name: idea.productName,
      description: idea.description,
      details: {
        packaging: idea.packaging || null,
        rawMaterialAreaHectares: idea.rawMaterialAreaHectares,
        story: idea.novelty || null,
      },
    },
  });
  return product.id;
}
