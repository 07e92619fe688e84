import type { CreateMarketCaseInput } from '../../../contracts/market-cases.contracts';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProductName, insertMarketCase } from '../../../db/repositories/market-cases.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { linkSuspectedFakeReports } from './link-reports';

/**
 * An inspector or the standing office opens a market-surveillance case at a place of its unit:
 * seller, address, day, what was sold as OCOP (free text, and the real product it pretends to be
 * if any), and the shoppers' reports it comes from. Audited in the same transaction.
 * @throws NOT_FOUND (unit outside the actor's units), VALIDATION_FAILED (productId, reportIds)
 */
export async function createMarketCase(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateMarketCaseInput;
  now: Date;
}): Promise<{ id: string }> {
  const { db, actor, input, now } = params;
  const unit = await findUnitById(db, input.unitId);
  if (!unit || !can(actor, 'market_case.manage', { unitPath: unit.path }))
    throw notFound('đơn vị hành chính', 'Administrative unit');
  const productName = input.productId ? await findProductName(db, input.productId) : undefined;
  if (input.productId && productName === undefined)
    throw new DomainError('VALIDATION_FAILED', 'Không tìm thấy sản phẩm.', 'Product not found.', [
      { field: 'productId', messageVi: 'Không tìm thấy sản phẩm', messageEn: 'Product not found' },
    ]);
  return db.transaction(async (tx) => {
    const row = await insertMarketCase(tx, {
      unitId: unit.id,
      sellerName: input.sellerName,
      placeAddress: input.placeAddress,
      observedOn: input.observedOn,
      description: input.description,
      claimedProduct: input.claimedProduct,
      productId: input.productId ?? null,
      claimedCertificateNumber: input.claimedCertificateNumber ?? null,
      createdBy: actor.accountId,
      createdAt: now,
    });
    const linked = await linkSuspectedFakeReports({
      db: tx,
      actor,
      caseId: row.id,
      reportIds: input.reportIds,
      now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'market_case.created',
        entityType: 'market_case',
        entityId: row.id,
        unitId: unit.id,
        after: {
          sellerName: row.sellerName,
          placeAddress: row.placeAddress,
          observedOn: row.observedOn,
          claimedProduct: row.claimedProduct,
          productName: productName ?? null,
          reportIds: linked,
        },
      },
      now,
    );
    return { id: row.id };
  });
}
