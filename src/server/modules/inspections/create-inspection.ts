import type { CreateInspectionInput } from '../../../contracts/inspections.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findCurrentCertificateId,
  findInspectorAgency,
  findProducerPlace,
  findProductBrief,
  insertInspectionOnce,
} from '../../../db/repositories/inspections.repository';
import { can, type Actor } from '../../../domain/access/permissions';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { canAgencyInspectSet } from '../../../domain/inspection/inspection-agencies';
import { checklistOn } from '../../../domain/inspection/inspection-checklist';

/**
 * An inspector of a sectoral agency opens an inspection record of a producer (and product) of its
 * unit, under the checklist version in force on the inspection date. With a `clientId` already
 * recorded (a tablet syncing again) the existing record is returned, not a second one.
 * @throws NOT_FOUND, FORBIDDEN (outside the unit; no agency; culture-sports-tourism outside set 26), VALIDATION_FAILED
 */
export async function createInspection(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateInspectionInput;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const place = await findProducerPlace(db, input.producerId);
  if (!place || !can(actor, 'inspection.record', { unitPath: place.communePath }))
    throw notFound('chủ thể', 'Producer');
  const agency = await findInspectorAgency(db, actor.accountId);
  if (!agency) throw forbidden();
  const product = input.productId ? await findProductBrief(db, input.productId) : undefined;
  if (input.productId && (!product || product.producerId !== place.id))
    throw new DomainError(
      'VALIDATION_FAILED',
      'Sản phẩm không thuộc chủ thể.',
      'The product is not the producer’s.',
      [
        {
          field: 'productId',
          messageVi: 'Sản phẩm không thuộc chủ thể.',
          messageEn: 'Not the producer’s product.',
        },
      ],
    );
  if (!canAgencyInspectSet(agency, product?.productSet ?? null)) throw forbidden();
  const certificateId = product ? ((await findCurrentCertificateId(db, product.id)) ?? null) : null;
  return db.transaction(async (tx) => {
    const { row, isNew } = await insertInspectionOnce(tx, {
      clientId: input.clientId ?? null,
      planId: input.planId ?? null,
      producerId: place.id,
      productId: product?.id ?? null,
      certificateId,
      unitId: place.communeId,
      agency,
      kind: input.kind,
      inspectedOn: input.inspectedOn,
      team: input.team,
      checklistVersion: checklistOn(input.inspectedOn).version,
      checklist: {},
      createdBy: actor.accountId,
      createdAt: now,
    });
    if (isNew)
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'inspection.created',
          entityType: 'inspection',
          entityId: row.id,
          unitId: place.communeId,
          after: { producer: place.name, agency, inspectedOn: row.inspectedOn },
        },
        now,
      );
    else if (row.createdBy !== actor.accountId)
      throw new DomainError('CONFLICT', 'Mã đồng bộ đã được dùng.', 'Client id already used.');
    return { id: row.id, isNew };
  });
}
