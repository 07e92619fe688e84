/**
 * GS1 EPCIS 2.0 events of stamp batches (see src/domain/stamps/epcis.ts): the document of one batch,
 * and a query over the batches the signed-in account may read (time range, product, event type).
 */
import { EpcisDocumentOutput, EpcisQuery, EpcisQueryOutput } from '../../../contracts/epcis.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { findEpcisBatches } from '../../../db/repositories/stamp-epcis.repository';
import { notFound } from '../../../domain/errors';
import { epcisDocument } from '../../../domain/stamps/epcis';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { queryStampEpcis } from './query-stamp-epcis';
import { authorizeProductStamps, memberOf } from './stamp-access';
import { visibleBatchesCondition } from './stamp-visibility';

const tags = ['stamps'];

export async function stampEpcisRoutes(app: AppInstance): Promise<void> {
  const base = () => app.deps.config.publicBaseUrl;
  // Both routes need `stamp.read` somewhere (403 before any look-up, also for a token without
  // that scope); the batch or product is then checked against the caller's jurisdiction.
  enforceRequiredPermissions(app);

  app.get(
    '/api/v1/stamp-batches/:id/epcis',
    {
      config: { requiredPermission: 'stamp.read' },
      schema: {
        operationId: 'getStampBatchEpcis',
        tags,
        summary: 'Sự kiện EPCIS 2.0 của lô tem / the EPCIS 2.0 events of a stamp batch',
        params: IdParams,
        response: { 200: EpcisDocumentOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const [batch] = await findEpcisBatches(db, { batchId: request.params.id, limit: 1 });
      if (!batch) throw notFound('lô tem', 'Stamp batch');
      await authorizeProductStamps(request, batch.productId, 'stamp.read');
      const { document } = await queryStampEpcis({
        db,
        visible: undefined,
        batchId: batch.id,
        limit: 1_000_000,
        offset: 0,
        now: app.deps.clock(),
        baseUrl: base(),
      });
      return reply.type('application/ld+json').send(document);
    },
  );

  app.get(
    '/api/v1/epcis/events',
    {
      config: { requiredPermission: 'stamp.read' },
      schema: {
        operationId: 'queryStampEpcisEvents',
        tags,
        summary: 'Truy vấn sự kiện EPCIS 2.0 của các lô tem / query EPCIS 2.0 events of stamp batches',
        querystring: EpcisQuery,
        response: { 200: EpcisQueryOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.productId) await authorizeProductStamps(request, q.productId, 'stamp.read');
      const visible = visibleBatchesCondition(requireActor(request), await memberOf(request));
      if (!visible)
        return {
          total: 0,
          document: epcisDocument([], { creationDate: app.deps.clock().toISOString(), baseUrl: base() }),
        };
      return queryStampEpcis({
        db: dbOf(request),
        visible,
        productId: q.productId,
        from: q.from ? new Date(q.from) : undefined,
        to: q.to ? new Date(q.to) : undefined,
        kinds: q.eventType ? [q.eventType] : undefined,
        limit: q.limit,
        offset: q.offset,
        now: app.deps.clock(),
        baseUrl: base(),
      });
    },
  );
}
